"""What is not on the server yet, and removing what no longer needs to be kept.

:func:`unsynced` is what a wipe would lose (the UI shows it when it refuses to
sign out with a wipe).  :func:`purge_closed_cases` removes closed cases that have
not changed for a while, with their notes, checklist runs, transcripts and
drafts, but only cases with nothing unsynced at all: no pending or refused edit,
no mutation in the outbox, no open conflict, no reply waiting.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from console.store.connection import Db
from console.store.errors import Unsynced
from console.store.fields import SPECS


def unsynced(db: Db) -> Unsynced:
    records: dict[str, int] = {}
    rejected = 0
    for entity, spec in SPECS.items():
        records[entity.value] = int(
            db.scalar(f"SELECT count(*) FROM {spec.table} WHERE dirty = 1")  # noqa: S608 (table name from a Spec)
        )
        rejected += int(
            db.scalar(
                f"SELECT count(*) FROM {spec.table} WHERE dirty = 1 AND conflict = 0"  # noqa: S608 (table name from a Spec)
                " AND pending_seq IS NULL AND sync_error IS NOT NULL"
            )
        )
    return Unsynced(
        records=records,
        outbox=int(db.scalar("SELECT count(*) FROM outbox")),
        conflicts=int(db.scalar("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")),
        rejected=rejected,
        drafts=int(db.scalar("SELECT count(*) FROM drafts")),
        replies=int(db.scalar("SELECT count(*) FROM replies")),
    )


_BUSY_CASE = """
    EXISTS (SELECT 1 FROM notes n WHERE n.case_id = c.id AND n.dirty = 1)
    OR EXISTS (SELECT 1 FROM checklist_runs r WHERE r.case_id = c.id AND r.dirty = 1)
    OR EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'case' AND o.id = c.id)
    OR EXISTS (SELECT 1 FROM outbox o JOIN notes n ON o.entity = 'note' AND o.id = n.id
               WHERE n.case_id = c.id)
    OR EXISTS (SELECT 1 FROM outbox o JOIN checklist_runs r
               ON o.entity = 'checklist_run' AND o.id = r.id WHERE r.case_id = c.id)
    OR EXISTS (SELECT 1 FROM replies p JOIN sessions s ON s.id = p.session_id
               WHERE s.case_id = c.id)
"""


def purge_closed_cases(db: Db, older_than_days: float, now: datetime) -> int:
    """Remove closed, fully synced cases unchanged for ``older_than_days``; returns how many."""
    cutoff = (now - timedelta(days=older_than_days)).isoformat()
    with db.tx():
        ids = [
            r["id"]
            for r in db.rows(
                "SELECT c.id FROM cases c WHERE c.status = 'closed' AND c.dirty = 0"  # noqa: S608 (a constant fragment)
                f" AND c.updated_at < ? AND NOT ({_BUSY_CASE})",
                (cutoff,),
            )
        ]
        for case_id in ids:
            sessions = [
                r["id"] for r in db.rows("SELECT id FROM sessions WHERE case_id = ?", (case_id,))
            ]
            for session_id in sessions:
                db.conn.execute("DELETE FROM messages WHERE session_id = ?", (session_id,))
                db.conn.execute(
                    "DELETE FROM drafts WHERE key LIKE ? ESCAPE '\\'",
                    (_prefix("session", session_id),),
                )
            db.conn.execute("DELETE FROM sessions WHERE case_id = ?", (case_id,))
            db.conn.execute("DELETE FROM notes WHERE case_id = ?", (case_id,))
            db.conn.execute("DELETE FROM checklist_runs WHERE case_id = ?", (case_id,))
            db.conn.execute(
                "DELETE FROM drafts WHERE key LIKE ? ESCAPE '\\'", (_prefix("case", case_id),)
            )
            db.conn.execute(
                "DELETE FROM conflicts WHERE resolved_at IS NOT NULL AND ("
                " (entity = 'case' AND id = ?)"
                " OR json_extract(server, '$.case_id') = ?)",
                (case_id, case_id),
            )
            db.conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))
    return len(ids)


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _prefix(kind: str, record_id: str) -> str:
    return f"{kind}:{like_escape(record_id)}:%"
