"""What a shift lead sees: the roster of advocates on shift and the waiting queue.

The queue lists contacts waiting for an answer, oldest first: queued sessions
and those being offered (still unanswered), each with ``waited_s`` since it was
queued.  The roster lists every user on shift (presence other than offline, or
holding a live session) with their live sessions and ``presence_since``.
"""

from __future__ import annotations

import asyncio

from console.protocol import EventName, QueueEntry, QueueUpdated, RosterEntry, RosterSession
from console.server.clock import from_text
from console.server.db import Database, Tx
from console.server.sessions import SELECT_SESSION, session_fields
from console.server.users import lead_ids, user_from_row


def queue_entries(tx: Tx) -> list[QueueEntry]:
    rows = tx.all(
        f"{SELECT_SESSION} WHERE s.state IN ('queued', 'offered') ORDER BY s.queued_at, s.rowid"
    )
    entries = []
    for row in rows:
        queued = from_text(row["queued_at"])
        assert queued is not None
        waited = round(max(0.0, (tx.now - queued).total_seconds()), 3)
        entries.append(QueueEntry.model_validate({**session_fields(row), "waited_s": waited}))
    return entries


class QueueAnnouncer:
    """Sends ``queue.updated`` to the leads after a commit that changed the queue,
    in a transaction of its own and once for a burst of changes."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._pending = False
        self._closed = False
        db.post_commit.append(self._after_commit)

    def _after_commit(self, tx: Tx) -> None:
        if tx.queue_changed and not self._pending and not self._closed:
            self._pending = True
            asyncio.get_running_loop().call_soon(self._announce)

    def _announce(self) -> None:
        self._pending = False
        if self._closed:
            return
        with self.db.transaction() as tx:
            tx.emit(lead_ids(tx), EventName.QUEUE_UPDATED, QueueUpdated(queue=queue_entries(tx)))

    def close(self) -> None:
        self._closed = True


def _since(
    row_state: str, offered: str | None, accepted: str | None, ended: str | None
) -> str | None:
    return {"offered": offered, "active": accepted, "wrap_up": ended}.get(row_state)


def roster(tx: Tx) -> list[RosterEntry]:
    live: dict[str, list[RosterSession]] = {}
    for row in tx.all(
        "SELECT id, channel, state, advocate_id, offered_at, accepted_at, ended_at, queued_at"
        " FROM sessions WHERE advocate_id IS NOT NULL AND state IN ('offered', 'active', 'wrap_up')"
        " ORDER BY queued_at"
    ):
        since = _since(row["state"], row["offered_at"], row["accepted_at"], row["ended_at"])
        live.setdefault(row["advocate_id"], []).append(
            RosterSession.model_validate(
                {
                    "id": row["id"],
                    "channel": row["channel"],
                    "state": row["state"],
                    "since": from_text(since or row["queued_at"]),
                }
            )
        )
    entries = []
    for row in tx.all("SELECT * FROM users ORDER BY display_name COLLATE NOCASE, username"):
        user = user_from_row(row)
        sessions = live.get(user.id, [])
        if user.effective.value == "offline" and not sessions:
            continue
        entries.append(
            RosterEntry.model_validate(
                {
                    **user.model().model_dump(),
                    "sessions": sessions,
                    "presence_since": from_text(user.presence_since),
                }
            )
        )
    return entries
