"""``GET /api/v1/changes`` and the case views.

A cursor is an opaque string over the global change sequence: the position
(effective seq, entity rank, id) of the last record returned.  A record's
effective seq is its change seq, or for an advocate the later of that and the
seq of their grant to its case, so a case that became visible after the cursor
comes whole, old records included.  A cursor newer than anything this database
issued (the database was replaced) starts again from the beginning.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from console.protocol import CaseDetail, CaseRecord, ChangesResponse, Entity, Session
from console.server.db import Tx
from console.server.errors import invalid, not_found
from console.server.records import ACCESS_SQL, CHANGE_SEQ, can_read_case, get_record, record_model
from console.server.sessions import SELECT_SESSION, session_model
from console.server.users import UserRow

_RANK = "(CASE r.entity WHEN 'case' THEN 0 WHEN 'note' THEN 1 ELSE 2 END)"
_END_RANK = 9
Position = tuple[int, int, str]
START: Position = (0, 0, "")


def encode_cursor(position: Position) -> str:
    text = f"v1:{position[0]}:{position[1]}:{position[2]}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> Position:
    if not cursor:
        return START
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        version, seq, rank, record_id = base64.urlsafe_b64decode(padded).decode().split(":", 3)
        if version != "v1":
            raise ValueError(version)
        return int(seq), int(rank), record_id
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise invalid({"since": "not a cursor from this server"}) from None


def current_seq(tx: Tx) -> int:
    return int(tx.scalar("SELECT value FROM counters WHERE name = ?", (CHANGE_SEQ,)) or 0)


def changes(tx: Tx, user: UserRow, since: str | None, limit: int) -> ChangesResponse:
    position = decode_cursor(since)
    newest = current_seq(tx)
    if position[0] > newest:
        position = START
    params: list[Any]
    if user.is_lead:
        sql = (
            f"SELECT r.*, r.change_seq AS eff, {_RANK} AS rk FROM records r"  # noqa: S608 (constants)
            f" WHERE (r.change_seq, {_RANK}, r.id) > (?, ?, ?)"
            " ORDER BY eff, rk, r.id LIMIT ?"
        )
        params = [*position, limit + 1]
    else:
        eff = "MAX(r.change_seq, COALESCE(g.seq, 0))"
        access = ACCESS_SQL.format(case="r.case_id", user="?")
        sql = (
            f"SELECT r.*, {eff} AS eff, {_RANK} AS rk FROM records r"  # noqa: S608 (constants)
            " LEFT JOIN grants g ON g.case_id = r.case_id AND g.user_id = ?"
            f" WHERE {access} AND ({eff}, {_RANK}, r.id) > (?, ?, ?)"
            " ORDER BY eff, rk, r.id LIMIT ?"
        )
        params = [user.id, user.id, *position, limit + 1]
    rows = tx.all(sql, params)
    more = len(rows) > limit
    rows = rows[:limit]
    if more:
        last = rows[-1]
        cursor: Position = (last["eff"], last["rk"], last["id"])
    else:
        cursor = max((newest, _END_RANK, ""), position)
    return ChangesResponse(
        changes=[record_model(r) for r in rows], cursor=encode_cursor(cursor), more=more
    )


def list_cases(tx: Tx, user: UserRow, q: str | None, status: str | None) -> list[CaseRecord]:
    where = ["r.entity = 'case'", "r.deleted = 0"]
    params: list[Any] = []
    if not user.is_lead:
        where.append(ACCESS_SQL.format(case="r.case_id", user="?"))
        params.append(user.id)
    if status:
        where.append("json_extract(r.data, '$.status') = ?")
        params.append(status)
    if q:
        where.append(
            "(json_extract(r.data, '$.title') LIKE ? ESCAPE '\\'"
            " OR json_extract(r.data, '$.tags') LIKE ? ESCAPE '\\')"
        )
        pattern = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [pattern, pattern]
    # Only constant fragments are joined; values are parameters.
    sql = f"SELECT r.* FROM records r WHERE {' AND '.join(where)}"  # noqa: S608 (constant fragments)
    rows = tx.all(sql + " ORDER BY r.updated_at DESC LIMIT 500", params)
    return [CaseRecord.model_validate(record_model(r).model_dump()) for r in rows]


def case_detail(tx: Tx, user: UserRow, case_id: str) -> CaseDetail:
    row = get_record(tx, Entity.CASE, case_id)
    if row is None or not can_read_case(tx, user, case_id):
        raise not_found("case")
    sessions: list[Session] = [
        session_model(r)
        for r in tx.all(f"{SELECT_SESSION} WHERE s.case_id = ? ORDER BY s.queued_at", (case_id,))
    ]
    parts = {
        entity: [
            record_model(r).model_dump()
            for r in tx.all(
                "SELECT * FROM records WHERE case_id = ? AND entity = ? AND deleted = 0"
                " ORDER BY updated_at",
                (case_id, entity.value),
            )
        ]
        for entity in (Entity.NOTE, Entity.CHECKLIST_RUN)
    }
    return CaseDetail.model_validate(
        {
            **record_model(row).model_dump(),
            "sessions": [s.model_dump() for s in sessions],
            "notes": parts[Entity.NOTE],
            "runs": parts[Entity.CHECKLIST_RUN],
        }
    )
