"""Storing the server's answers to a batch: one transaction, then the mutations go.

Per answer (matched by seq), for the record the mutation was about:

- ``applied``: the server's record becomes the local content and base version,
  unless the record was edited again while the batch was out: then the local
  content stays and a new mutation carries it on top of the returned version.
- ``duplicate``: the server had counted this seq already (an earlier send whose
  answer was lost, or a crash before the answer was stored).  That says nothing
  about *what* happened then (applied, conflict or rejected), so the mutation is
  queued again under a new seq with its original base version; the server then
  answers for real.  Our own edit coming back as a "conflict" is recognised by
  content and treated as applied (see ``prior`` in :mod:`console.store.outbox`).
- ``conflict``: both versions are kept: the local edit stays in the record and in
  a conflict row beside the server's record, for the user to resolve.  Nothing
  is queued for the record until then.
- ``rejected``: the local content stays, with the error, for the UI to show.
  ``out_of_order`` is different: the server did not count it, so it and every
  later mutation stay in the outbox, renumbered from the server's ``last_seq``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from console.protocol import (
    AnyRecord,
    Entity,
    MutationOp,
    MutationResult,
    MutationStatus,
    SyncResponse,
)
from console.store.connection import Db
from console.store.fields import (
    SPECS,
    Spec,
    content_of,
    dumps,
    from_row,
    parse_record,
    same_content,
)
from console.store.outbox import Batch, Prior, Queued, priors_json, renumber
from console.store.writes import queue_mutation

log = logging.getLogger(__name__)

OUT_OF_ORDER = "out_of_order"


@dataclass(frozen=True)
class Outcome:
    answered: int = 0  # mutations whose answer is stored (and that left the outbox)
    applied: int = 0
    conflicts: int = 0
    rejected: int = 0
    requeued: int = 0  # duplicates queued again to learn their outcome
    renumbered: bool = False  # the outbox was renumbered to the server's count


def _adopt_sql(spec: Spec) -> str:
    sets = ", ".join(f"{n} = ?" for n in (*spec.content, *spec.extra))
    return (
        f"UPDATE {spec.table} SET {sets}, server_version = ?, updated_at = ?, updated_by = ?,"  # noqa: S608 (names from a Spec)
        " deleted = 0, dirty = 0, pending_seq = NULL, conflict = 0, sync_error = NULL,"
        " server_record = NULL WHERE id = ?"
    )


def _adopt_params(spec: Spec, record: AnyRecord) -> tuple[Any, ...]:
    content = content_of(spec, record)
    values: list[Any] = [
        dumps(content[n]) if n in spec.json_columns else content[n] for n in spec.content
    ]
    values += [getattr(record, n) for n in spec.extra]
    return (
        *values,
        record.version,
        record.updated_at.isoformat(),
        record.updated_by,
        record.id,
    )


def adopt(db: Db, spec: Spec, record: AnyRecord) -> None:
    """Make the server's record the local one: synced, nothing pending, no error."""
    if record.deleted:
        db.conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (record.id,))  # noqa: S608 (table name from a Spec)
        return
    db.conn.execute(_adopt_sql(spec), _adopt_params(spec, record))


def _stash(row: sqlcipher.Row) -> AnyRecord | None:
    text = row["server_record"]
    return parse_record(text) if text else None


def open_conflict(db: Db, spec: Spec, row: sqlcipher.Row, server: AnyRecord) -> None:
    """Keep both: the local edit and the server's record side by side."""
    local = {
        "deleted": bool(row["deleted"]),
        "fields": from_row(spec, row),
        "base_version": row["server_version"],
    }
    db.conn.execute(
        "INSERT INTO conflicts(entity, id, local, server, detected_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(entity, id) WHERE resolved_at IS NULL"
        " DO UPDATE SET local = excluded.local, server = excluded.server",
        (spec.entity.value, row["id"], dumps(local), server.model_dump_json(), db.now_text()),
    )
    db.conn.execute(
        f"UPDATE {spec.table} SET conflict = 1, dirty = 1, pending_seq = NULL,"  # noqa: S608 (table name from a Spec)
        " server_record = NULL WHERE id = ?",
        (row["id"],),
    )


