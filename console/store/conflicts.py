"""Conflicts kept for the user, and how each is resolved.

A conflict holds both sides: the local edit (``local``: its fields, whether it
was a delete, the version it started from) and the server's record.  The
advocate keeps one, merges them, or (for notes) keeps both as two notes.
Every resolution is a local write like any other: the record row and, when the
server must learn of it, a mutation on top of the server's version, in one
transaction.  Resolved conflicts stay in the table (with when and how) until
their case is purged.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from console.protocol import AnyRecord, Entity, MutationOp
from console.store.connection import Db
from console.store.fields import NOTE, SPECS, canonical, from_row, parse_record
from console.store.results import adopt
from console.store.writes import UnknownRecordError, load, queue_mutation


class Resolution(StrEnum):
    KEEP_LOCAL = "keep_local"
    KEEP_SERVER = "keep_server"
    MERGE = "merge"
    KEEP_BOTH = "keep_both"  # notes only: the local text becomes a new note


@dataclass(frozen=True)
class LocalSide:
    deleted: bool
    fields: dict[str, Any]
    base_version: int | None


@dataclass(frozen=True)
class Conflict:
    entity: Entity
    id: str
    local: LocalSide
    server: AnyRecord
    detected_at: datetime

    def __repr__(self) -> str:  # fields hold note text: never in a log
        return f"Conflict({self.entity.value}, {self.id!r}, server v{self.server.version})"


def _conflict(row: Mapping[str, Any]) -> Conflict:
    local = json.loads(row["local"])
    return Conflict(
        entity=Entity(row["entity"]),
        id=row["id"],
        local=LocalSide(bool(local["deleted"]), dict(local["fields"]), local["base_version"]),
        server=parse_record(row["server"]),
        detected_at=datetime.fromisoformat(row["detected_at"]),
    )


def open_conflicts(db: Db, case_id: str | None = None) -> list[Conflict]:
    found = [
        _conflict(r)
        for r in db.rows(
            "SELECT * FROM conflicts WHERE resolved_at IS NULL ORDER BY detected_at, rowid"
        )
    ]
    if case_id is None:
        return found
    return [c for c in found if getattr(c.server, "case_id", c.server.id) == case_id]


def resolve(
    db: Db,
    entity: Entity,
    record_id: str,
    resolution: Resolution,
    fields: Mapping[str, Any] | None = None,
) -> str | None:
    """Resolve the open conflict of one record; returns the new note's id for KEEP_BOTH."""
    spec = SPECS[entity]
    with db.tx():
        found = db.row(
            "SELECT * FROM conflicts WHERE entity = ? AND id = ? AND resolved_at IS NULL",
            (entity.value, record_id),
        )
        row = load(db, spec, record_id)
        if found is None or row is None:
            raise UnknownRecordError(f"no open conflict for {entity.value} {record_id}")
        server = parse_record(found["server"])
        new_id: str | None = None
        if resolution is Resolution.KEEP_SERVER:
            adopt(db, spec, server)
        elif resolution is Resolution.KEEP_BOTH:
            if spec is not NOTE or row["deleted"]:
                raise ValueError("only an edited note can be kept as a second note")
            new_id = str(uuid.uuid4())
            content = from_row(spec, row)
            db.conn.execute(
                "INSERT INTO notes(id, case_id, session_id, body, kind, updated_at, dirty,"
                " local_rev) VALUES (?, ?, ?, ?, ?, ?, 1, 1)",
                (
                    new_id,
                    row["case_id"],
                    row["session_id"],
                    row["body"],
                    row["kind"],
                    db.now_text(),
                ),
            )
            queue_mutation(
                db, spec, new_id, op=MutationOp.UPSERT, base_version=None, content=content, rev=1
            )
            adopt(db, spec, server)
        else:
            deleted = bool(row["deleted"]) and resolution is Resolution.KEEP_LOCAL
            if resolution is Resolution.MERGE:
                if fields is None:
                    raise ValueError("a merge needs the merged fields")
                content = canonical(spec, fields, db.clock())
            else:
                content = from_row(spec, row)
            if deleted and server.deleted:
                adopt(db, spec, server)  # both sides deleted it
            else:
                rev = int(row["local_rev"]) + 1
                sets = ", ".join(f"{n} = ?" for n in spec.content)
                values = [
                    json.dumps(content[n]) if n in spec.json_columns else content[n]
                    for n in spec.content
                ]
                db.conn.execute(
                    f"UPDATE {spec.table} SET {sets}, deleted = ?, dirty = 1, conflict = 0,"  # noqa: S608 (names from a Spec)
                    " server_version = ?, local_rev = ?, sync_error = NULL, server_record = NULL,"
                    " updated_at = ? WHERE id = ?",
                    (*values, int(deleted), server.version, rev, db.now_text(), record_id),
                )
                op = MutationOp.DELETE if deleted else MutationOp.UPSERT
                queue_mutation(
                    db,
                    spec,
                    record_id,
                    op=op,
                    base_version=server.version,
                    content=content,
                    rev=rev,
                )
        db.conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE rowid = ?",
            (db.now_text(), resolution.value, found["rowid"]),
        )
    return new_id


def discard_local(db: Db, entity: Entity, record_id: str) -> None:
    """Give up a local edit the server refused (the user chose to; nothing is automatic).

    The server's newer copy, if one was pulled meanwhile, takes its place;
    otherwise the record leaves the cache and the next pull starts over, so the
    server's copy comes back.
    """
    spec = SPECS[entity]
    with db.tx():
        row = load(db, spec, record_id)
        if row is None or row["conflict"] or row["pending_seq"] is not None or not row["dirty"]:
            raise UnknownRecordError(f"{entity.value} {record_id} has no refused edit to discard")
        if row["server_record"]:
            adopt(db, spec, parse_record(row["server_record"]))
            return
        db.conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (record_id,))  # noqa: S608 (table name from a Spec)
        if row["server_version"] is not None:
            db.conn.execute("UPDATE sync_state SET cursor = ''")
