"""Builders of wire objects for the widget tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from console.protocol import Message, Session

T0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)


def message(
    n: int,
    *,
    author: str = "contact",
    body: str | None = None,
    at: datetime | None = None,
    delivery: str = "delivered",
    client_msg_id: str | None = None,
    msg_id: str | None = None,
) -> Message:
    return Message(
        id=msg_id or f"m{n}",
        client_msg_id=client_msg_id,
        session_id="s1",
        author=author,
        advocate_id="a1" if author == "advocate" else None,
        body=body if body is not None else f"message {n}",
        created_at=at or T0 + timedelta(seconds=n),
        delivery=delivery,
    )


def session(**fields: Any) -> Session:
    now = datetime.now(UTC)
    base: dict[str, Any] = {
        "id": "s1",
        "channel": "text",
        "state": "offered",
        "language": "es",
        "contact": {"label": "Texter 4821"},
        "queued_at": now - timedelta(seconds=40),
        "offered_at": now - timedelta(seconds=5),
        "offer_expires_at": now + timedelta(seconds=25),
    }
    base.update(fields)
    return Session.model_validate(base)


def call_session(**fields: Any) -> Session:
    now = datetime.now(UTC)
    base: dict[str, Any] = {
        "id": "c1",
        "channel": "call",
        "state": "active",
        "language": "en",
        "contact": {"label": "Caller 3310"},
        "accepted_at": now - timedelta(minutes=2),
        "call": {},
    }
    base.update(fields)
    return session(**base)


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
