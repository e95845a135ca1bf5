"""``POST /api/v1/sync``: apply a client's queued mutations exactly once, in order.

Mutations run a few at a time (:func:`apply_group`), each group in one short
transaction that also records "last seq seen from this client" (per user and
``client_id``), so a retried batch gives ``duplicate`` for everything already
applied.  (One transaction per mutation cost a commit, a wake of the event
streams and an SSE write each: 500 of them per batch slowed every other request.)
A seq that skips a number is ``rejected`` (``out_of_order``) with everything
after it in the batch, and not counted as seen.  A mutation the user may not
make, or with invalid fields, is ``rejected`` but still counted as seen, so a
client's queue never stalls.  A ``base_version`` that is not the server's
version (null on an existing id included) is a ``conflict`` carrying the
server's record; nothing is overwritten.

A note of kind ``report`` that is created (or becomes one) also writes an audit
entry (``reports.py``).

Permissions: leads may do anything to any record.  An advocate may write notes
and checklist runs in cases they can read (see :mod:`console.server.records`),
edit and delete only their own notes, and edit (not create or delete) cases.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from console.protocol import (
    Entity,
    ErrorDetail,
    Mutation,
    MutationOp,
    MutationResult,
    MutationStatus,
)
from console.server.db import Tx
from console.server.errors import ApiError
from console.server.record_fields import validated
from console.server.records import (
    can_read_case,
    get_record,
    record_model,
    worked_on_case,
    write_record,
)
from console.server.reports import note_written
from console.server.users import UserRow


def last_seen(tx: Tx, user: UserRow, client_id: str) -> int:
    value = tx.scalar(
        "SELECT last_seq FROM sync_clients WHERE user_id = ? AND client_id = ?",
        (user.id, client_id),
    )
    return int(value or 0)


def _mark_seen(tx: Tx, user: UserRow, client_id: str, seq: int) -> None:
    tx.execute(
        "INSERT INTO sync_clients(user_id, client_id, last_seq) VALUES (?, ?, ?)"
        " ON CONFLICT(user_id, client_id) DO UPDATE SET last_seq = excluded.last_seq",
        (user.id, client_id, seq),
    )


def apply_group(
    tx: Tx, user: UserRow, client_id: str, group: Sequence[Mutation], results: list[MutationResult]
) -> int | None:
    """Apply ``group`` in order, appending each result to ``results``.

    Returns None, or, once a mutation is out of order, the seq the server
    expects next (that mutation and the rest of the group are ``out_of_order``).
    """
    for index, mutation in enumerate(group):
        result = apply_mutation(tx, user, client_id, mutation)
        if result is None:
            expected = last_seen(tx, user, client_id) + 1
            results.extend(out_of_order(m.seq, expected) for m in group[index:])
            return expected
        results.append(result)
    return None


def out_of_order(seq: int, expected: int) -> MutationResult:
    return MutationResult(
        seq=seq,
        status=MutationStatus.REJECTED,
        error=ErrorDetail(
            code="out_of_order",
            message=f"Expected seq {expected}; send the missing mutations first.",
        ),
    )


def apply_mutation(
    tx: Tx, user: UserRow, client_id: str, mutation: Mutation
) -> MutationResult | None:
    """The result of one mutation, or None when it is out of order."""
    last = last_seen(tx, user, client_id)
    if mutation.seq <= last:
        row = get_record(tx, mutation.entity, mutation.id)
        version = None
        if row is not None and can_read_case(tx, user, row["case_id"]):
            version = row["version"]
        return MutationResult(seq=mutation.seq, status=MutationStatus.DUPLICATE, version=version)
    if mutation.seq != last + 1:
        return None
    try:
        result = _apply(tx, user, mutation)
    except ApiError as error:
        result = MutationResult(
            seq=mutation.seq, status=MutationStatus.REJECTED, error=error.detail()
        )
    _mark_seen(tx, user, client_id, mutation.seq)
    return result


def _reject(code: str, message: str) -> ApiError:
    status = {"forbidden": 403, "not_found": 404}.get(code, 422)
    return ApiError(status, code, message)


def _conflict(mutation: Mutation, row: sqlite3.Row) -> MutationResult:
    return MutationResult(
        seq=mutation.seq,
        status=MutationStatus.CONFLICT,
        version=row["version"],
        record=record_model(row),
    )


def _applied(mutation: Mutation, row: sqlite3.Row) -> MutationResult:
    return MutationResult(
        seq=mutation.seq,
        status=MutationStatus.APPLIED,
        version=row["version"],
        record=record_model(row),
    )


def _apply(tx: Tx, user: UserRow, mutation: Mutation) -> MutationResult:
    entity = mutation.entity
    row = get_record(tx, entity, mutation.id)
    if row is not None and not can_read_case(tx, user, row["case_id"]):
        raise _reject("not_found", f"No such {entity.value}.")
    if mutation.op is MutationOp.DELETE:
        if row is None:
            raise _reject("not_found", f"No such {entity.value}.")
        if mutation.base_version != row["version"]:
            return _conflict(mutation, row)
        _check_write(user, entity, row, deleting=True)
        written = write_record(
            tx,
            entity,
            mutation.id,
            row["case_id"],
            json.loads(row["data"]),
            updated_by=user.id,
            deleted=True,
        )
        return _applied(mutation, written)
    if row is None:
        if mutation.base_version is not None:
            raise _reject("not_found", f"No {entity.value} {mutation.id} on the server to update.")
        return _create(tx, user, mutation)
    if mutation.base_version != row["version"]:
        return _conflict(mutation, row)
    _check_write(user, entity, row, deleting=False)
    existing: dict[str, Any] = json.loads(row["data"])
    if entity is not Entity.CASE:
        existing["case_id"] = row["case_id"]
    data = validated(entity, existing, mutation.fields)
    if entity is not Entity.CASE:
        if data["case_id"] != row["case_id"]:
            raise ApiError(
                422,
                "invalid",
                "A record cannot move to another case.",
                fields={"case_id": "cannot change"},
            )
        _check_session(tx, data)
        data.pop("case_id")
    if entity is Entity.NOTE:
        data["author_id"] = existing.get("author_id")
    written = write_record(tx, entity, mutation.id, row["case_id"], data, updated_by=user.id)
    if entity is Entity.NOTE:
        note_written(tx, user, written, before=existing)
    return _applied(mutation, written)


# What an advocate may still add to a case after a lead moved its session away.
_ADDED_BY_FORMER_HOLDERS = frozenset({Entity.NOTE, Entity.CHECKLIST_RUN})


def _create(tx: Tx, user: UserRow, mutation: Mutation) -> MutationResult:
    entity = mutation.entity
    if entity is Entity.CASE:
        if not user.is_lead:
            raise _reject(
                "forbidden", "Cases are opened with sessions; only a lead may open one by hand."
            )
        data = validated(entity, None, mutation.fields)
        written = write_record(tx, entity, mutation.id, mutation.id, data, updated_by=user.id)
        return _applied(mutation, written)
    named = mutation.fields.get("case_id")
    if isinstance(named, str):
        case = get_record(tx, Entity.CASE, named)
        if case is None or not (
            can_read_case(tx, user, named)
            or (entity in _ADDED_BY_FORMER_HOLDERS and worked_on_case(tx, user, named))
        ):
            raise _reject("not_found", "No such case.")
    data = validated(entity, None, mutation.fields)
    case_id = data.pop("case_id")
    case = get_record(tx, Entity.CASE, case_id)
    assert case is not None
    if case["deleted"]:
        raise ApiError(422, "invalid", "That case was deleted.", fields={"case_id": "deleted case"})
    _check_session(tx, {**data, "case_id": case_id})
    if entity is Entity.NOTE:
        data["author_id"] = user.id
    written = write_record(tx, entity, mutation.id, case_id, data, updated_by=user.id)
    if entity is Entity.NOTE:
        note_written(tx, user, written, before=None)  # a report made: audited
    return _applied(mutation, written)


def _check_write(user: UserRow, entity: Entity, row: sqlite3.Row, *, deleting: bool) -> None:
    if user.is_lead:
        return
    if entity is Entity.CASE and deleting:
        raise _reject("forbidden", "Only a lead may delete a case.")
    if entity is Entity.NOTE and json.loads(row["data"]).get("author_id") != user.id:
        raise _reject("forbidden", "Only the note's author or a lead may change it.")


def _check_session(tx: Tx, data: dict[str, Any]) -> None:
    session_id = data.get("session_id")
    if session_id is None:
        return
    found = tx.scalar("SELECT case_id FROM sessions WHERE id = ?", (session_id,))
    if found != data["case_id"]:
        raise ApiError(
            422,
            "invalid",
            "The session is not part of that case.",
            fields={"session_id": "not in this case"},
        )
