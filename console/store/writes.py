"""Local writes: the record's row and its outbox mutation, in one short transaction.

The outbox holds at most one mutation per record that is not yet being sent;
editing the record again rewrites that mutation (same seq, same
``base_version``: the server version the edit started from).  Once the sync
engine has taken a mutation into a batch it is *frozen* (``seq <=
sync_state.sending_through``): what the server may already have applied must
not change under it.  An edit made while its record's mutation is frozen only
raises ``local_rev``; when the answer is stored, a fresh mutation carrying the
newer content is queued on top of the version the server returned
(:mod:`console.store.results`).  A record in conflict queues nothing until the
user resolves the conflict; its conflict row follows the local edits.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from console.protocol import MutationOp
from console.store.connection import Db
from console.store.fields import Spec, dumps, from_row, to_columns

# Bytes a mutation adds to a /sync body besides its fields (seq, names, id, base).
MUTATION_OVERHEAD = 160


class UnknownRecordError(LookupError):
    """The record is not in the cache, or is deleted: the caller's bug."""


def load(db: Db, spec: Spec, record_id: str) -> sqlcipher.Row | None:
    return db.row(f"SELECT * FROM {spec.table} WHERE id = ?", (record_id,))  # noqa: S608 (table name from a Spec)


def queue_mutation(
    db: Db,
    spec: Spec,
    record_id: str,
    *,
    op: MutationOp,
    base_version: int | None,
    content: Mapping[str, Any],
    rev: int,
    prior: str | None = None,
) -> int:
    """Append a mutation for the record (inside the caller's transaction); returns its seq."""
    seq = int(db.scalar("UPDATE sync_state SET next_seq = next_seq + 1 RETURNING next_seq - 1"))
    fields = dumps(dict(content)) if op is MutationOp.UPSERT else "{}"
    db.conn.execute(
        "INSERT INTO outbox(seq, entity, op, id, base_version, fields, size, rev, prior,"
        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            seq,
            spec.entity.value,
            op.value,
            record_id,
            base_version,
            fields,
            len(fields.encode()) + len(record_id) + MUTATION_OVERHEAD,
            rev,
            prior,
            db.now_text(),
        ),
    )
    db.conn.execute(
        f"UPDATE {spec.table} SET pending_seq = ? WHERE id = ?",  # noqa: S608 (table name from a Spec)
        (seq, record_id),
    )
    return seq


def sending_through(db: Db) -> int:
    return int(db.scalar("SELECT sending_through FROM sync_state"))


def _insert(db: Db, spec: Spec, record_id: str, content: Mapping[str, Any], rev: int) -> None:
    names = ("id", *spec.content, "updated_at", "dirty", "local_rev")
    marks = ", ".join("?" * len(names))
    db.conn.execute(
        f"INSERT INTO {spec.table}({', '.join(names)}) VALUES ({marks})",  # noqa: S608 (names from a Spec)
        (record_id, *to_columns(spec, content), db.now_text(), 1, rev),
    )


def _update(
    db: Db, spec: Spec, record_id: str, content: Mapping[str, Any], *, rev: int, deleted: bool
) -> None:
    sets = ", ".join(f"{name} = ?" for name in spec.content)
    db.conn.execute(
        f"UPDATE {spec.table} SET {sets}, deleted = ?, dirty = 1, local_rev = ?,"  # noqa: S608 (names from a Spec)
        " updated_at = ?, sync_error = NULL WHERE id = ?",
        (*to_columns(spec, content), int(deleted), rev, db.now_text(), record_id),
    )


def follow_conflict(
    db: Db, spec: Spec, record_id: str, content: Mapping[str, Any], *, deleted: bool
) -> None:
    """Keep the open conflict's local side equal to the local record."""
    db.conn.execute(
        "UPDATE conflicts SET local = json_set(local, '$.fields', json(?), '$.deleted', json(?))"
        " WHERE entity = ? AND id = ? AND resolved_at IS NULL",
        (dumps(dict(content)), "true" if deleted else "false", spec.entity.value, record_id),
    )


def write(
    db: Db,
    spec: Spec,
    record_id: str,
    content: Mapping[str, Any] | None,
    *,
    deleted: bool = False,
) -> None:
    """Store a local edit (or delete) and its mutation; runs inside the caller's transaction.

    ``content`` is the record's whole canonical content (:func:`fields.canonical`);
    for a delete it may be None (the cached content is kept as the tombstone's).
    """
    row = load(db, spec, record_id)
    if row is None:
        if deleted or content is None:
            raise UnknownRecordError(f"no {spec.entity.value} {record_id} in the cache")
        _insert(db, spec, record_id, content, 1)
        queue_mutation(
            db, spec, record_id, op=MutationOp.UPSERT, base_version=None, content=content, rev=1
        )
        return
    if row["deleted"]:
        raise UnknownRecordError(f"{spec.entity.value} {record_id} is deleted")
    if content is None:
        content = from_row(spec, row)
    rev = int(row["local_rev"]) + 1
    op = MutationOp.DELETE if deleted else MutationOp.UPSERT
    if deleted and row["server_version"] is None and row["pending_seq"] is None:
        # Never on the server and nothing queued (a rejected creation): forget it here.
        if row["conflict"]:
            raise UnknownRecordError(f"{spec.entity.value} {record_id} is in conflict")
        db.conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (record_id,))  # noqa: S608 (table name from a Spec)
        return
    _update(db, spec, record_id, content, rev=rev, deleted=deleted)
    if row["conflict"]:
        follow_conflict(db, spec, record_id, content, deleted=deleted)
        return
    pending = row["pending_seq"]
    if pending is None:
        queue_mutation(
            db, spec, record_id, op=op, base_version=row["server_version"], content=content, rev=rev
        )
    elif pending > sending_through(db):
        fields = dumps(dict(content)) if op is MutationOp.UPSERT else "{}"
        db.conn.execute(
            "UPDATE outbox SET op = ?, fields = ?, size = ?, rev = ? WHERE seq = ?",
            (
                op.value,
                fields,
                len(fields.encode()) + len(record_id) + MUTATION_OVERHEAD,
                rev,
                pending,
            ),
        )
    # else: frozen in a batch being sent; queued again once its answer is stored.
