"""The outbox seen from the sync engine: batches, their freezing, and renumbering.

- :func:`take_batch` reads the oldest mutations (at most ``max_count`` and about
  ``max_bytes`` of JSON, always at least one) and, in the same transaction,
  freezes them: later local edits no longer rewrite them (see
  :mod:`console.store.writes`).  A batch taken before a crash is simply taken
  again: same seqs, same content, so the server answers ``duplicate`` for what
  it had applied.
- :func:`renumber` moves the whole outbox so that its first seq is the one the
  server expects (``last_seq + 1``).  Only mutations the server has never
  counted are ever renumbered: after an ``out_of_order`` answer (the server's
  numbering is behind ours: its database was replaced) or when the server has
  counted seqs this cache never issued (this cache is older than its client id:
  restored from a copy).
- :func:`drop_unsendable` takes out a mutation the server cannot accept at all
  (larger than a request may be): its record keeps the content and an error,
  and the later mutations close the gap.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from console.protocol import Entity, ErrorDetail, Mutation, MutationOp
from console.store.connection import Db
from console.store.fields import SPECS

# /sync bodies stay under the 1 MiB request limit with room to spare.
MAX_BATCH_BYTES = 900_000


MAX_PRIORS = 4


@dataclass(frozen=True)
class Prior:
    """An earlier mutation of the record whose outcome was unknown (answered ``duplicate``)."""

    op: MutationOp
    fields: dict[str, Any]

    def __repr__(self) -> str:  # fields hold note text: never in a log
        return f"Prior({self.op.value})"


@dataclass(frozen=True)
class Queued:
    mutation: Mutation
    rev: int  # the record's local_rev the mutation carries
    priors: tuple[Prior, ...] = ()  # what the server may hold from earlier sends

    def __repr__(self) -> str:  # the mutation's fields hold note text: never in a log
        m = self.mutation
        return f"Queued(seq={m.seq}, {m.entity.value} {m.op.value} {m.id!r}, base={m.base_version})"


@dataclass(frozen=True)
class Batch:
    client_id: str
    items: tuple[Queued, ...]

    @property
    def mutations(self) -> list[Mutation]:
        return [q.mutation for q in self.items]

    @property
    def last_seq(self) -> int:
        return self.items[-1].mutation.seq

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        seqs = f"{self.items[0].mutation.seq}..{self.last_seq}" if self.items else "empty"
        return f"Batch({len(self.items)} mutations, seq {seqs})"


def _priors(text: str | None) -> tuple[Prior, ...]:
    if not text:
        return ()
    return tuple(Prior(MutationOp(p["op"]), dict(p["fields"])) for p in json.loads(text))


def priors_json(priors: tuple[Prior, ...]) -> str | None:
    if not priors:
        return None
    data = [{"op": p.op.value, "fields": p.fields} for p in priors[:MAX_PRIORS]]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def client_id(db: Db) -> str:
    return str(db.scalar("SELECT client_id FROM sync_state"))


def pending_count(db: Db) -> int:
    """Mutations waiting in the outbox plus edits waiting behind one being sent."""
    queued = int(db.scalar("SELECT count(*) FROM outbox"))
    deferred = 0
    for spec in SPECS.values():
        deferred += int(
            db.scalar(
                f"SELECT count(*) FROM {spec.table} r JOIN outbox o ON o.seq = r.pending_seq"  # noqa: S608 (table name from a Spec)
                " WHERE r.dirty = 1 AND r.local_rev > o.rev"
            )
        )
    return queued + deferred


def take_batch(db: Db, max_count: int, max_bytes: int = MAX_BATCH_BYTES) -> Batch | None:
    """The next batch to send, frozen; None when the outbox is empty."""
    with db.tx():
        rows = db.rows("SELECT * FROM outbox ORDER BY seq LIMIT ?", (max_count,))
        if not rows:
            return None
        items: list[Queued] = []
        size = 0
        for row in rows:
            size += int(row["size"])
            if items and size > max_bytes:
                break
            items.append(
                Queued(
                    Mutation.model_construct(
                        seq=int(row["seq"]),
                        entity=Entity(row["entity"]),
                        op=MutationOp(row["op"]),
                        id=row["id"],
                        base_version=row["base_version"],
                        fields=json.loads(row["fields"]),
                    ),
                    int(row["rev"]),
                    _priors(row["prior"]),
                )
            )
        last = items[-1].mutation.seq
        db.conn.execute("UPDATE sync_state SET sending_through = max(sending_through, ?)", (last,))
        return Batch(client_id(db), tuple(items))


def _shift(db: Db, above: int, delta: int) -> None:
    """Add ``delta`` to every outbox seq greater than ``above`` (and to the records' refs)."""
    # Through negative numbers: a seq never collides with one not yet moved.
    db.conn.execute("UPDATE outbox SET seq = -(seq + ?) WHERE seq > ?", (delta, above))
    db.conn.execute("UPDATE outbox SET seq = -seq WHERE seq < 0")
    for spec in SPECS.values():
        db.conn.execute(
            f"UPDATE {spec.table} SET pending_seq = pending_seq + ? WHERE pending_seq > ?",  # noqa: S608 (table name from a Spec)
            (delta, above),
        )


def renumber(db: Db, new_head: int) -> int:
    """Renumber the outbox to start at ``new_head`` (inside the caller's transaction).

    Returns the shift applied.  Frozen mutations stay frozen under their new seqs.
    """
    head = db.scalar("SELECT min(seq) FROM outbox")
    state = db.row("SELECT next_seq, sending_through FROM sync_state")
    assert state is not None
    if head is None:
        db.conn.execute(
            "UPDATE sync_state SET next_seq = ?, sending_through = ?, acked_seq = ?",
            (new_head, new_head - 1, new_head - 1),
        )
        return new_head - int(state["next_seq"])
    delta = new_head - int(head)
    if delta == 0:
        return 0
    _shift(db, int(head) - 1, delta)
    frozen = int(state["sending_through"])
    db.conn.execute(
        "UPDATE sync_state SET next_seq = next_seq + ?, sending_through = ?, acked_seq = ?",
        (delta, frozen + delta if frozen >= head else new_head - 1, new_head - 1),
    )
    return delta


def drop_unsendable(db: Db, seq: int, error: ErrorDetail) -> None:
    """Take out a mutation no server can accept; its record keeps the content and ``error``."""
    with db.tx():
        row = db.row("SELECT entity, id FROM outbox WHERE seq = ?", (seq,))
        if row is None:
            return
        spec = SPECS[Entity(row["entity"])]
        db.conn.execute(
            f"UPDATE {spec.table} SET pending_seq = NULL, sync_error = ? WHERE id = ?",  # noqa: S608 (table name from a Spec)
            (error.model_dump_json(), row["id"]),
        )
        db.conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
        _shift(db, seq, -1)
        db.conn.execute(
            "UPDATE sync_state SET next_seq = next_seq - 1,"
            " sending_through = min(sending_through, ?)",
            (seq - 1,),
        )