class _Answers:
    """The per-status handling, inside the batch's transaction."""

    def __init__(self, db: Db) -> None:
        self.db = db
        self.applied = self.conflicts = self.rejected = self.requeued = 0
        self._adopts: dict[Spec, list[tuple[Any, ...]]] = {}  # written together at the end

    def _adopt(self, spec: Spec, record: AnyRecord) -> None:
        if record.deleted:
            adopt(self.db, spec, record)
        else:
            self._adopts.setdefault(spec, []).append(_adopt_params(spec, record))

    def flush(self) -> None:
        for spec, params in self._adopts.items():
            self.db.conn.executemany(_adopt_sql(spec), params)
        self._adopts.clear()

    def _requeue_current(
        self, spec: Spec, row: sqlcipher.Row, base: int | None, prior: str | None = None
    ) -> None:
        op = MutationOp.DELETE if row["deleted"] else MutationOp.UPSERT
        queue_mutation(
            self.db,
            spec,
            row["id"],
            op=op,
            base_version=base,
            content=from_row(spec, row),
            rev=int(row["local_rev"]),
            prior=prior,
        )

    def on_applied(self, spec: Spec, row: sqlcipher.Row, q: Queued, record: AnyRecord) -> None:
        self.applied += 1
        later = int(row["local_rev"]) > q.rev
        if not later:
            stash = _stash(row)
            self._adopt(spec, stash if stash and stash.version > record.version else record)
            return
        self.db.conn.execute(
            f"UPDATE {spec.table} SET server_version = ?, pending_seq = NULL WHERE id = ?",  # noqa: S608 (table name from a Spec)
            (record.version, row["id"]),
        )
        self._requeue_current(spec, row, record.version)

    def on_duplicate(self, spec: Spec, row: sqlcipher.Row, q: Queued) -> None:
        self.requeued += 1
        m = q.mutation
        # What the server may hold from us: this mutation's content, or an earlier one's.
        prior = priors_json((Prior(m.op, dict(m.fields)), *q.priors))
        self.db.conn.execute(
            f"UPDATE {spec.table} SET pending_seq = NULL WHERE id = ?",  # noqa: S608 (table name from a Spec)
            (row["id"],),
        )
        self._requeue_current(spec, row, m.base_version, prior)

    def on_conflict(self, spec: Spec, row: sqlcipher.Row, q: Queued, record: AnyRecord) -> None:
        m = q.mutation
        if same_content(spec, record, m.op is MutationOp.DELETE, m.fields):
            self.on_applied(spec, row, q, record)  # our own edit, already there
            return
        if any(same_content(spec, record, p.op is MutationOp.DELETE, p.fields) for p in q.priors):
            # An earlier send of ours was applied; this edit goes on top of it.
            self.db.conn.execute(
                f"UPDATE {spec.table} SET server_version = ?, pending_seq = NULL WHERE id = ?",  # noqa: S608 (table name from a Spec)
                (record.version, row["id"]),
            )
            self.requeued += 1
            self._requeue_current(spec, row, record.version)
            return
        self.conflicts += 1
        stash = _stash(row)
        open_conflict(
            self.db, spec, row, stash if stash and stash.version > record.version else record
        )

    def on_rejected(
        self, spec: Spec, row: sqlcipher.Row, q: Queued, result: MutationResult
    ) -> None:
        m = q.mutation
        error = result.error
        if (
            m.op is MutationOp.DELETE
            and row["server_version"] is None
            and error is not None
            and error.code == "not_found"
        ):
            # Deleting a record the server never had: nothing left to do anywhere.
            self.db.conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (row["id"],))  # noqa: S608 (table name from a Spec)
            self.applied += 1
            return
        self.rejected += 1
        self.db.conn.execute(
            f"UPDATE {spec.table} SET pending_seq = NULL, sync_error = ? WHERE id = ?",  # noqa: S608 (table name from a Spec)
            (error.model_dump_json() if error else '{"code":"rejected","message":""}', row["id"]),
        )
        if int(row["local_rev"]) > q.rev:
            self._requeue_current(spec, row, m.base_version)


