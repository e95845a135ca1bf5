"""The lead's view of the whole shift, as plain data the board's models adapt.

Three collections, kept current from the lead's events: the advocates on shift
(``/roster``), every session that is not closed (``/sessions``) and the
waiting contacts (``/queue``, offered ones included).  Each advocate's load per
channel is derived from the sessions, so a session that moves updates both
advocates' rows at once.  Every change reports what it touched
(:class:`Changes`), so a model refreshes only those rows.

A reload (after a reconnect or ``resync``) is reconciled like the shift
service does it: a row an event touched while the reload was in flight is newer
than the reload's snapshot and keeps its event's version.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from console.domain.sessions import counts_against_capacity
from console.net.stream_types import StreamEvent
from console.protocol import (
    Channel,
    EventName,
    Message,
    Presence,
    QueueEntry,
    QueueUpdated,
    RosterEntry,
    Session,
    SessionReassigned,
    SessionRemoved,
    SessionState,
    User,
)

__all__ = ["BoardState", "Changes", "ServerClock", "utc_now"]


def utc_now() -> datetime:
    return datetime.now(UTC)


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


class ServerClock:
    """The server's "now", learnt from the queue: workstation clocks drift.

    ``/queue`` says how long each contact has waited (``waited_s``) at the
    server's present; ``queued_at + waited_s`` is therefore the server's clock
    at the time of the answer, and its difference to ours is the offset.
    """

    def __init__(self, now: Callable[[], datetime] = utc_now) -> None:
        self._now = now
        self.offset = timedelta(0)

    def now(self) -> datetime:
        return self._now() + self.offset

    def learn(self, queue: Iterable[QueueEntry]) -> None:
        here = self._now()
        estimates = [
            (_aware(e.queued_at) + timedelta(seconds=e.waited_s) - here).total_seconds()
            for e in queue
        ]
        if estimates:
            self.offset = timedelta(seconds=statistics.median(estimates))

    def seconds_since(self, when: datetime | None) -> float | None:
        if when is None:
            return None
        return max(0.0, (self.now() - _aware(when)).total_seconds())


@dataclass
class Changes:
    """What one event or reload touched."""

    sessions: set[str] = field(default_factory=set)  # added or changed
    sessions_gone: set[str] = field(default_factory=set)
    advocates: set[str] = field(default_factory=set)  # added or changed (presence, load)
    advocates_gone: set[str] = field(default_factory=set)
    queue: bool = False
    message: Message | None = None
    resync: bool = False

    def __bool__(self) -> bool:
        return bool(
            self.sessions
            or self.sessions_gone
            or self.advocates
            or self.advocates_gone
            or self.queue
            or self.message
            or self.resync
        )


class BoardState:
    def __init__(self, clock: ServerClock | None = None) -> None:
        self.clock = clock or ServerClock()
        self.roster: dict[str, RosterEntry] = {}
        self.sessions: dict[str, Session] = {}
        self.queue: dict[str, QueueEntry] = {}  # oldest first
        self.names: dict[str, str] = {}  # every display name seen (outlives the roster row)
        self.loaded = False
        self._events = 0
        self._touched_sessions: dict[str, int] = {}
        self._touched_users: dict[str, int] = {}
        self._queue_touched = 0

    def __repr__(self) -> str:
        return (
            f"<BoardState roster={len(self.roster)} sessions={len(self.sessions)}"
            f" queue={len(self.queue)}>"
        )

    # ------------------------------------------------------------ queries

    def load_of(self, user_id: str) -> dict[Channel, int]:
        """Sessions that take a slot (offered, active, wrap-up), per channel."""
        load = dict.fromkeys(Channel, 0)
        for session in self.sessions.values():
            if session.advocate_id == user_id and counts_against_capacity(session.state):
                load[session.channel] += 1
        return load

    def sessions_of(self, user_id: str) -> list[Session]:
        return [
            s
            for s in self.sessions.values()
            if s.advocate_id == user_id and counts_against_capacity(s.state)
        ]

    def name_of(self, user_id: str | None) -> str | None:
        if user_id is None:
            return None
        return self.names.get(user_id)

    def since(self, session: Session) -> datetime:
        """When the session entered its present state."""
        moments = {
            SessionState.OFFERED: session.offered_at,
            SessionState.ACTIVE: session.accepted_at,
            SessionState.WRAP_UP: session.ended_at,
        }
        return moments.get(session.state) or session.queued_at

    # ------------------------------------------------------------ reload

    def marker(self) -> int:
        """Call before fetching a snapshot; pass the value to :meth:`apply_snapshot`."""
        return self._events

    def apply_snapshot(
        self,
        marker: int,
        roster: list[RosterEntry],
        queue: list[QueueEntry],
        sessions: list[Session],
    ) -> Changes:
        """Reconcile with fresh lists; rows touched by events since ``marker`` keep theirs."""
        changes = Changes()
        self.loaded = True
        listed = {s.id: s for s in sessions if s.state is not SessionState.CLOSED}
        for session_id in list(self.sessions):
            if session_id not in listed and self._touched_sessions.get(session_id, 0) <= marker:
                self._drop_session(session_id, changes)
        for session in listed.values():
            if self._touched_sessions.get(session.id, 0) <= marker:
                self._put_session(session, changes)

        people = {entry.id: entry for entry in roster}
        for entry in people.values():
            self.names[entry.id] = entry.display_name
        for user_id in list(self.roster):
            if user_id not in people and self._touched_users.get(user_id, 0) <= marker:
                del self.roster[user_id]
                changes.advocates_gone.add(user_id)
        for entry in people.values():
            if self._touched_users.get(entry.id, 0) <= marker:
                if self.roster.get(entry.id) != entry:
                    changes.advocates.add(entry.id)
                self.roster[entry.id] = entry

        if self._queue_touched <= marker:
            self._set_queue(queue, changes)
            self.clock.learn(queue)
        changes.advocates.difference_update(changes.advocates_gone)
        changes.advocates.intersection_update(self.roster)
        return changes

    # ------------------------------------------------------------ events

    def apply_event(self, event: StreamEvent) -> Changes:
        """Apply one live event; cheap and synchronous."""
        self._events += 1
        changes = Changes()
        name, data = event.name, event.data
        if name in (EventName.SESSION_OFFERED, EventName.SESSION_UPDATED):
            assert isinstance(data, Session)
            self._touched_sessions[data.id] = self._events
            self._put_session(data, changes)
        elif name is EventName.SESSION_REASSIGNED:
            assert isinstance(data, SessionReassigned)
            self._touched_sessions[data.session.id] = self._events
            self.names.setdefault(data.by, data.by_name)
            self._put_session(data.session, changes)
        elif name is EventName.SESSION_REMOVED:
            assert isinstance(data, SessionRemoved)
            self._touched_sessions[data.session_id] = self._events
            self._drop_session(data.session_id, changes)
        elif name in (EventName.MESSAGE_CREATED, EventName.MESSAGE_UPDATED):
            assert isinstance(data, Message)
            changes.message = data
        elif name is EventName.PRESENCE_UPDATED:
            assert isinstance(data, User)
            self._touched_users[data.id] = self._events
            self._put_user(data, changes)
        elif name is EventName.QUEUE_UPDATED:
            assert isinstance(data, QueueUpdated)
            self._queue_touched = self._events
            self._set_queue(data.queue, changes)
        elif name is EventName.RESYNC:
            changes.resync = True
        changes.advocates.intersection_update(self.roster)
        return changes

    def apply_session(self, session: Session) -> Changes:
        """A session the lead's own action returned (newer than any snapshot in flight)."""
        self._events += 1
        self._touched_sessions[session.id] = self._events
        changes = Changes()
        self._put_session(session, changes)
        changes.advocates.intersection_update(self.roster)
        return changes

    # ------------------------------------------------------------ changes

    def _put_session(self, session: Session, changes: Changes) -> None:
        if session.state is SessionState.CLOSED:
            self._drop_session(session.id, changes)
            return
        known = self.sessions.get(session.id)
        self.sessions[session.id] = session
        changes.sessions.add(session.id)
        for holder in {known.advocate_id if known else None, session.advocate_id}:
            if holder is not None:
                changes.advocates.add(holder)
        if session.id in self.queue and session.state not in (
            SessionState.QUEUED,
            SessionState.OFFERED,
        ):
            # queue.updated follows; until then the queue must not show an answered contact.
            del self.queue[session.id]
            changes.queue = True

    def _drop_session(self, session_id: str, changes: Changes) -> None:
        known = self.sessions.pop(session_id, None)
        if known is not None:
            changes.sessions_gone.add(session_id)
            if known.advocate_id is not None:
                changes.advocates.add(known.advocate_id)
                self._drop_if_off_shift(known.advocate_id, changes)
        if self.queue.pop(session_id, None) is not None:
            changes.queue = True

    def _put_user(self, user: User, changes: Changes) -> None:
        self.names[user.id] = user.display_name
        known = self.roster.get(user.id)
        if known is None:
            if user.presence is Presence.OFFLINE and not self.sessions_of(user.id):
                return
            entry = RosterEntry.model_validate(
                {**user.model_dump(), "sessions": [], "presence_since": self.clock.now()}
            )
        else:
            since = known.presence_since if known.presence is user.presence else self.clock.now()
            entry = known.model_copy(
                update={
                    "display_name": user.display_name,
                    "languages": list(user.languages),
                    "max_sessions": user.max_sessions,
                    "presence": user.presence,
                    "presence_since": since,
                }
            )
        self.roster[user.id] = entry
        changes.advocates.add(user.id)
        self._drop_if_off_shift(user.id, changes)

    def _drop_if_off_shift(self, user_id: str, changes: Changes) -> None:
        """The server's rule: on shift means not offline, or holding a live session."""
        entry = self.roster.get(user_id)
        off = entry is not None and entry.presence is Presence.OFFLINE
        if off and not self.sessions_of(user_id):
            del self.roster[user_id]
            changes.advocates.discard(user_id)
            changes.advocates_gone.add(user_id)

    def _set_queue(self, queue: list[QueueEntry], changes: Changes) -> None:
        fresh = {entry.id: entry for entry in queue}
        if fresh != self.queue or list(fresh) != list(self.queue):
            changes.queue = True
        self.queue = fresh
