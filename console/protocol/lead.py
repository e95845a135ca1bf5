"""The lead's views (roster, queue, audit log) and the inbound gateways' door."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from console.protocol._base import CHAT_BODY_MAX, Channel, InboundKind, Request, SessionState, Wire
from console.protocol.sessions import Language, Session, User

# ---------------------------------------------------------------- lead views


class RosterSession(Wire):
    id: str
    channel: Channel
    state: SessionState
    since: datetime


class RosterEntry(User):
    sessions: list[RosterSession] = Field(default_factory=list)
    presence_since: datetime | None = None


class QueueEntry(Session):
    waited_s: float


class QueueUpdated(Wire):
    queue: list[QueueEntry]


# ---------------------------------------------------------------- audit log (leads)

AUDIT_LIMIT_MAX = 500
AuditDetailValue = str | int | bool | None


class AuditEntry(Wire):
    """One line of the append-only audit log: who did what, when, to which ids.

    ``action`` is dotted (``auth.login``, ``auth.login_failed``, ``auth.logout``,
    ``auth.refresh_reused``, ``session.reassign``, ``session.look_in``,
    ``case.look_in``, ``report.made``, ``sms.*``); ``detail`` holds ids, states and
    kinds only, never a message or note body, a name or a phone number.
    """

    id: int
    at: datetime
    actor_id: str | None = None
    action: str
    subject_type: str | None = None
    subject_id: str | None = None
    detail: dict[str, AuditDetailValue] = Field(default_factory=dict)


# ---------------------------------------------------------------- inbound gateways


class InboundEvent(Request):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    event: InboundKind
    channel: Channel
    from_: Annotated[str, Field(alias="from", min_length=1, max_length=128)]
    body: Annotated[str, Field(max_length=CHAT_BODY_MAX)] | None = None
    language: Language | None = None
    relay: bool | None = None


class InboundResult(Wire):
    """What the backend did with an inbound event.

    ``replies`` are the automatic texts the gateway must deliver to the contact
    (keyword confirmations); ``session_id`` is the session the event landed in.
    """

    action: Literal[
        "queued", "appended", "ended", "opted_out", "opted_in", "help", "blocked", "ignored"
    ]
    session_id: str | None = None
    replies: list[str] = Field(default_factory=list)
