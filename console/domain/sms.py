"""SMS keyword rules for the text channel (DOMAIN.md section 4).

Carriers require that STOP and its synonyms opt a number out with exactly one
confirmation, that START/UNSTOP opt it back in, and that HELP/INFO always get a
help reply.  At this hotline HELP is also the call to action, so it opens a
conversation too; AYUDA asks for Spanish.  Matching ignores case, surrounding
white space and trailing punctuation, but only a message that *is* the keyword
counts: "help me please" is a person asking for help, not a carrier command, and
reaches an advocate as it is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class KeywordAction(StrEnum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    HELP = "help"
    START_CONVERSATION = "start_conversation"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Keyword:
    action: KeywordAction
    language: str | None = None  # a keyword that names a language routes to it


_OPT_OUT = {
    "STOP",
    "STOPALL",
    "STOP ALL",
    "END",
    "CANCEL",
    "UNSUBSCRIBE",
    "QUIT",
    "UNSUB",
    "REMOVE",
    "OPTOUT",
    "OPT OUT",
    "OPT-OUT",
    "REVOKE",
    "ARRET",
    "ALTO",
    "PARAR",
    "NO MAS",
    "BAJA",
}
_OPT_IN = {"START", "UNSTOP", "YES"}
_HELP = {"HELP", "INFO"}
_START = {"BEFREE": None, "AYUDA": "es", "ESPANOL": "es", "HOLA": "es", "HELLO": None, "HI": None}

_PUNCT = re.compile(r"[\s.!?¡¿,;:'\"()\-]+")


def normalise(body: str) -> str:
    """Upper-case, strip accents and punctuation, fold inner white space."""
    text = unicodedata.normalize("NFKD", body)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _PUNCT.sub(" ", text).strip().upper()


def classify(body: str | None) -> Keyword:
    """What a whole inbound text means as a keyword, if anything."""
    if not body:
        return Keyword(KeywordAction.NONE)
    word = normalise(body)
    if word in _OPT_OUT:
        return Keyword(KeywordAction.OPT_OUT)
    if word in _OPT_IN:
        return Keyword(KeywordAction.OPT_IN)
    if word in _HELP:
        return Keyword(KeywordAction.HELP)
    if word in _START:
        return Keyword(KeywordAction.START_CONVERSATION, _START[word])
    return Keyword(KeywordAction.NONE)


def segments(body: str) -> tuple[int, int]:
    """SMS segments a reply will take, and the encoding's size per segment.

    GSM-7 fits 160 characters in one segment and 153 per part when split;
    anything outside GSM-7 (accents beyond its table, emoji) uses UCS-2 at 70/67.
    Characters of the GSM extension table count twice.
    """
    if not body:
        return (0, 160)
    units = 0
    for ch in body:
        if ch in _GSM_BASIC:
            units += 1
        elif ch in _GSM_EXT:
            units += 2
        else:
            return _ucs2_segments(body)
    if units <= 160:
        return (1, 160)
    return (-(-units // 153), 153)


def _ucs2_segments(body: str) -> tuple[int, int]:
    # UTF-16 code units: a character outside the BMP (most emoji) takes two.
    units = len(body.encode("utf-16-le")) // 2
    if units <= 70:
        return (1, 70)
    return (-(-units // 67), 67)


_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXT = frozenset("^{}\\[~]|€\f")
