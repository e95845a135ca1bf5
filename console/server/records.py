"""Cases, notes and checklist runs: one ``records`` table, one change sequence.

Every write raises the record's ``version``, stamps it with the next value of the
global ``change`` sequence (what ``/changes`` cursors count) and sends
``record.changed`` to everyone who can see the case.

Case access: a lead sees every case; an advocate sees a case only while some
session of it has them as ``advocate_id`` in state active, wrap_up or closed, so
access follows the session when a lead reassigns it.  When an advocate gains a
case, a *grant* row stamped from the same change sequence makes their next pull
bring the whole case, however old its records are.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

from pydantic import TypeAdapter

from console.protocol import (
    AnyRecord,
    CaseRecord,
    Entity,
    EventName,
    RecordChanged,
)
from console.server.db import Tx
from console.server.users import UserRow, lead_ids

CHANGE_SEQ = "change"
_ADAPTER: TypeAdapter[AnyRecord] = TypeAdapter(AnyRecord)

ACCESS_SQL = (
    "EXISTS (SELECT 1 FROM sessions x WHERE x.case_id = {case} AND x.advocate_id = {user}"
    " AND x.state IN ('active', 'wrap_up', 'closed'))"
)


def record_model(row: sqlite3.Row) -> AnyRecord:
    data: dict[str, Any] = json.loads(row["data"])
    data.update(
        entity=row["entity"],
        id=row["id"],
        version=row["version"],
        updated_at=row["updated_at"],
        updated_by=row["updated_by"],
        deleted=bool(row["deleted"]),
    )
    if row["entity"] != Entity.CASE.value:
        data["case_id"] = row["case_id"]
    return _ADAPTER.validate_python(data)


def get_record(tx: Tx, entity: Entity, record_id: str) -> sqlite3.Row | None:
    return tx.one("SELECT * FROM records WHERE entity = ? AND id = ?", (entity.value, record_id))


def can_read_case(tx: Tx, user: UserRow, case_id: str) -> bool:
    if user.is_lead:
        return True
    sql = "SELECT " + ACCESS_SQL.format(case="?", user="?")
    return bool(tx.scalar(sql, (case_id, user.id)))


def worked_on_case(tx: Tx, user: UserRow, case_id: str) -> bool:
    """The user held a session of this case once (a grant), even if it moved on since.

    Such an advocate may still add notes and checklist runs to the case (what they
    wrote offline, or what their tab kept when a lead moved the session away) but
    no longer reads it.
    """
    return bool(
        tx.scalar(
            "SELECT EXISTS (SELECT 1 FROM grants WHERE case_id = ? AND user_id = ?)",
            (case_id, user.id),
        )
    )


def case_readers(tx: Tx, case_id: str) -> list[str]:
    advocates = tx.all(
        "SELECT DISTINCT advocate_id FROM sessions WHERE case_id = ? AND advocate_id IS NOT NULL"
        " AND state IN ('active', 'wrap_up', 'closed')",
        (case_id,),
    )
    return [*lead_ids(tx), *(r[0] for r in advocates)]


def grant(tx: Tx, user_id: str, case_id: str | None) -> None:
    """The user can now read this case: their next pull brings all of it."""
    if case_id is None:
        return
    seq = tx.next_seq(CHANGE_SEQ)
    tx.execute(
        "INSERT INTO grants(user_id, case_id, seq) VALUES (?, ?, ?)"
        " ON CONFLICT(user_id, case_id) DO UPDATE SET seq = excluded.seq",
        (user_id, case_id, seq),
    )


def write_record(
    tx: Tx,
    entity: Entity,
    record_id: str,
    case_id: str,
    data: dict[str, Any],
    *,
    updated_by: str | None,
    deleted: bool = False,
) -> sqlite3.Row:
    """Insert or update a record, raising its version; announces ``record.changed``."""
    seq = tx.next_seq(CHANGE_SEQ)
    row = tx.one(
        "INSERT INTO records(entity, id, case_id, version, updated_at, updated_by, deleted,"
        " change_seq, data) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)"
        " ON CONFLICT(entity, id) DO UPDATE SET version = version + 1,"
        " updated_at = excluded.updated_at, updated_by = excluded.updated_by,"
        " deleted = excluded.deleted, change_seq = excluded.change_seq, data = excluded.data"
        " RETURNING *",
        (
            entity.value,
            record_id,
            case_id,
            tx.now_text,
            updated_by,
            int(deleted),
            seq,
            json.dumps(data, separators=(",", ":")),
        ),
    )
    assert row is not None
    tx.emit(
        case_readers(tx, case_id),
        EventName.RECORD_CHANGED,
        RecordChanged(entity=entity, id=record_id, version=row["version"]),
    )
    return row


def open_case(tx: Tx, title: str) -> str:
    """A new case for a new session (version 1, opened by the server)."""
    case_id = str(uuid.uuid4())
    data = CaseRecord(id=case_id, version=1, updated_at=tx.now, title=title).model_dump(
        mode="json", include={"title", "status", "tags", "indicators"}
    )
    write_record(tx, Entity.CASE, case_id, case_id, data, updated_by=None)
    return case_id
