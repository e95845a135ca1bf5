"""Wire models of the hotline backend API, version 1 (``shared/API.md``).

One declaration serves both sides: the reference backend validates requests and
generates its OpenAPI from these classes, and the console parses responses and
events with them.  Field names, enum values and limits here are the contract.

Requests forbid unknown fields (a typo is a 422, not a silently ignored key);
responses ignore them, so an older console keeps working against a newer server.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

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


# ---------------------------------------------------------------- safe-contact profile


class SafetyAnswer(StrEnum):
    """What the person said about one way of reaching them."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Weekday(StrEnum):
    """Days as iCal names them (as HSDS schedules do)."""

    MO = "MO"
    TU = "TU"
    WE = "WE"
    TH = "TH"
    FR = "FR"
    SA = "SA"
    SU = "SU"


ClockTime = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
TimeZoneName = Annotated[
    str,
    Field(min_length=1, max_length=64, pattern=r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$"),
]
SAFE_NOTE_MAX = 500
CODE_WORD_MAX = 100


class SafeTimeRange(Wire):
    """A time of day when contact is safe; ``end`` at or before ``start`` runs past midnight.

    ``days`` empty: every day.  Times are in the profile's ``timezone``.
    """

    days: Annotated[list[Weekday], Field(max_length=7)] = Field(default_factory=list)
    start: ClockTime
    end: ClockTime


class SafeContactProfile(Wire):
    """How the person may (not) be reached, kept on their case (``case.safe_contact``).

    Code words are for advocates' eyes only: never sent to a contact, never logged
    (they are left out of ``repr``).
    """

    safe_to_call: SafetyAnswer = SafetyAnswer.UNKNOWN
    safe_to_text: SafetyAnswer = SafetyAnswer.UNKNOWN
    may_leave_voicemail: SafetyAnswer = SafetyAnswer.UNKNOWN
    shared_device_risk: SafetyAnswer = SafetyAnswer.UNKNOWN
    safe_times: Annotated[list[SafeTimeRange], Field(max_length=14)] = Field(default_factory=list)
    safe_times_note: Annotated[str, Field(max_length=SAFE_NOTE_MAX)] | None = None
    timezone: TimeZoneName | None = None
    code_word_safe: Annotated[str, Field(max_length=CODE_WORD_MAX)] | None = Field(
        default=None, repr=False
    )
    code_word_unsafe: Annotated[str, Field(max_length=CODE_WORD_MAX)] | None = Field(
        default=None, repr=False
    )


# ---------------------------------------------------------------- records


class RecordBase(Wire):
    id: str
    version: int
    updated_at: datetime
    updated_by: str | None = None
    deleted: bool = False


class CaseRecord(RecordBase):
    entity: Literal["case"] = "case"
    title: str = ""
    status: CaseStatus = CaseStatus.OPEN
    tags: list[str] = Field(default_factory=list)
    indicators: list[str] = Field(default_factory=list)
    safe_contact: SafeContactProfile | None = None


class NoteRecord(RecordBase):
    entity: Literal["note"] = "note"
    case_id: str
    session_id: str | None = None
    author_id: str | None = None
    body: str = ""
    kind: NoteKind = NoteKind.NOTE


class ChecklistItem(Wire):
    state: ItemState = ItemState.TODO
    comment: str | None = None


class ChecklistRunRecord(RecordBase):
    entity: Literal["checklist_run"] = "checklist_run"
    case_id: str
    session_id: str | None = None
    template_id: str
    template_version: int
    items: dict[str, ChecklistItem] = Field(default_factory=dict)


AnyRecord = Annotated[CaseRecord | NoteRecord | ChecklistRunRecord, Field(discriminator="entity")]


RecordId = Annotated[str, Field(min_length=1, max_length=64)]


class Mutation(Request):
    seq: Annotated[int, Field(ge=1)]
    entity: Entity
    op: MutationOp
    id: RecordId
    base_version: Annotated[int, Field(ge=0)] | None = None
    fields: dict[str, Any] = Field(default_factory=dict)


class SyncRequest(Request):
    client_id: Annotated[str, Field(min_length=1, max_length=64)]
    mutations: Annotated[list[Mutation], Field(max_length=SYNC_BATCH_MAX)]


class MutationResult(Wire):
    seq: int
    status: MutationStatus
    version: int | None = None
    record: AnyRecord | None = None
    error: ErrorDetail | None = None


class SyncResponse(Wire):
    last_seq: int
    results: list[MutationResult]


class ChangesResponse(Wire):
    changes: list[AnyRecord]
    cursor: str
    more: bool


class CaseDetail(CaseRecord):
    sessions: list[Session] = Field(default_factory=list)
    notes: list[NoteRecord] = Field(default_factory=list)
    runs: list[ChecklistRunRecord] = Field(default_factory=list)


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


# ---------------------------------------------------------------- reference data: checklists

#: A text in each language the hotline serves: BCP 47 tag -> text (English always present).
LocalText = dict[str, str]
ChecklistId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[a-z0-9][a-z0-9_]*$")]


class ChecklistKind(StrEnum):
    SAFETY_PLAN = "safety_plan"
    INDICATORS = "indicators"
    PROTOCOL = "protocol"


class ChecklistSection(Wire):
    id: ChecklistId
    title: LocalText


class ChecklistTemplateItem(Wire):
    """One item of a template.  ``help`` is for the advocate (why it matters);
    ``tags`` classify indicators (force, fraud, coercion, sex, labor, ...).
    An item removed from the checklist stays in the template with ``retired_in``
    (the version that retired it), so older runs still show its text."""

    id: ChecklistId
    section: ChecklistId
    text: LocalText
    help: LocalText = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list)
    retired_in: Annotated[int, Field(ge=1)] | None = None


