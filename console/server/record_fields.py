"""What a sync mutation may set on each kind of record (strict: unknown keys are refused).

Server-owned keys (``id``, ``entity``, ``version``, ``updated_at``,
``updated_by``, ``deleted``, ``author_id``) are ignored if a client sends them.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from console.protocol import (
    NOTE_BODY_MAX,
    CaseStatus,
    Entity,
    ItemState,
    NoteKind,
    SafeContactProfile,
)
from console.server.errors import ApiError, validation_fields

SERVER_OWNED = frozenset(
    {"id", "entity", "version", "updated_at", "updated_by", "deleted", "author_id"}
)

Short = Annotated[str, Field(min_length=1, max_length=64)]
Tag = Annotated[str, Field(min_length=1, max_length=100)]


class _Fields(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CaseFields(_Fields):
    title: Annotated[str, Field(max_length=200)] = ""
    status: CaseStatus = CaseStatus.OPEN
    tags: Annotated[list[Tag], Field(max_length=50)] = Field(default_factory=list)
    indicators: Annotated[list[Tag], Field(max_length=200)] = Field(default_factory=list)
    # Unknown keys inside it are refused too (``validated`` forbids extras throughout).
    safe_contact: SafeContactProfile | None = None


class NoteFields(_Fields):
    case_id: Short
    session_id: Short | None = None
    body: Annotated[str, Field(max_length=NOTE_BODY_MAX)] = ""
    kind: NoteKind = NoteKind.NOTE


class ItemFields(_Fields):
    state: ItemState = ItemState.TODO
    comment: Annotated[str, Field(max_length=4000)] | None = None


class RunFields(_Fields):
    case_id: Short
    session_id: Short | None = None
    template_id: Short
    template_version: Annotated[int, Field(ge=1, le=1_000_000)]
    items: Annotated[dict[Short, ItemFields], Field(max_length=1000)] = Field(default_factory=dict)


_MODELS: dict[Entity, type[_Fields]] = {
    Entity.CASE: CaseFields,
    Entity.NOTE: NoteFields,
    Entity.CHECKLIST_RUN: RunFields,
}


def validated(
    entity: Entity, existing: dict[str, Any] | None, fields: dict[str, Any]
) -> dict[str, Any]:
    """The record's data after applying ``fields`` over ``existing`` (None: a new record).

    Raises ApiError ``invalid`` naming the bad fields.
    """
    merged = {k: v for k, v in {**(existing or {}), **fields}.items() if k not in SERVER_OWNED}
    try:
        model = _MODELS[entity].model_validate(merged, extra="forbid")
    except ValidationError as exc:
        raise ApiError(
            422,
            "invalid",
            "The mutation has invalid fields.",
            fields=validation_fields(exc.errors()),
        ) from None
    return model.model_dump(mode="json")
