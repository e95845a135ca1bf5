"""Constants of the contract, the two base models, the enums and the error body."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

API_PREFIX = "/api/v1"

# Limits from API.md "Conventions".
MAX_REQUEST_BYTES = 1024 * 1024
CHAT_BODY_MAX = 4000
TEXT_BODY_MAX = 1600
NOTE_BODY_MAX = 100_000
SYNC_BATCH_MAX = 500
CHANGES_LIMIT_MAX = 1000
OFFER_TIMEOUT_S = 30
HEARTBEAT_S = 15


class Request(BaseModel):
    """Base of request bodies: unknown fields are an error."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Wire(BaseModel):
    """Base of response bodies and events: unknown fields are ignored."""

    model_config = ConfigDict(extra="ignore")


# ---------------------------------------------------------------- enums


class Channel(StrEnum):
    CALL = "call"
    CHAT = "chat"
    TEXT = "text"


class Role(StrEnum):
    ADVOCATE = "advocate"
    LEAD = "lead"


class Presence(StrEnum):
    AVAILABLE = "available"
    AWAY = "away"
    BREAK = "break"
    OFFLINE = "offline"
    BUSY = "busy"  # set by the server: at capacity
    WRAP_UP = "wrap_up"  # set by the server: finishing a session


class SettablePresence(StrEnum):
    """The presence values an advocate may choose; the server sets the others."""

    AVAILABLE = "available"
    AWAY = "away"
    BREAK = "break"
    OFFLINE = "offline"


class SessionState(StrEnum):
    QUEUED = "queued"
    OFFERED = "offered"
    ACTIVE = "active"
    WRAP_UP = "wrap_up"
    CLOSED = "closed"


class Disposition(StrEnum):
    """The hotline's contact categories (DOMAIN.md section 0)."""

    CRISIS = "crisis"
    TIP = "tip"
    REFERRAL = "referral"
    TRAINING_TECHNICAL_ASSISTANCE = "training_technical_assistance"
    GENERAL_INFORMATION = "general_information"
    HIGH_RISK = "high_risk"
    OTHER = "other"


class Author(StrEnum):
    CONTACT = "contact"
    ADVOCATE = "advocate"
    SYSTEM = "system"


class Delivery(StrEnum):
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"


class CallAction(StrEnum):
    HOLD = "hold"
    RESUME = "resume"
    MUTE = "mute"
    UNMUTE = "unmute"
    ADD_INTERPRETER = "add_interpreter"
    DROP_INTERPRETER = "drop_interpreter"


class EventName(StrEnum):
    SESSION_OFFERED = "session.offered"
    SESSION_UPDATED = "session.updated"
    SESSION_REASSIGNED = "session.reassigned"
    SESSION_REMOVED = "session.removed"
    MESSAGE_CREATED = "message.created"
    MESSAGE_UPDATED = "message.updated"
    PRESENCE_UPDATED = "presence.updated"
    QUEUE_UPDATED = "queue.updated"
    RECORD_CHANGED = "record.changed"
    RESYNC = "resync"


class Entity(StrEnum):
    CASE = "case"
    NOTE = "note"
    CHECKLIST_RUN = "checklist_run"


class MutationOp(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class MutationStatus(StrEnum):
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    CONFLICT = "conflict"
    REJECTED = "rejected"


class NoteKind(StrEnum):
    NOTE = "note"
    REPORT = "report"
    REFERRAL = "referral"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ItemState(StrEnum):
    TODO = "todo"
    DONE = "done"
    DECLINED = "declined"
    NOT_APPLICABLE = "not_applicable"


class InboundKind(StrEnum):
    START = "start"
    MESSAGE = "message"
    END = "end"


# ---------------------------------------------------------------- errors


class ErrorDetail(Wire):
    code: str
    message: str
    fields: dict[str, str] | None = None


class ErrorBody(Wire):
    error: ErrorDetail