class ChecklistRule(Wire):
    """A rule the template states and the domain applies: when any of ``when_any``
    is marked done, ``effect`` holds and ``text`` tells the advocate why."""

    id: ChecklistId
    when_any: list[ChecklistId]
    effect: str
    text: LocalText


class ChecklistTemplate(Wire):
    id: ChecklistId
    version: Annotated[int, Field(ge=1)]
    kind: ChecklistKind
    stage: str | None = None
    languages: list[str]
    title: LocalText
    description: LocalText = Field(default_factory=dict)
    #: How each item state reads in this template (an indicator "done" is "present").
    state_labels: dict[ItemState, LocalText] = Field(default_factory=dict)
    #: Items are offered as the person's own choices ("Would you like to ...").
    choice_wording: bool = False
    sections: list[ChecklistSection]
    items: list[ChecklistTemplateItem]
    rules: list[ChecklistRule] = Field(default_factory=list)


# ---------------------------------------------------------------- reference data: referrals

REFERRALS_LIMIT_MAX = 500


class ReferralOrganization(Wire):
    id: str
    name: str
    description: str | None = None
    website: str | None = None
    email: str | None = None


class ReferralLanguage(Wire):
    code: str | None = None  # ISO 639-1 or 639-3, as HSDS language.code
    name: str | None = None
    note: str | None = None


class ReferralPhone(Wire):
    number: str
    extension: str | None = None
    type: str | None = None  # RFC 6350: voice, text (SMS), textphone (TTY), video, fax, ...
    description: str | None = None
    languages: list[str] = Field(default_factory=list)


class ReferralAccessibility(Wire):
    description: str | None = None
    details: str | None = None
    url: str | None = None


class ReferralHours(Wire):
    """One HSDS schedule: its description, and the iCal parts when given."""

    description: str | None = None
    opens_at: str | None = None
    closes_at: str | None = None
    byday: str | None = None
    freq: str | None = None
    timezone: float | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    notes: str | None = None


class ReferralAddress(Wire):
    address_1: str | None = None
    address_2: str | None = None
    city: str | None = None
    region: str | None = None
    state_province: str | None = None
    postal_code: str | None = None
    country: str | None = None
    address_type: str | None = None  # physical | postal | virtual


class ReferralLocation(Wire):
    id: str
    name: str | None = None
    location_type: str | None = None  # physical | postal | virtual
    description: str | None = None
    transportation: str | None = None
    url: str | None = None
    addresses: list[ReferralAddress] = Field(default_factory=list)
    accessibility: list[ReferralAccessibility] = Field(default_factory=list)


class ReferralService(Wire):
    """An HSDS service with what an advocate needs to refer someone to it."""

    id: str
    name: str
    alternate_name: str | None = None
    description: str | None = None
    status: str = "active"
    url: str | None = None
    email: str | None = None
    organization: ReferralOrganization | None = None
    service_types: list[str] = Field(default_factory=list)  # taxonomy term names
    phones: list[ReferralPhone] = Field(default_factory=list)
    languages: list[ReferralLanguage] = Field(default_factory=list)
    accessibility: list[ReferralAccessibility] = Field(default_factory=list)
    regions: list[str] = Field(default_factory=list)  # service area names
    nationwide: bool = False
    locations: list[ReferralLocation] = Field(default_factory=list)
    hours: list[ReferralHours] = Field(default_factory=list)
    interpretation_services: str | None = None
    eligibility_description: str | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None
    fees_description: str | None = None
    application_process: str | None = None
    alert: str | None = None
    updated_at: datetime | None = None
