"""Applying pulled changes (``GET /changes``) to the cache.

Rules, per pulled record:

- not in the cache: stored (a pulled delete of an unknown record is skipped);
- in the cache and clean: replaced when the pulled version is newer (a pulled
  delete removes it);
- in the cache with an unsynced local edit: **never overwritten**, not even by a
  delete.  The pulled copy is kept aside (``server_record``); the pending
  mutation then meets the server's newer version and comes back as a conflict
  with both sides kept;
- in conflict: the conflict's server side moves to the newer version.

A page is applied in chunks of short transactions (a UI write never waits
long behind a bulk pull); the cursor is stored with the last chunk, so a crash
in between only means the page is pulled again (applying it twice changes
nothing: versions only grow).  Meant for a worker thread with its own
connection (:mod:`console.store.worker`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from console.protocol import AnyRecord, ChangesResponse, Entity
from console.store.connection import Db
from console.store.fields import SPECS, Spec, content_of, dumps, parse_record

CHUNK = 200


@dataclass
class PullOutcome:
    stored: int = 0  # records written or replaced
    removed: int = 0  # records deleted by the server and removed here
    kept_aside: int = 0  # newer server copies kept beside unsynced local edits
    conflicts_updated: int = 0


def _row_for(spec: Spec, record: AnyRecord) -> dict[str, Any]:
    content = content_of(spec, record)
    row: dict[str, Any] = {
        "id": record.id,
        **{n: dumps(v) if n in spec.json_columns else v for n, v in content.items()},
        "server_version": record.version,
        "updated_at": record.updated_at.isoformat(),
        "updated_by": record.updated_by,
        "deleted": 0,
        "dirty": 0,
        "pending_seq": None,
        "conflict": 0,
        "sync_error": None,
        "server_record": None,
    }
    for name in spec.extra:
        row[name] = getattr(record, name)
    return row


def _apply_chunk(db: Db, records: Sequence[AnyRecord], out: PullOutcome) -> None:
    by_entity: dict[Entity, list[AnyRecord]] = {}
    for record in records:
        by_entity.setdefault(Entity(record.entity), []).append(record)
    for entity, group in by_entity.items():
        spec = SPECS[entity]
        ids = [r.id for r in group]
        marks = ", ".join("?" * len(ids))
        local = {
            row["id"]: row
            for row in db.rows(
                f"SELECT id, server_version, dirty, conflict, server_record FROM {spec.table}"  # noqa: S608 (table name from a Spec)
                f" WHERE id IN ({marks})",
                ids,
            )
        }
        upserts: list[dict[str, Any]] = []
        removals: list[tuple[str]] = []
        for record in group:
            row = local.get(record.id)
            if row is None:
                if not record.deleted:
                    upserts.append(_row_for(spec, record))
                continue
            known = row["server_version"]
            if row["conflict"]:
                _follow_conflict(db, spec, record, out)
            elif row["dirty"]:
                stash = parse_record(row["server_record"]) if row["server_record"] else None
                newer_than_stash = stash is None or record.version > stash.version
                if (known is None or record.version > known) and newer_than_stash:
                    db.conn.execute(
                        f"UPDATE {spec.table} SET server_record = ? WHERE id = ?",  # noqa: S608 (table name from a Spec)
                        (record.model_dump_json(), record.id),
                    )
                    out.kept_aside += 1
            elif known is None or record.version > known:
                if record.deleted:
                    removals.append((record.id,))
                else:
                    upserts.append(_row_for(spec, record))
        if upserts:
            db.db[spec.table].upsert_all(upserts, pk="id")  # type: ignore[union-attr]
            out.stored += len(upserts)
        if removals:
            db.conn.executemany(f"DELETE FROM {spec.table} WHERE id = ?", removals)  # noqa: S608 (table name from a Spec)
            out.removed += len(removals)


def _follow_conflict(db: Db, spec: Spec, record: AnyRecord, out: PullOutcome) -> None:
    text = db.scalar(
        "SELECT server FROM conflicts WHERE entity = ? AND id = ? AND resolved_at IS NULL",
        (spec.entity.value, record.id),
    )
    if text is None or parse_record(str(text)).version < record.version:
        db.conn.execute(
            "UPDATE conflicts SET server = ? WHERE entity = ? AND id = ? AND resolved_at IS NULL",
            (record.model_dump_json(), spec.entity.value, record.id),
        )
        out.conflicts_updated += 1


def apply_changes(db: Db, response: ChangesResponse, chunk: int = CHUNK) -> PullOutcome:
    """Apply one page of pulled changes and store its cursor (see the module's docstring)."""
    out = PullOutcome()
    records = list(response.changes)
    starts = range(0, len(records), chunk) if records else range(1)
    for start in starts:
        with db.tx():
            _apply_chunk(db, records[start : start + chunk], out)
            if start + chunk >= len(records):
                db.conn.execute("UPDATE sync_state SET cursor = ?", (response.cursor,))
    return out


def cursor(db: Db) -> str:
    return str(db.scalar("SELECT cursor FROM sync_state"))
