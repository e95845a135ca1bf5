"""Make untrusted contact text safe to display (DESIGN.md "Security").

Text from contacts is shown as plain text only, and it must not be able to
rearrange what is around it or hide things from the advocate.  ``inert``:

- removes the bidi controls (embeddings, overrides, isolates and the implicit
  marks LRM, RLM, ALM), so a message cannot reorder the text around it
  (the classic ``U+202E`` "right-to-left override" trick);
- removes invisible format characters that serve only to hide or disguise text
  (zero-width space, word joiner, BOM, invisible operators, interlinear
  annotations, stray Unicode tag characters); the joiners ZWJ and ZWNJ stay,
  because emoji sequences and Persian or Indic writing need them, and so do the
  soft hyphen, the visible prepended concatenation marks (Arabic number signs)
  and the Egyptian hieroglyph format controls; an emoji tag sequence (a
  subdivision flag) stays whole;
- makes C0 control characters visible as their Control Pictures (``␛``), turns
  C1 controls into U+FFFD and lone surrogates into U+FFFD; ``\\n`` and ``\\t``
  stay, and every line break form (CR LF, CR, NEL, U+2028, U+2029) becomes ``\\n``.

The result is idempotent and ordinary text passes unchanged.  Callers that put
contact text next to other text on one line wrap it with ``isolate`` (a
first-strong isolate) so its direction cannot leak into its neighbours;
``embed`` does both (``inert`` already removed every bidi control inside, so
the isolate is always balanced).

``as_rich_text`` is for the few Qt places that always guess the format (tool
tips): the text escaped, so whatever it holds is shown as characters.

Links (``find_links``, ``parse_link``): a message is never rich text, so a link
is only characters; the advocate may open one after a confirmation that shows
where it really goes.  Only ``http``, ``https``, ``mailto`` and ``tel`` are
links; a host is shown both decoded (Unicode) and raw (punycode), and a user
part before the host (``https://bank.example@evil.example/``) is flagged.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

__all__ = [
    "BIDI_CONTROLS",
    "ELLIPSIS",
    "LINK_SCHEMES",
    "LinkTarget",
    "as_rich_text",
    "embed",
    "find_links",
    "inert",
    "isolate",
    "one_line",
    "parse_link",
]

ELLIPSIS = "…"

#: Every character that changes bidirectional ordering.
BIDI_CONTROLS = frozenset(
    "\u061c"  # ARABIC LETTER MARK
    "\u200e\u200f"  # LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
)

# Invisible format characters with no place in a message shown to a person.
_HIDDEN = (
    "\u180e"  # MONGOLIAN VOWEL SEPARATOR (was a space, now invisible)
    "\u200b"  # ZERO WIDTH SPACE
    "\u2060-\u2064"  # WORD JOINER, invisible operators
    "\u206a-\u206f"  # deprecated shaping controls
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE / BOM
    "\ufff9-\ufffb"  # interlinear annotation controls
    "\U0001bca0-\U0001bca3"  # shorthand format controls
    "\U0001d173-\U0001d17a"  # musical formatting controls
    "\U000e0001"  # LANGUAGE TAG
)
_BIDI = "".join(sorted(BIDI_CONTROLS))
_REMOVE = re.compile(f"[{_BIDI}{_HIDDEN}]")

_NEWLINES = re.compile("\r\n|[\r\x85\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 except TAB (09) and LF (0A), plus DEL; then C1 (NEL was handled as a line break).
_C0 = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_C1 = re.compile("[\x80-\x9f]")
# A subdivision flag is U+1F3F4 followed by tag characters and CANCEL TAG;
# any other tag character is hidden text ("ASCII smuggling").
_TAGS = re.compile("(\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f)|[\U000e0000-\U000e007f]")
_SPACE = re.compile(r"\s+")


def _control_picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def _keep_flag(match: re.Match[str]) -> str:
    return match.group(1) or ""


def inert(text: str) -> str:
    """``text`` with bidi controls and hiding characters neutralised (module doc)."""
    if text.isascii() and text.isprintable():
        return text  # the common case: nothing to do
    text = _SURROGATE.sub("\ufffd", text)
    text = _NEWLINES.sub("\n", text)
    text = _C0.sub(_control_picture, text)
    text = _C1.sub("\ufffd", text)
    text = _REMOVE.sub("", text)
    return _TAGS.sub(_keep_flag, text)


def isolate(text: str) -> str:
    """``text`` inside a first-strong isolate (FSI ... PDI), for mixing into a line."""
    return f"\u2068{text}\u2069"


def one_line(text: str, max_chars: int) -> str:
    """Inert ``text`` on one line of at most ``max_chars`` characters.

    White space runs (line breaks included) become one space; a longer text is
    cut and ends with an ellipsis, never in the middle of a combining sequence
    or a joined emoji.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    flat = _SPACE.sub(" ", inert(text)).strip()
    if len(flat) <= max_chars:
        return flat
    cut = max_chars - 1
    while cut > 0 and (_joins_previous(flat[cut]) or flat[cut - 1] == "\u200d"):
        cut -= 1
    return flat[:cut].rstrip() + ELLIPSIS


def _joins_previous(ch: str) -> bool:
    """Whether ``ch`` belongs to the character before it (a mark, joiner or selector)."""
    if ch in "\u200c\u200d":
        return True
    category = unicodedata.category(ch)
    return category in {"Mn", "Me", "Mc"} or "\U000e0020" <= ch <= "\U000e007f"


