"""Time as the backend stores and sends it: aware UTC datetimes, ISO 8601 text in SQLite.

Stored text always has microseconds and the ``+00:00`` offset, so text order is
time order and SQL can compare the values directly.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_text(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text)


def now_text() -> str:
    return to_text(utcnow())
