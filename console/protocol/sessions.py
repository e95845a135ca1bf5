"""Users and tokens, sessions with their messages and call control, and live events."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from console.protocol._base import (
    CHAT_BODY_MAX,
    Author,
    CallAction,
    Channel,
    Delivery,
    Disposition,
    Entity,
    Presence,
    Request,
    Role,
    SessionState,
    SettablePresence,
    Wire,
)

# ---------------------------------------------------------------- auth and presence


Username = Annotated[str, Field(min_length=1, max_length=64)]
BCP47 = r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
Language = Annotated[str, Field(min_length=2, max_length=35, pattern=BCP47)]


class LoginRequest(Request):
    username: Username
    password: Annotated[str, Field(min_length=1, max_length=1024)]


class RefreshRequest(Request):
    refresh_token: Annotated[str, Field(min_length=1, max_length=512)]


class MaxSessions(Wire):
    call: int = 1
    chat: int = 3
    text: int = 3

    def for_channel(self, channel: Channel) -> int:
        return int(getattr(self, channel.value))


class User(Wire):
    id: str
    username: str
    display_name: str
    role: Role
    languages: list[str]
    max_sessions: MaxSessions
    presence: Presence


class TokenPair(Wire):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str = "bearer"  # noqa: S105 (the OAuth token type name, not a secret)
    user: User


class PresenceRequest(Request):
    status: SettablePresence


# ---------------------------------------------------------------- sessions


class InterpreterInfo(Wire):
    language: str
    joined_at: datetime
    interpreter_id: str | None = None


class InterpreterLogEntry(Wire):
    """One interpreter's time on a call, kept with the session for billing and QA."""

    language: str
    interpreter_id: str | None = None
    joined_at: datetime
    left_at: datetime | None = None
    minutes: float = 0.0


class ContactInfo(Wire):
    label: str
    relay: bool = False
    interpreter: InterpreterInfo | None = None
    opted_out: bool = False  # a text contact that sent STOP: nothing may be sent


class CallControl(Wire):
    on_hold: bool = False
    muted: bool = False
    hold_since: datetime | None = None
    held_seconds: float = 0.0


class Session(Wire):
    id: str
    channel: Channel
    state: SessionState
    language: str
    advocate_id: str | None = None
    case_id: str | None = None
    contact: ContactInfo
    queued_at: datetime
    offered_at: datetime | None = None
    accepted_at: datetime | None = None
    ended_at: datetime | None = None
    disposition: Disposition | None = None
    wrap_up_until: datetime | None = None
    # Implementer's additions (documented in the OpenAPI):
    offer_expires_at: datetime | None = None
    interpreter_needed: bool = False
    call: CallControl | None = None
    interpreter_log: list[InterpreterLogEntry] = Field(default_factory=list)
    contact_left: bool = False
    updated_at: datetime | None = None


class Message(Wire):
    id: str
    client_msg_id: str | None = None
    session_id: str
    author: Author
    advocate_id: str | None = None
    body: str
    created_at: datetime
    delivery: Delivery


class SessionDetail(Session):
    messages: list[Message] = Field(default_factory=list)


ClientMsgId = Annotated[str, Field(min_length=1, max_length=64)]


class MessageCreate(Request):
    client_msg_id: ClientMsgId
    body: Annotated[str, Field(min_length=1, max_length=CHAT_BODY_MAX)]


class CallControlRequest(Request):
    action: CallAction
    language: Language | None = None
    interpreter_id: Annotated[str, Field(min_length=1, max_length=64)] | None = None


class EndRequest(Request):
    disposition: Disposition


class ReassignRequest(Request):
    advocate_id: Annotated[str, Field(min_length=1, max_length=64)]
    reason: Annotated[str, Field(min_length=1, max_length=500)]


# ---------------------------------------------------------------- events


class SessionReassigned(Wire):
    session: Session
    from_advocate_id: str | None
    to_advocate_id: str
    by: str
    by_name: str
    reason: str


class SessionRemoved(Wire):
    session_id: str
    reason: Literal["reassigned", "closed", "taken", "expired", "declined", "withdrawn", "access"]
    by: str | None = None
    by_name: str | None = None
    note: str | None = None


class RecordChanged(Wire):
    entity: Entity
    id: str
    version: int


class Resync(Wire):
    reason: str = "history_gone"