def _rows(db: Db, batch: Batch) -> dict[tuple[Entity, str], sqlcipher.Row]:
    wanted: dict[Entity, list[str]] = {}
    for q in batch.items:
        wanted.setdefault(q.mutation.entity, []).append(q.mutation.id)
    found: dict[tuple[Entity, str], sqlcipher.Row] = {}
    for entity, ids in wanted.items():
        spec = SPECS[entity]
        marks = ", ".join("?" * len(ids))
        for row in db.rows(f"SELECT * FROM {spec.table} WHERE id IN ({marks})", ids):  # noqa: S608 (table name from a Spec)
            found[(entity, row["id"])] = row
    return found


def apply_results(db: Db, batch: Batch, response: SyncResponse) -> Outcome:
    """Store every answer of ``response`` to ``batch`` and only then drop those mutations."""
    with db.tx():
        issued = int(db.scalar("SELECT next_seq FROM sync_state")) - 1
        if response.last_seq > issued:
            # The server counted seqs this cache never issued: none of these answers
            # are about our mutations.  Move the whole outbox past its count.
            log.warning("the server counted more mutations than this cache issued: renumbering")
            renumber(db, response.last_seq + 1)
            return Outcome(renumbered=True)
        by_seq = {r.seq: r for r in response.results}
        rows = _rows(db, batch)
        answers = _Answers(db)
        done: list[int] = []
        seen: set[tuple[Entity, str]] = set()
        gap = False
        for q in batch.items:
            m = q.mutation
            result = by_seq.get(m.seq)
            if result is None or (
                result.status is MutationStatus.REJECTED
                and result.error is not None
                and result.error.code == OUT_OF_ORDER
            ):
                gap = True
                break
            spec = SPECS[m.entity]
            key = (m.entity, m.id)
            if key in seen:  # an earlier answer in this batch changed the row: read it again
                answers.flush()
                row = db.row(f"SELECT * FROM {spec.table} WHERE id = ?", (m.id,))  # noqa: S608 (table name from a Spec)
            else:
                row = rows.get(key)
            seen.add(key)
            done.append(m.seq)
            if row is None or row["pending_seq"] != m.seq:
                continue  # the record left the cache (or moved on) meanwhile: nothing to store
            _answer(answers, spec, row, q, result)
        answers.flush()
        if done:
            # Every answer is stored: only now do those mutations leave the outbox.
            db.conn.executemany("DELETE FROM outbox WHERE seq = ?", [(s,) for s in done])
            db.conn.execute("UPDATE sync_state SET acked_seq = max(acked_seq, ?)", (max(done),))
        renumbered = False
        if gap:
            renumbered = renumber(db, response.last_seq + 1) != 0
        return Outcome(
            answered=len(done),
            applied=answers.applied,
            conflicts=answers.conflicts,
            rejected=answers.rejected,
            requeued=answers.requeued,
            renumbered=renumbered,
        )


def _answer(
    answers: _Answers, spec: Spec, row: sqlcipher.Row, q: Queued, result: MutationResult
) -> None:
    status = result.status
    if status is MutationStatus.APPLIED and result.record is not None:
        answers.on_applied(spec, row, q, result.record)
    elif status is MutationStatus.CONFLICT and result.record is not None:
        answers.on_conflict(spec, row, q, result.record)
    elif status is MutationStatus.REJECTED:
        answers.on_rejected(spec, row, q, result)
    else:
        # duplicate, or an answer without the record the contract promises
        answers.on_duplicate(spec, row, q)
