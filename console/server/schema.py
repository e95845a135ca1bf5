"""The backend's SQLite schema, as numbered forward migrations.

``PRAGMA user_version`` holds the number of the last step applied.  Each step
uses sqlite-utils with ``if_not_exists`` (or ``IF NOT EXISTS`` SQL), so a step cut
short by a crash is simply run again.  Never edit a step once released: add one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import sqlite_utils

log = logging.getLogger(__name__)

Step = Callable[[sqlite_utils.Database], None]


def _v1(db: sqlite_utils.Database) -> None:
    def table(
        name: str,
        columns: dict[str, Any],
        pk: str | tuple[str, ...],
        not_null: set[str] | None = None,
        defaults: dict[str, Any] | None = None,
    ) -> None:
        db.table(name).create(
            columns, pk=pk, not_null=not_null, defaults=defaults, if_not_exists=True
        )

    table("counters", {"name": str, "value": int}, pk="name", not_null={"value"})
    table("meta", {"key": str, "value": str}, pk="key", not_null={"value"})
    table(
        "users",
        {
            "id": str,
            "username": str,
            "display_name": str,
            "role": str,
            "languages": str,
            "max_call": int,
            "max_chat": int,
            "max_text": int,
            "password": str,
            "status": str,
            "status_since": str,
            "effective": str,
            "presence_since": str,
            "last_assigned_at": str,
            "created_at": str,
        },
        pk="id",
        not_null={"username", "display_name", "role", "languages", "password", "status"},
    )
    db.execute("CREATE UNIQUE INDEX IF NOT EXISTS users_username ON users(username COLLATE NOCASE)")
    table(
        "token_families",
        {"id": str, "user_id": str, "created_at": float, "revoked": int},
        pk="id",
        defaults={"revoked": 0},
    )
    for name in ("access_tokens", "refresh_tokens"):
        table(
            name,
            {"hash": str, "family_id": str, "user_id": str, "expires_at": float, "used": int},
            pk="hash",
            defaults={"used": 0},
        )
        db.table(name).create_index(["family_id"], if_not_exists=True)
    table(
        "sessions",
        {
            "id": str,
            "channel": str,
            "state": str,
            "language": str,
            "requested_language": str,
            "advocate_id": str,
            "case_id": str,
            "contact_hash": str,
            "contact_label": str,
            "relay": int,
            "interpreter": str,
            "interpreter_needed": int,
            "interpreter_log": str,
            "queued_at": str,
            "offered_at": str,
            "offer_expires_at": str,
            "accepted_at": str,
            "ended_at": str,
            "closed_at": str,
            "disposition": str,
            "wrap_up_until": str,
            "contact_left": int,
            "on_hold": int,
            "muted": int,
            "hold_since": str,
            "held_seconds": float,
            "passed_over": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"channel", "state", "language", "contact_hash", "contact_label", "queued_at"},
        defaults={
            "relay": 0,
            "interpreter_needed": 0,
            "interpreter_log": "[]",
            "contact_left": 0,
            "on_hold": 0,
            "muted": 0,
            "held_seconds": 0.0,
            "passed_over": "[]",
        },
    )
    db.table("sessions").create_index(["state"], if_not_exists=True)
    db.table("sessions").create_index(["advocate_id", "state"], if_not_exists=True)
    db.table("sessions").create_index(["contact_hash", "channel", "state"], if_not_exists=True)
    db.table("sessions").create_index(["case_id"], if_not_exists=True)
    table(
        "messages",
        {
            "id": str,
            "session_id": str,
            "client_msg_id": str,
            "author": str,
            "advocate_id": str,
            "body": str,
            "created_at": str,
            "delivery": str,
        },
        pk="id",
        not_null={"session_id", "author", "body", "created_at", "delivery"},
    )
    db.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS messages_client ON messages(session_id, client_msg_id)"
        " WHERE client_msg_id IS NOT NULL"
    )
    db.table("messages").create_index(["session_id"], if_not_exists=True)
    table(
        "records",
        {
            "entity": str,
            "id": str,
            "case_id": str,
            "version": int,
            "updated_at": str,
            "updated_by": str,
            "deleted": int,
            "change_seq": int,
            "data": str,
        },
        pk=("entity", "id"),
        not_null={"case_id", "version", "updated_at", "deleted", "change_seq", "data"},
        defaults={"deleted": 0},
    )
    db.table("records").create_index(["change_seq"], if_not_exists=True)
    db.table("records").create_index(["case_id"], if_not_exists=True)
    table("grants", {"user_id": str, "case_id": str, "seq": int}, pk=("user_id", "case_id"))
    table(
        "sync_clients",
        {"user_id": str, "client_id": str, "last_seq": int},
        pk=("user_id", "client_id"),
        not_null={"last_seq"},
    )
    table("blocked", {"contact_hash": str, "blocked_at": str}, pk="contact_hash")
    # Ids come from AUTOINCREMENT: one global sequence, never reused, even after pruning.
    db.execute(
        "CREATE TABLE IF NOT EXISTS events ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT NOT NULL, name TEXT NOT NULL,"
        " data TEXT NOT NULL, created_at REAL NOT NULL)"
    )
    db.execute("CREATE INDEX IF NOT EXISTS events_user ON events(user_id, id)")
    db.execute("CREATE INDEX IF NOT EXISTS events_created ON events(created_at)")
    db.execute(
        "CREATE TABLE IF NOT EXISTS audit ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor_id TEXT,"
        " action TEXT NOT NULL, subject_type TEXT, subject_id TEXT, detail TEXT NOT NULL)"
    )
    # The audit log is append-only.
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit"
        " BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END"
    )


def _v2(db: sqlite_utils.Database) -> None:
    """The referral directory (Open Referral HSDS 3.0; see ``referrals.py``)."""
    db.table("hsds_objects").create(
        {"kind": str, "id": str, "data": str, "imported_at": str},
        pk=("kind", "id"),
        not_null={"data", "imported_at"},
        if_not_exists=True,
    )
    db.table("referrals").create(
        {
            "id": str,
            "name": str,
            "status": str,
            "nationwide": int,
            "services_key": str,
            "languages_key": str,
            "regions_key": str,
            "data": str,
        },
        pk="id",
        not_null={"name", "status", "data"},
        defaults={"nationwide": 0, "services_key": "", "languages_key": "", "regions_key": ""},
        if_not_exists=True,
    )
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS referrals_fts USING fts5("
        "id UNINDEXED, name, organization, description, terms,"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )


MIGRATIONS: tuple[Step, ...] = (_v1, _v2)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer backend; refusing to touch it."""


def migrate(db: sqlite_utils.Database) -> None:
    current = int(db.execute("PRAGMA user_version").fetchone()[0])
    if current > SCHEMA_VERSION:
        raise SchemaTooNewError(f"database schema {current} is newer than {SCHEMA_VERSION}")
    for number in range(current + 1, SCHEMA_VERSION + 1):
        log.info("applying schema step %d", number)
        MIGRATIONS[number - 1](db)
        db.execute(f"PRAGMA user_version = {number}")
