"""Per-entity columns, and conversions between wire records, mutation fields and rows.

A mutation always carries the record's whole content (every field a client may
set), so a queued edit is self-contained: it can be resent, rebased on a newer
version or compared with the server's record ("is this conflict only our own
edit coming back?") without any other state.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import TypeAdapter, ValidationError

from console.protocol import (
    AnyRecord,
    CaseRecord,
    ChecklistRunRecord,
    Entity,
    ErrorDetail,
    NoteRecord,
    RecordBase,
)

_RECORD: TypeAdapter[AnyRecord] = TypeAdapter(AnyRecord)

# Local sync-state columns read along with the content.
SYNC_COLUMNS = (
    "server_version",
    "updated_at",
    "updated_by",
    "deleted",
    "dirty",
    "local_rev",
    "pending_seq",
    "conflict",
    "sync_error",
    "server_record",
)


@dataclass(frozen=True)
class Spec:
    entity: Entity
    table: str
    content: tuple[str, ...]  # the fields a mutation sets, in column order
    json_columns: frozenset[str]
    model: type[RecordBase]
    extra: tuple[str, ...] = ()  # server-owned columns kept locally (a note's author)

    @property
    def columns(self) -> tuple[str, ...]:
        return ("id", *self.content, *self.extra, *SYNC_COLUMNS)


CASE = Spec(
    Entity.CASE,
    "cases",
    ("title", "status", "tags", "indicators", "safe_contact"),
    frozenset({"tags", "indicators", "safe_contact"}),
    CaseRecord,
)
NOTE = Spec(
    Entity.NOTE,
    "notes",
    ("case_id", "session_id", "body", "kind"),
    frozenset(),
    NoteRecord,
    extra=("author_id",),
)
RUN = Spec(
    Entity.CHECKLIST_RUN,
    "checklist_runs",
    ("case_id", "session_id", "template_id", "template_version", "items"),
    frozenset({"items"}),
    ChecklistRunRecord,
)
SPECS: dict[Entity, Spec] = {s.entity: s for s in (CASE, NOTE, RUN)}


def spec_for(entity: Entity | str) -> Spec:
    return SPECS[Entity(entity)]


class RecordSync(StrEnum):
    """Where a cached record stands with the server (what the notes panel shows)."""

    SYNCED = "synced"
    PENDING = "pending"  # a local edit waits for the server
    CONFLICT = "conflict"  # the server has another version: both kept, the user decides
    REJECTED = "rejected"  # the server refused the edit: kept locally with the error


@dataclass(frozen=True)
class Cached:
    """A record from the cache with its sync state."""

    record: AnyRecord
    sync: RecordSync
    error: ErrorDetail | None = None

    @property
    def id(self) -> str:
        return self.record.id

    def __repr__(self) -> str:  # the record holds note text: never in a log
        return (
            f"Cached({self.record.entity}, {self.record.id!r}, v{self.record.version},"
            f" {self.sync.value})"
        )


def canonical(spec: Spec, fields: Mapping[str, Any], when: datetime) -> dict[str, Any]:
    """The content fields, validated and normalised as the wire model has them.

    Raises ValueError (a caller's bug) on values the contract does not allow.
    """
    try:
        model = spec.model.model_validate(
            {**fields, "id": "local", "version": 0, "updated_at": when}
        )
    except ValidationError as error:
        bad = [".".join(str(p) for p in e["loc"]) for e in error.errors(include_input=False)]
        raise ValueError(f"invalid {spec.entity.value} fields: {bad}") from None
    return content_of(spec, model)


def content_of(spec: Spec, record: RecordBase) -> dict[str, Any]:
    dumped = record.model_dump(mode="json")
    return {name: dumped[name] for name in spec.content}


def same_content(spec: Spec, record: RecordBase, deleted: bool, fields: Mapping[str, Any]) -> bool:
    """True when ``record`` is what an edit of ``fields`` (or a delete) would leave."""
    if deleted or record.deleted:
        return deleted and record.deleted
    return content_of(spec, record) == {name: fields.get(name) for name in spec.content}


def to_columns(spec: Spec, content: Mapping[str, Any]) -> list[Any]:
    """Column values for ``spec.content`` (JSON columns encoded)."""
    return [
        dumps(content.get(name)) if name in spec.json_columns else content.get(name)
        for name in spec.content
    ]


def from_row(spec: Spec, row: Mapping[str, Any]) -> dict[str, Any]:
    """The content fields of a row (JSON columns decoded)."""
    return {
        name: json.loads(row[name]) if name in spec.json_columns else row[name]
        for name in spec.content
    }


def record_from_row(spec: Spec, row: Mapping[str, Any]) -> AnyRecord:
    data: dict[str, Any] = from_row(spec, row)
    data.update(
        entity=spec.entity.value,
        id=row["id"],
        version=row["server_version"] or 0,
        updated_at=row["updated_at"],
        updated_by=row["updated_by"],
        deleted=bool(row["deleted"]),
    )
    for name in spec.extra:
        data[name] = row[name]
    return _RECORD.validate_python(data)


def cached_from_row(spec: Spec, row: Mapping[str, Any]) -> Cached:
    error = ErrorDetail.model_validate_json(row["sync_error"]) if row["sync_error"] else None
    if row["conflict"]:
        sync = RecordSync.CONFLICT
    elif row["pending_seq"] is not None or (row["dirty"] and error is None):
        sync = RecordSync.PENDING
    elif row["dirty"]:
        sync = RecordSync.REJECTED
    else:
        sync = RecordSync.SYNCED
    return Cached(record_from_row(spec, row), sync, error)


def parse_record(text: str) -> AnyRecord:
    return _RECORD.validate_json(text)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def record_json(record: RecordBase) -> str:
    return record.model_dump_json()
