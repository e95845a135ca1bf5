"""Live events: stored per recipient, woken on commit, streamed as SSE.

Rows are written by :meth:`Tx.emit` inside the transaction that caused them
(fan-out on write); their ids come from one AUTOINCREMENT sequence, so they
increase for every user and are never reused, even across restarts.  The hub
only wakes the streams of the users who got new rows.

Resuming: a client sends ``Last-Event-ID``.  Rows newer than that id are
replayed.  When the id is older than the pruned watermark (rows after it may be
gone) or newer than any id issued (the database was replaced), the stream starts
with ``resync`` (whose id is the newest issued) and continues from there.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator

from console.protocol import EventName, Resync
from console.server.db import Database, Tx

log = logging.getLogger(__name__)

_BATCH = 200
PRUNED_COUNTER = "events_pruned"


class EventHub:
    """Wakes the open streams of users who have new event rows."""

    def __init__(self) -> None:
        self._streams: dict[str, set[asyncio.Event]] = {}
        self.closed = False

    def subscribe(self, user_id: str) -> asyncio.Event:
        wake = asyncio.Event()
        self._streams.setdefault(user_id, set()).add(wake)
        return wake

    def unsubscribe(self, user_id: str, wake: asyncio.Event) -> None:
        streams = self._streams.get(user_id)
        if streams is not None:
            streams.discard(wake)
            if not streams:
                del self._streams[user_id]

    def wake(self, user_ids: set[str]) -> None:
        for user_id in user_ids:
            for event in self._streams.get(user_id, ()):
                event.set()

    def close(self) -> None:
        """Server shutdown: every stream ends at its next wake-up, which is now."""
        self.closed = True
        for streams in self._streams.values():
            for event in streams:
                event.set()

    def stream_count(self) -> int:
        return sum(len(s) for s in self._streams.values())


def max_issued(tx: Tx) -> int:
    value = tx.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'events'")
    return int(value or 0)


def pruned_watermark(tx: Tx) -> int:
    value = tx.scalar("SELECT value FROM counters WHERE name = ?", (PRUNED_COUNTER,))
    return int(value or 0)


def parse_last_event_id(header: str | None) -> int | None:
    """None for a fresh stream; -1 (always too old) for an id we never issued."""
    if header is None or not header.strip():
        return None
    text = header.strip()
    return int(text) if text.isdigit() else -1


def start_point(tx: Tx, last_id: int | None) -> tuple[int, bool]:
    """(cursor, resync first?) for a stream that resumes after ``last_id``."""
    newest = max_issued(tx)
    if last_id is None:
        return newest, False
    if last_id < pruned_watermark(tx) or last_id > newest or last_id < 0:
        return newest, True
    return last_id, False


def format_event(event_id: int, name: str, data: str) -> bytes:
    return f"id: {event_id}\nevent: {name}\ndata: {data}\n\n".encode()


HEARTBEAT = b": heartbeat\n\n"


async def event_stream(
    db: Database, hub: EventHub, user_id: str, last_id: int | None, heartbeat_s: float
) -> AsyncIterator[bytes]:
    """The SSE body for one user; ends when the server shuts down."""
    wake = hub.subscribe(user_id)
    try:
        with db.read() as tx:
            cursor, resync = start_point(tx, last_id)
        # The response starts at once, so the client knows it is connected; the id
        # lets a stream that drops before its first event resume from here.  On a
        # resync the resync event itself carries it.
        if resync:
            yield b": connected\n\n"
            yield format_event(cursor, EventName.RESYNC.value, Resync().model_dump_json())
        else:
            yield f"id: {cursor}\n: connected\n\n".encode()
        while not hub.closed:
            wake.clear()
            with db.read() as tx:
                rows = tx.all(
                    "SELECT id, name, data FROM events WHERE user_id = ? AND id > ?"
                    " ORDER BY id LIMIT ?",
                    (user_id, cursor, _BATCH),
                )
            if rows:
                cursor = rows[-1]["id"]
                yield b"".join(format_event(r["id"], r["name"], r["data"]) for r in rows)
                continue
            try:
                await asyncio.wait_for(wake.wait(), timeout=heartbeat_s)
            except TimeoutError:
                yield HEARTBEAT
    finally:
        hub.unsubscribe(user_id, wake)


def prune_events(tx: Tx, retention_s: float) -> int:
    """Delete rows older than the retention; remember the highest id deleted."""
    newest_old = tx.scalar(
        "SELECT MAX(id) FROM events WHERE created_at < ?", (time.time() - retention_s,)
    )
    if newest_old is None:
        return 0
    deleted = tx.execute("DELETE FROM events WHERE id <= ?", (newest_old,)).rowcount
    tx.execute(
        "INSERT INTO counters(name, value) VALUES (?, ?)"
        " ON CONFLICT(name) DO UPDATE SET value = MAX(value, excluded.value)",
        (PRUNED_COUNTER, newest_old),
    )
    return int(deleted)
