"""The offline-synced records (cases, their safe-contact profile, notes, checklist runs), sync."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import Field

from console.protocol._base import (
    SYNC_BATCH_MAX,
    CaseStatus,
    Entity,
    ErrorDetail,
    ItemState,
    MutationOp,
    MutationStatus,
    NoteKind,
    Request,
    Wire,
)
from console.protocol.sessions import Session

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
