"""Builders of the lead's wire objects and a board wired to nothing but a clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

from console.app.board import BoardService
from console.app.board_settings import BoardSettings
from console.app.board_state import ServerClock
from console.app.shift import Shift
from console.app.tasks import TaskOwner
from console.net.client import ApiClient
from console.net.stream_types import StreamEvent
from console.protocol import (
    EventName,
    Message,
    QueueEntry,
    QueueUpdated,
    RosterEntry,
    Session,
    SessionReassigned,
    User,
)

T0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
LEAD_ID = "lead-1"
_ids = count(1)


class Now:
    """The wall clock the test moves by hand."""

    def __init__(self, start: datetime = T0) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += timedelta(seconds=seconds)


def user(
    uid: str,
    name: str,
    *,
    role: str = "advocate",
    presence: str = "available",
    languages: tuple[str, ...] = ("en",),
    **limits: int,
) -> User:
    return User.model_validate(
        {
            "id": uid,
            "username": uid,
            "display_name": name,
            "role": role,
            "languages": list(languages),
            "max_sessions": {"call": 1, "chat": 3, "text": 3, **limits},
            "presence": presence,
        }
    )


def entry(uid: str, name: str, *, since: datetime = T0, **fields: Any) -> RosterEntry:
    base = user(uid, name, **fields).model_dump()
    return RosterEntry.model_validate({**base, "sessions": [], "presence_since": since})


def session(
    sid: str,
    *,
    channel: str = "chat",
    state: str = "active",
    language: str = "en",
    advocate: str | None = "a1",
    queued_at: datetime = T0,
    **fields: Any,
) -> Session:
    base: dict[str, Any] = {
        "id": sid,
        "channel": channel,
        "state": state,
        "language": language,
        "advocate_id": advocate if state != "queued" else None,
        "contact": {"label": f"Visitor {sid}"},
        "queued_at": queued_at,
        "offered_at": queued_at + timedelta(seconds=1) if state != "queued" else None,
        "accepted_at": queued_at + timedelta(seconds=5) if state in ("active", "wrap_up") else None,
        "ended_at": queued_at + timedelta(seconds=60) if state == "wrap_up" else None,
    }
    base.update(fields)
    return Session.model_validate(base)


def queued(sid: str, *, waited_s: float = 0.0, **fields: Any) -> QueueEntry:
    fields.setdefault("state", "queued")
    return QueueEntry.model_validate({**session(sid, **fields).model_dump(), "waited_s": waited_s})


def event(name: EventName, data: Any) -> StreamEvent:
    return StreamEvent(id=next(_ids), name=name, data=data)


def updated(s: Session) -> StreamEvent:
    return event(EventName.SESSION_UPDATED, s)


def presence(u: User) -> StreamEvent:
    return event(EventName.PRESENCE_UPDATED, u)


def queue_event(*entries: QueueEntry) -> StreamEvent:
    return event(EventName.QUEUE_UPDATED, QueueUpdated(queue=list(entries)))


def reassigned(s: Session, from_id: str | None, to_id: str) -> StreamEvent:
    return event(
        EventName.SESSION_REASSIGNED,
        SessionReassigned(
            session=s,
            from_advocate_id=from_id,
            to_advocate_id=to_id,
            by=LEAD_ID,
            by_name="Lee Lead",
            reason="language",
        ),
    )


def message(sid: str, n: int) -> StreamEvent:
    return event(
        EventName.MESSAGE_CREATED,
        Message(
            id=f"{sid}-m{n}",
            session_id=sid,
            author="contact",
            body=f"message {n}",
            created_at=T0 + timedelta(seconds=n),
            delivery="delivered",
        ),
    )


def offline_board(now: Now, settings: BoardSettings | None = None) -> BoardService:
    """A board whose shift never connects: only the events a test hands it change it.

    The API client points at a closed port and is never called (no reload starts
    while the shift is offline and no resync is sent).
    """
    lead = user(LEAD_ID, "Lee Lead", role="lead", languages=("en", "es"))
    api = ApiClient("http://127.0.0.1:9")
    shift = Shift(api, lead, TaskOwner("test"))
    return BoardService(api, shift, TaskOwner("board-test"), settings, clock=ServerClock(now))