def embed(text: str, max_chars: int | None = None) -> str:
    """Contact text ready to sit inside other text: inert (one line when
    ``max_chars`` is given) and isolated, so it cannot reorder its neighbours."""
    return isolate(inert(text) if max_chars is None else one_line(text, max_chars))


def as_rich_text(text: str) -> str:
    """``text`` (made inert) as escaped Qt rich text: for tool tips, which guess.

    Qt shows a tool tip as rich text when it *looks* like markup, so plain
    contact text such as ``<img src=...>`` would be rendered.  Escaped and
    marked as rich text, it shows as the characters it is made of.
    """
    escaped = html.escape(inert(text), quote=True).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"


# ---------------------------------------------------------------- links

LINK_SCHEMES = ("http", "https", "mailto", "tel")
MAX_LINK = 2048
MAX_LINKS = 10

_LINK = re.compile(r"(?i)(?:\b(?:https?://|mailto:|tel:)|\bwww\.)[^\s<>\"'`]+")
_TRAILING = ".,;:!?'\")]}>»”’"
_TEL = re.compile(r"^\+?[0-9][0-9().\-]{0,30}$")
_HOST_CHARS = re.compile(r"^[a-z0-9.\-]+$")
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """Where a link from a contact really goes.

    ``written``: as the message shows it.  ``url``: what would be opened
    (ASCII: host in punycode, the rest percent-encoded).  ``host``: the raw
    ASCII host (for ``mailto``: the mail domain; ``tel``: empty);
    ``host_unicode``: the same decoded.  ``userinfo``: a user part stood
    before the host (a classic disguise).
    """

    written: str
    url: str
    scheme: str
    host: str
    host_unicode: str
    userinfo: bool = False

    @property
    def international(self) -> bool:
        """The host is written with non-ASCII letters (punycode and Unicode differ)."""
        return self.host != self.host_unicode


def _trim(candidate: str) -> str:
    while candidate and candidate[-1] in _TRAILING:
        if candidate[-1] == ")" and candidate.count("(") >= candidate.count(")"):
            break  # a balanced parenthesis belongs to the link (Wikipedia style)
        candidate = candidate[:-1]
    return candidate


def _host_forms(host: str) -> tuple[str, str] | None:
    """(ASCII, Unicode) forms of a host name, or None when it is not a valid name."""
    host = host.rstrip(".").lower()
    if not host or len(host) > 253:
        return None
    try:
        ascii_host = host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError:
        return None
    if not _HOST_CHARS.match(ascii_host) or ".." in ascii_host:
        return None
    try:
        unicode_host = ascii_host.encode("ascii").decode("idna")
    except UnicodeError:
        unicode_host = ascii_host  # an invalid punycode label: show it raw only
    return ascii_host, inert(unicode_host)


def _web(written: str, text: str) -> LinkTarget | None:
    try:  # a malformed IPv6 literal or port raises
        parts = urlsplit(text)
        hostname = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if not hostname:
        return None
    forms = _host_forms(hostname)
    if forms is None:
        return None
    ascii_host, unicode_host = forms
    userinfo = "@" in parts.netloc
    netloc = ascii_host if port is None else f"{ascii_host}:{port}"
    if userinfo:
        user = parts.netloc.rsplit("@", 1)[0]
        netloc = f"{quote(user, safe=':%')}@{netloc}"
    url = urlunsplit(
        (
            parts.scheme.lower(),
            netloc,
            quote(parts.path, safe=_PATH_SAFE),
            quote(parts.query, safe=_QUERY_SAFE),
            quote(parts.fragment, safe=_QUERY_SAFE),
        )
    )
    return LinkTarget(written, url, parts.scheme.lower(), ascii_host, unicode_host, userinfo)


def _mail(written: str, rest: str) -> LinkTarget | None:
    address, _, query = rest.partition("?")
    local, at, domain = address.rpartition("@")
    if not at or not local or "@" in local:
        return None
    forms = _host_forms(domain)
    if forms is None:
        return None
    ascii_host, unicode_host = forms
    url = f"mailto:{quote(local, safe='.+-_%!')}@{ascii_host}"
    if query:
        url += "?" + quote(query, safe=_QUERY_SAFE)
    return LinkTarget(written, url, "mailto", ascii_host, unicode_host)


def parse_link(text: str) -> LinkTarget | None:
    """The real target of ``text`` when it is a link the console may open, else None."""
    written = inert(text)
    if not written or len(written) > MAX_LINK or written != text:
        return None  # hidden or control characters: not a link we open
    if any(ch.isspace() or not ch.isprintable() for ch in written):
        return None
    candidate = written
    if candidate[:4].lower() == "www.":
        candidate = "http://" + candidate
    scheme, colon, rest = candidate.partition(":")
    scheme = scheme.lower()
    if not colon or scheme not in LINK_SCHEMES:
        return None
    if scheme in ("http", "https"):
        if not rest.startswith("//"):
            return None
        return _web(written, candidate)
    if scheme == "mailto":
        return _mail(written, rest)
    number = rest.removeprefix("//")
    if not _TEL.match(number):
        return None
    return LinkTarget(written, f"tel:{number}", "tel", "", "")


def find_links(text: str) -> list[LinkTarget]:
    """The links in a message, in order, each once (at most ``MAX_LINKS``)."""
    found: list[LinkTarget] = []
    seen: set[str] = set()
    for match in _LINK.finditer(inert(text)):
        target = parse_link(_trim(match.group()))
        if target is not None and target.url not in seen:
            seen.add(target.url)
            found.append(target)
            if len(found) >= MAX_LINKS:
                break
    return found
