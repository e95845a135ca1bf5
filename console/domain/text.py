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
first-strong isolate) so its direction cannot leak into its neighbours.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["BIDI_CONTROLS", "ELLIPSIS", "inert", "isolate", "one_line"]

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
