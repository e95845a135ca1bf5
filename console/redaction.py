"""Keep what could identify or endanger someone out of every log line.

Modules log ids and counts only; this is the net under that rule, used by the
console (``console/app/logs.py``) and the backend (``console/server/cli.py``).
:class:`RedactingFilter`, set on the root logger's handlers by :func:`install`,
rewrites each record before it is formatted: the message (with its arguments),
the traceback text and the stack text pass through :func:`scrub`, which replaces

- phone numbers (``+1 555 010 0200``, ``(555) 010-0200``, ``5550100200``),
- e-mail addresses,
- bearer tokens, JWTs, long random tokens (``secrets.token_urlsafe``), and the
  value of any ``token``/``password``/``secret`` key,
- the value of identifying keys in dumped data and model reprs (``body='...'``,
  ``"display_name": "..."``, pydantic's ``input_value=...``),
- every string registered at run time in a :class:`SensitiveStrings` (the
  signed-in user's display name, say),

with ``[redacted]``.  It cannot know a message body that is logged bare: that is
what the rule "log ids and counts" and the sentinel test
(``tests/e2e/test_log_sentinels.py``) are for.  No Qt here (core layer).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

__all__ = [
    "REDACTED",
    "SENSITIVE",
    "RedactingFilter",
    "SensitiveStrings",
    "install",
    "scrub",
]

REDACTED = "[redacted]"
MIN_SENSITIVE_LENGTH = 3  # shorter strings would blank out ordinary words
MAX_SENSITIVE = 10_000  # the registry forgets its oldest strings past this

_CHARS = r"A-Za-z0-9_\-"
_QUOTED = r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'"
_KEYS = (
    "body|text|note|notes|comment|reason|title|display_name|name|username|label|"
    "contact_label|from|from_|sender|address|phone|phones|email|code_word|safe_word|"
    "input_value|input"
)

# (pattern, replacement); order matters: keyed values before free patterns.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization: Bearer <token>
    (re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=\-]+"), rf"\1 {REDACTED}"),
    # token=..., "refresh_token": "...", password: ...
    (
        re.compile(
            r"(?i)([\"']?\b[\w\-]*(?:token|password|passwd|secret)[\w\-]*[\"']?\s*[:=]\s*)"
            rf"({_QUOTED}|[^\s,;&}}\)\]]+)"
        ),
        rf"\1{REDACTED}",
    ),
    # body='...', "display_name": "...", input_value='...' (reprs, dumps, pydantic errors)
    (
        re.compile(rf"(?i)([\"']?\b(?:{_KEYS})[\"']?\s*[:=]\s*)({_QUOTED})"),
        rf"\1{REDACTED}",
    ),
    # JSON Web Tokens
    (re.compile(r"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]*"), REDACTED),
    # long random tokens: 32+ url-safe characters mixing upper, lower and digits
    (
        re.compile(
            rf"(?<![{_CHARS}])(?=[{_CHARS}]*[A-Z])(?=[{_CHARS}]*[a-z])(?=[{_CHARS}]*[0-9])"
            rf"[{_CHARS}]{{32,}}(?![{_CHARS}])"
        ),
        REDACTED,
    ),
    # e-mail addresses
    (re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"), REDACTED),
    # international numbers: +<7 to 15 digits, with the usual separators>
    (re.compile(r"(?<![\w+])\+\d(?:[\s.\-()]{0,2}\d){6,14}(?!\d)"), REDACTED),
    # North American formats: (555) 010-0200, 555-010-0200, 555.010.0200, 555 010 0200
    (
        re.compile(
            r"(?<![\w.\-])(?:1[\s.\-])?(?:\(\d{3}\)\s?|\d{3}[\s.\-])\d{3}[\s.\-]\d{4}(?![\w\-])"
        ),
        REDACTED,
    ),
    # bare runs of 10 to 15 digits (a number without separators)
    (re.compile(r"(?<![\w.\-])\d{10,15}(?![\w\-])"), REDACTED),
)


class SensitiveStrings:
    """Strings known at run time that must never reach a log (thread-safe).

    Matching ignores case.  Strings shorter than three characters are ignored:
    they would blank ordinary words.
    """

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._lock = threading.Lock()
        self._texts: dict[str, str] = {}  # casefolded -> as given
        self._pattern: re.Pattern[str] | None = None
        self.add(*texts)

    def add(self, *texts: str) -> None:
        with self._lock:
            for raw in texts:
                text = raw.strip()
                if len(text) >= MIN_SENSITIVE_LENGTH:
                    self._texts.setdefault(text.casefold(), text)
            while len(self._texts) > MAX_SENSITIVE:
                del self._texts[next(iter(self._texts))]
            self._pattern = None

    def discard(self, *texts: str) -> None:
        with self._lock:
            for text in texts:
                self._texts.pop(text.strip().casefold(), None)
            self._pattern = None

    def clear(self) -> None:
        with self._lock:
            self._texts.clear()
            self._pattern = None

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"<SensitiveStrings {len(self._texts)} strings>"  # never the strings

    def _compiled(self) -> re.Pattern[str] | None:
        with self._lock:
            if self._pattern is None and self._texts:
                ordered = sorted(self._texts.values(), key=len, reverse=True)
                self._pattern = re.compile("|".join(re.escape(t) for t in ordered), re.IGNORECASE)
            return self._pattern

    def scrub(self, text: str) -> str:
        pattern = self._compiled()
        return text if pattern is None else pattern.sub(REDACTED, text)


SENSITIVE = SensitiveStrings()
"""The process's registry; :func:`install` uses it unless given another."""


def scrub(text: str, sensitive: SensitiveStrings | None = None) -> str:
    """``text`` with every pattern above and every registered string replaced."""
    if sensitive is not None:
        text = sensitive.scrub(text)
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record it sees (never drops one); set it on handlers."""

    def __init__(self, sensitive: SensitiveStrings | None = None) -> None:
        super().__init__()
        self.sensitive = SENSITIVE if sensitive is None else sensitive
        self._formatter = logging.Formatter()

    def scrub(self, text: str) -> str:
        return scrub(text, self.sensitive)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError, KeyError):
            message = f"{record.msg!s} (arguments did not fit the format)"
        record.msg = self.scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)
        return True


def install(
    logger: logging.Logger | None = None, sensitive: SensitiveStrings | None = None
) -> RedactingFilter:
    """Set one :class:`RedactingFilter` on every handler of ``logger`` (the root by default).

    Call it after the handlers are added; a handler that has one already keeps it.
    """
    target = logger if logger is not None else logging.getLogger()
    redacting = RedactingFilter(sensitive)
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(redacting)
    return redacting
