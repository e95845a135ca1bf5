"""Routing: who is offered a waiting contact, and the offer timers.

A queued session is offered to one advocate who (1) chose ``available``, (2) has
room on that channel (offered + active + wrap-up sessions below their
``max_sessions``), (3) speaks the session's language, and (4) among those, has
waited longest since their last offer or assignment (a fair spread).  Chat and
text are served in English or Spanish only (the inbound side records the
closest of the two).  A call in a language no eligible advocate speaks goes to
any eligible advocate, flagged ``interpreter_needed``.  Leads are never offered
contacts by routing; a lead takes one by reassigning it to themself.

An offer lasts ``offer_timeout`` seconds.  A time-out or a decline puts the
session back in the queue and remembers the advocate as passed over: the next
offer goes to someone else while anyone else is eligible, and starts over with
everyone when all eligible advocates have passed.

Routing runs again whenever something changes (a new contact, a presence
change, a session ended or closed, a decline, a time-out): services set
``tx.route`` and the router runs one pass soon after the commit.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from datetime import timedelta

from console.protocol import Channel, EventName
from console.server.clock import from_text, to_text, utcnow
from console.server.db import Database, Tx
from console.server.presence import Load, all_loads
from console.server.sessions import publish, remove_from
from console.server.users import UserRow, user_from_row

log = logging.getLogger(__name__)


class Router:
    """Runs routing passes and owns the offer timers (all on the event loop)."""

    def __init__(self, db: Database, offer_timeout_s: float) -> None:
        self.db = db
        self.offer_timeout_s = offer_timeout_s
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._pending = False
        self._closed = False
        db.post_commit.append(self._after_commit)

    # ---------------------------------------------------------------- scheduling
    def _after_commit(self, tx: Tx) -> None:
        if tx.route:
            self.kick()

    def kick(self) -> None:
        """Run one routing pass soon (coalesced)."""
        if self._pending or self._closed:
            return
        self._pending = True
        asyncio.get_running_loop().call_soon(self._run)

    def _run(self) -> None:
        self._pending = False
        if self._closed:
            return
        with self.db.transaction() as tx:
            route(tx, self)

    def arm(self, session_id: str, token: str, delay: float) -> None:
        """Expire the offer ``token`` (its offered_at) after ``delay`` seconds."""
        if self._closed:
            return
        self.disarm(session_id)
        loop = asyncio.get_running_loop()
        self._timers[session_id] = loop.call_later(max(0.0, delay), self._expire, session_id, token)

    def disarm(self, session_id: str) -> None:
        handle = self._timers.pop(session_id, None)
        if handle is not None:
            handle.cancel()

    def _expire(self, session_id: str, token: str) -> None:
        self._timers.pop(session_id, None)
        if self._closed:
            return
        with self.db.transaction() as tx:
            row = tx.one("SELECT state, offered_at FROM sessions WHERE id = ?", (session_id,))
            if row is None or row["state"] != "offered" or row["offered_at"] != token:
                return
            requeue(tx, session_id, reason="expired")

    def resume(self) -> None:
        """At start-up: re-arm offers left from the last run, then route."""
        with self.db.read() as tx:
            rows = tx.all(
                "SELECT id, offered_at, offer_expires_at FROM sessions WHERE state = 'offered'"
            )
        now = utcnow()
        for row in rows:
            expires = from_text(row["offer_expires_at"])
            delay = 0.0 if expires is None else (expires - now).total_seconds()
            self.arm(row["id"], row["offered_at"], delay)
        self.kick()

    def close(self) -> None:
        self._closed = True
        for handle in self._timers.values():
            handle.cancel()
        self._timers.clear()


# ---------------------------------------------------------------- offers and the queue


def requeue(tx: Tx, session_id: str, *, reason: str) -> None:
    """An offer ends unanswered (``expired``) or declined: back to the queue."""
    row = tx.one("SELECT advocate_id, passed_over FROM sessions WHERE id = ?", (session_id,))
    assert row is not None
    passed = json.loads(row["passed_over"])
    if row["advocate_id"] and row["advocate_id"] not in passed:
        passed.append(row["advocate_id"])
    tx.execute(
        "UPDATE sessions SET state = 'queued', advocate_id = NULL, offered_at = NULL,"
        " offer_expires_at = NULL, interpreter_needed = 0, passed_over = ?, updated_at = ?"
        " WHERE id = ?",
        (json.dumps(passed), tx.now_text, session_id),
    )
    remove_from(tx, row["advocate_id"], session_id, reason)
    publish(tx, session_id)
    tx.touch_presence(row["advocate_id"])
    tx.queue_changed = True
    tx.route = True


def offer(
    tx: Tx,
    router: Router | None,
    session_id: str,
    advocate_id: str,
    *,
    timeout_s: float,
    interpreter_needed: bool,
    passed_over: list[str],
    announce: bool = True,
) -> None:
    """Offer the session to one advocate; ``announce`` sends ``session.offered``
    (a reassignment announces itself with ``session.reassigned`` instead)."""
    expires = tx.now + timedelta(seconds=timeout_s)
    tx.execute(
        "UPDATE sessions SET state = 'offered', advocate_id = ?, offered_at = ?,"
        " offer_expires_at = ?, interpreter_needed = ?, passed_over = ?, updated_at = ?"
        " WHERE id = ?",
        (
            advocate_id,
            tx.now_text,
            to_text(expires),
            int(interpreter_needed),
            json.dumps(passed_over),
            tx.now_text,
            session_id,
        ),
    )
    tx.execute("UPDATE users SET last_assigned_at = ? WHERE id = ?", (tx.now_text, advocate_id))
    if announce:
        # The advocate gets the offer; the leads see a state change.
        model = publish(tx, session_id, advocate=False)
        tx.emit([advocate_id], EventName.SESSION_OFFERED, model)
    tx.touch_presence(advocate_id)
    tx.queue_changed = True
    if router is not None:
        token = tx.now_text
        tx.after_commit(lambda: router.arm(session_id, token, timeout_s))


def _candidates(
    row: sqlite3.Row, advocates: list[UserRow], loads: dict[str, Load]
) -> tuple[list[UserRow], bool]:
    """Eligible advocates for this session, and whether an interpreter is needed."""
    channel = Channel(row["channel"])
    roomy = [a for a in advocates if loads.get(a.id, Load()).has_room(a.max_sessions, channel)]
    speakers = [a for a in roomy if a.speaks(row["language"])]
    if speakers or channel is not Channel.CALL:
        return speakers, False
    return roomy, bool(roomy)


def route(tx: Tx, router: Router | None) -> None:
    """One routing pass over the queue, oldest contact first."""
    queued = tx.all("SELECT * FROM sessions WHERE state = 'queued' ORDER BY queued_at, rowid")
    if not queued:
        return
    advocates = [
        user_from_row(r)
        for r in tx.all("SELECT * FROM users WHERE role = 'advocate' AND status = 'available'")
    ]
    if not advocates:
        return
    loads = all_loads(tx)
    last_assigned = {
        r["id"]: r["last_assigned_at"] or ""
        for r in tx.all("SELECT id, last_assigned_at FROM users WHERE role = 'advocate'")
    }
    timeout = router.offer_timeout_s if router is not None else 30.0
    for row in queued:
        candidates, interpreter = _candidates(row, advocates, loads)
        if not candidates:
            continue
        passed = json.loads(row["passed_over"])
        fresh = [a for a in candidates if a.id not in passed]
        if not fresh:
            fresh, passed = candidates, []
        pick = min(fresh, key=lambda a: (last_assigned[a.id], a.username.casefold()))
        offer(
            tx,
            router,
            row["id"],
            pick.id,
            timeout_s=timeout,
            interpreter_needed=interpreter,
            passed_over=passed,
        )
        loads.setdefault(pick.id, Load()).per_channel[Channel(row["channel"])] += 1
        last_assigned[pick.id] = tx.now_text
