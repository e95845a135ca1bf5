"""Transcript pages: the newest page first, then the page before any message."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from console.protocol import Author, Delivery, Message
from console.store import Cache

START = datetime(2026, 11, 1, tzinfo=UTC)


def _message(n: int, at: datetime) -> Message:
    return Message(
        id=f"m{n:04d}",
        session_id="s1",
        author=Author.CONTACT,
        body=f"message {n}",
        created_at=at,
        delivery=Delivery.DELIVERED,
    )


def test_pages_walk_back_through_the_whole_transcript(cache: Cache) -> None:
    # Every third message shares its time with the one before: ties keep their order.
    times = [START + timedelta(seconds=n - n % 3 // 2) for n in range(250)]
    cache.save_messages([_message(n, t) for n, t in enumerate(times)])
    newest = cache.messages("s1", last=100)
    assert [m.id for m in newest] == [f"m{n:04d}" for n in range(150, 250)]
    seen = [m.id for m in newest]
    while True:
        page = cache.messages("s1", last=100, before_id=seen[0])
        if not page:
            break
        seen = [m.id for m in page] + seen
    assert seen == [m.id for m in cache.messages("s1")]
    assert len(seen) == 250
    assert cache.messages("s1", last=10, before_id="m0000") == []
