"""Building the server's answers for store tests (wire models, as the backend sends them)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from console.protocol import (
    AnyRecord,
    ChangesResponse,
    ErrorDetail,
    MutationResult,
    MutationStatus,
    NoteRecord,
    SyncResponse,
)
from console.store import Batch

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def note_record(
    note_id: str, case_id: str, body: str, version: int, *, deleted: bool = False, **extra: Any
) -> NoteRecord:
    return NoteRecord(
        id=note_id,
        case_id=case_id,
        body=body,
        version=version,
        updated_at=NOW,
        updated_by="someone",
        deleted=deleted,
        author_id=extra.pop("author_id", "author-1"),
        **extra,
    )


def applied(batch: Batch, case_id: str, versions: dict[str, int] | None = None) -> SyncResponse:
    """Every (note) mutation applied, as the server would echo it (version = base + 1)."""
    results = []
    for q in batch.items:
        m = q.mutation
        version = (versions or {}).get(m.id, (m.base_version or 0) + 1)
        fields = {"case_id": case_id, **m.fields}
        record = NoteRecord(
            id=m.id,
            version=version,
            updated_at=NOW,
            updated_by="me",
            deleted=m.op.value == "delete",
            author_id="me",
            **{k: v for k, v in fields.items() if k in {"case_id", "session_id", "body", "kind"}},
        )
        results.append(
            MutationResult(seq=m.seq, status=MutationStatus.APPLIED, version=version, record=record)
        )
    return SyncResponse(last_seq=batch.last_seq, results=results)


def answer(seq: int, status: MutationStatus, **kw: Any) -> MutationResult:
    return MutationResult(seq=seq, status=status, **kw)


def rejected(seq: int, code: str) -> MutationResult:
    return MutationResult(
        seq=seq, status=MutationStatus.REJECTED, error=ErrorDetail(code=code, message=code)
    )


def page(*records: AnyRecord, cursor: str = "c1", more: bool = False) -> ChangesResponse:
    return ChangesResponse(changes=list(records), cursor=cursor, more=more)
