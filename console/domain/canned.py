"""Canned replies: short, warm texts an advocate can drop into the composer.

Loaded from ``resources/canned/*.json`` and searched by words in either
language, ignoring case and accents ("adios" finds "Adiós").  A reply is only
ever *inserted* into the composer; sending still takes the advocate's Enter.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from console.domain.checklists import localized
from console.protocol import Channel, LocalText

__all__ = ["CannedError", "CannedReply", "load_replies", "search"]

_WORD = re.compile(r"\w+")


class CannedError(ValueError):
    """A canned-reply file is unusable; the message names it."""


class CannedReply(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9_]+$")]
    title: LocalText
    tags: list[str] = Field(default_factory=list)
    channels: Annotated[list[Channel], Field(min_length=1)] = Field(
        default_factory=lambda: [Channel.CHAT, Channel.TEXT]
    )
    text: LocalText

    def text_for(self, language: str) -> str:
        return localized(self.text, language)

    def title_for(self, language: str) -> str:
        return localized(self.title, language)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    languages: list[str]
    replies: list[CannedReply]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


def parse_replies(name: str, data: object) -> list[CannedReply]:
    try:
        parsed = _File.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CannedError(f"{name}: {where}: {first['msg']}") from None
    for reply in parsed.replies:
        for language in parsed.languages:
            if not reply.text.get(language, "").strip() or not reply.title.get(language):
                raise CannedError(f"{name}: reply {reply.id} has no text in {language}")
    return parsed.replies


@cache
def load_replies() -> tuple[CannedReply, ...]:
    """Every canned reply in ``resources/canned/`` (cached), in file order."""
    folder = importlib.resources.files("console.resources").joinpath("canned")
    replies: list[CannedReply] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            try:
                data = json.loads(entry.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise CannedError(f"{entry.name}: not valid JSON ({exc})") from None
            replies += parse_replies(entry.name, data)
    ids = [r.id for r in replies]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise CannedError(f"canned replies: duplicate ids {duplicates}")
    return tuple(replies)


def _score(reply: CannedReply, terms: list[str]) -> int:
    """0 unless every term starts some word; titles and tags weigh more than texts."""
    fields = (
        (4, [w for t in reply.title.values() for w in _words(t)]),
        (3, [w for tag in reply.tags for w in _words(tag)] + _words(reply.id)),
        (1, [w for t in reply.text.values() for w in _words(t)]),
    )
    total = 0
    for term in terms:
        best = max(
            (weight for weight, words in fields if any(w.startswith(term) for w in words)),
            default=0,
        )
        if best == 0:
            return 0
        total += best
    return total


def search(
    query: str,
    replies: Iterable[CannedReply] | None = None,
    *,
    channel: Channel | None = None,
) -> list[CannedReply]:
    """Replies matching every word of ``query`` (word prefixes, any language,
    case and accents ignored), best first; an empty query lists them all.
    ``channel`` keeps only replies meant for it."""
    pool = [
        r
        for r in (load_replies() if replies is None else replies)
        if channel is None or channel in r.channels
    ]
    terms = _words(query)
    if not terms:
        return pool
    scored = [(score, n, r) for n, r in enumerate(pool) if (score := _score(r, terms))]
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [r for _, _, r in scored]
