"""The cache's schema: numbered forward migrations, the version in ``PRAGMA user_version``.

Each step runs in its own transaction that also sets ``user_version``, so a
crash mid-migration leaves the previous version intact.  Before migrating an
existing file the whole database (checkpointed, so the WAL is in it) is copied
beside it as ``<name>.v<old>.bak``: still encrypted with the same key; only the
newest backup is kept, and :func:`backup_paths` lets a wipe find it.

Steps, in order (never edit a released step; add one):

1. records (cases, notes, checklist runs with their local sync state), the
   outbox, conflicts, sync state and drafts;
2. cached transcripts (sessions, messages), replies waiting to be sent, and the
   full-text indexes over notes and messages (FTS5, inside the encrypted file);
3. reference data for offline use (checklist templates, the referral directory
   with its full-text index) and the case's safe-contact profile.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from console.store.connection import Db
from console.store.errors import SchemaTooNew

log = logging.getLogger(__name__)

Step = Callable[[sqlite_utils.Database], None]

# Local sync state shared by every record table.
_SYNC_COLUMNS: dict[str, type] = {
    "server_version": int,  # the server version the local content starts from; NULL: new
    "updated_at": str,
    "updated_by": str,
    "deleted": int,
    "dirty": int,  # 1: local content the server has not confirmed
    "local_rev": int,  # raised by every local write
    "pending_seq": int,  # this record's mutation in the outbox, if any
    "conflict": int,  # 1: an unresolved conflict row exists
    "sync_error": str,  # JSON ErrorDetail of the last rejection
    "server_record": str,  # JSON of a newer server copy pulled while dirty
}
_SYNC_DEFAULTS = {"deleted": 0, "dirty": 0, "local_rev": 0, "conflict": 0}
_SYNC_NOT_NULL = {"updated_at", "deleted", "dirty", "local_rev", "conflict"}


def _record_table(
    db: sqlite_utils.Database,
    name: str,
    content: dict[str, type],
    defaults: dict[str, object],
    not_null: set[str],
) -> None:
    db[name].create(  # type: ignore[union-attr]  # db[name] is a Table for a new name
        {"id": str, **content, **_SYNC_COLUMNS},
        pk="id",
        not_null=not_null | _SYNC_NOT_NULL,
        defaults={**defaults, **_SYNC_DEFAULTS},
    )
    db.execute(f"CREATE INDEX {name}_pending ON {name}(dirty) WHERE dirty = 1")


def _step_1(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE sync_state ("
        " id INTEGER PRIMARY KEY CHECK (id = 1),"
        " client_id TEXT NOT NULL,"
        " next_seq INTEGER NOT NULL DEFAULT 1,"  # the seq the next mutation gets
        " acked_seq INTEGER NOT NULL DEFAULT 0,"  # the highest seq whose answer is stored
        " sending_through INTEGER NOT NULL DEFAULT 0,"  # mutations up to here are frozen
        " cursor TEXT NOT NULL DEFAULT '')"
    )
    db.execute("INSERT INTO sync_state(id, client_id) VALUES (1, ?)", (uuid.uuid4().hex,))
    _record_table(
        db,
        "cases",
        {"title": str, "status": str, "tags": str, "indicators": str},
        {"title": "", "status": "open", "tags": "[]", "indicators": "[]"},
        {"title", "status", "tags", "indicators"},
    )
    _record_table(
        db,
        "notes",
        {"case_id": str, "session_id": str, "author_id": str, "body": str, "kind": str},
        {"body": "", "kind": "note"},
        {"case_id", "body", "kind"},
    )
    db.execute("CREATE INDEX notes_case ON notes(case_id)")
    _record_table(
        db,
        "checklist_runs",
        {
            "case_id": str,
            "session_id": str,
            "template_id": str,
            "template_version": int,
            "items": str,
        },
        {"items": "{}"},
        {"case_id", "template_id", "template_version", "items"},
    )
    db.execute("CREATE INDEX checklist_runs_case ON checklist_runs(case_id)")
    db.execute(
        "CREATE TABLE outbox ("
        " seq INTEGER PRIMARY KEY,"
        " entity TEXT NOT NULL, op TEXT NOT NULL, id TEXT NOT NULL,"
        " base_version INTEGER, fields TEXT NOT NULL, size INTEGER NOT NULL,"
        " rev INTEGER NOT NULL,"  # the record's local_rev this mutation carries
        " prior TEXT,"  # JSON {op, fields} of a mutation whose outcome was unknown
        " created_at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX outbox_record ON outbox(entity, id)")
    db.execute(
        "CREATE TABLE conflicts ("
        " rowid INTEGER PRIMARY KEY,"
        " entity TEXT NOT NULL, id TEXT NOT NULL,"
        " local TEXT NOT NULL,"  # JSON {deleted, fields} of the local edit
        " server TEXT NOT NULL,"  # JSON of the server's record
        " detected_at TEXT NOT NULL,"
        " resolved_at TEXT, resolution TEXT)"
    )
    db.execute(
        "CREATE UNIQUE INDEX conflicts_open ON conflicts(entity, id) WHERE resolved_at IS NULL"
    )
    db["drafts"].create(  # type: ignore[union-attr]
        {"key": str, "text": str, "updated_at": str},
        pk="key",
        not_null={"text", "updated_at"},
    )


def _fts(db: sqlite_utils.Database, table: str) -> None:
    fts = f"{table}_fts"
    db.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5(body, content='{table}', content_rowid='rowid',"
        " tokenize='unicode61 remove_diacritics 2')"
    )
    # Table names are constants of this module, never input.
    db.execute(
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN"  # noqa: S608 (constant names)
        f" INSERT INTO {fts}(rowid, body) VALUES (new.rowid, new.body); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN"  # noqa: S608 (constant names)
        f" INSERT INTO {fts}({fts}, rowid, body) VALUES ('delete', old.rowid, old.body); END"
    )
    db.execute(
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF body ON {table}"  # noqa: S608 (constant names)
        " WHEN old.body IS NOT new.body BEGIN"
        f" INSERT INTO {fts}({fts}, rowid, body) VALUES ('delete', old.rowid, old.body);"
        f" INSERT INTO {fts}(rowid, body) VALUES (new.rowid, new.body); END"
    )
    db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")  # noqa: S608


def _step_2(db: sqlite_utils.Database) -> None:
    db["sessions"].create(  # type: ignore[union-attr]
        {"id": str, "case_id": str, "state": str, "queued_at": str, "data": str},
        pk="id",
        not_null={"state", "queued_at", "data"},
    )
    db.execute("CREATE INDEX sessions_case ON sessions(case_id)")
    db["messages"].create(  # type: ignore[union-attr]
        {
            "id": str,
            "session_id": str,
            "client_msg_id": str,
            "author": str,
            "body": str,
            "created_at": str,
            "data": str,
        },
        pk="id",
        not_null={"session_id", "author", "body", "created_at", "data"},
    )
    db.execute("CREATE INDEX messages_session ON messages(session_id, created_at)")
    db.execute(
        "CREATE TABLE replies ("
        " rowid INTEGER PRIMARY KEY,"  # the order they were typed in
        " client_msg_id TEXT NOT NULL UNIQUE,"
        " session_id TEXT NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL)"
    )
    _fts(db, "notes")
    _fts(db, "messages")


def _step_3(db: sqlite_utils.Database) -> None:
    # JSON of a SafeContactProfile, or 'null' (no profile yet).
    db.execute("ALTER TABLE cases ADD COLUMN safe_contact TEXT NOT NULL DEFAULT 'null'")
    db.execute(
        "CREATE TABLE ref_templates ("
        " id TEXT PRIMARY KEY, version INTEGER NOT NULL, position INTEGER NOT NULL,"
        " data TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE ref_services ("
        " id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
        " nationwide INTEGER NOT NULL DEFAULT 0, services_key TEXT NOT NULL DEFAULT '',"
        " languages_key TEXT NOT NULL DEFAULT '', regions_key TEXT NOT NULL DEFAULT '',"
        " data TEXT NOT NULL)"
    )
    db.execute(
        "CREATE VIRTUAL TABLE ref_services_fts USING fts5("
        "id UNINDEXED, name, organization, description, terms,"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    # When each kind of reference data ('templates', 'referrals') was last stored.
    db.execute(
        "CREATE TABLE ref_state (kind TEXT PRIMARY KEY, fetched_at TEXT NOT NULL,"
        " count INTEGER NOT NULL)"
    )


STEPS: tuple[Step, ...] = (_step_1, _step_2, _step_3)
LATEST = len(STEPS)


def version(db: Db) -> int:
    return int(db.scalar("PRAGMA user_version") or 0)


def backup_paths(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.v*.bak"))


def _backup(db: Db, old: int) -> Path:
    """Copy the whole (encrypted) file beside it before migrating from ``old``."""
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    target = db.path.with_name(f"{db.path.name}.v{old}.bak")
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(db.path, partial)
    with partial.open("rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    for stale in backup_paths(db.path):
        if stale != target:
            stale.unlink(missing_ok=True)
    log.info("cache backed up before migrating from version %d", old)
    return target


def migrate(db: Db, target: int = LATEST) -> Path | None:
    """Bring the schema to ``target``; returns the backup made first, if any."""
    current = version(db)
    if current > LATEST:
        raise SchemaTooNew(f"cache version {current}, this console knows {LATEST}")
    if current >= target:
        return None
    backup = _backup(db, current) if current > 0 else None
    for number in range(current + 1, target + 1):
        with db.tx():
            STEPS[number - 1](db.db)
            db.conn.execute(f"PRAGMA user_version = {number}")
        log.info("cache schema step %d applied", number)
    return backup
