"""Audit a lead looking into what is not theirs: another's session, a case they never worked.

A lead may read every session and case (API.md); each such read of a session
held by someone else (or by no one), or of a case the lead never held a
session of, writes an audit entry with the ids and the state, never the content.
"""

from __future__ import annotations

import sqlite3

from console.server.audit import CASE_LOOK_IN, SESSION_LOOK_IN, audit
from console.server.db import Database
from console.server.records import worked_on_case
from console.server.users import UserRow


def session_look_in(db: Database, user: UserRow, row: sqlite3.Row) -> None:
    """After a lead read ``row`` (a session): audit it unless it is the lead's own."""
    if not user.is_lead or row["advocate_id"] == user.id:
        return
    with db.transaction() as tx:
        audit(
            tx,
            SESSION_LOOK_IN,
            actor_id=user.id,
            subject_type="session",
            subject_id=row["id"],
            advocate_id=row["advocate_id"],
            state=row["state"],
            channel=row["channel"],
            case_id=row["case_id"],
        )


def case_look_in(db: Database, user: UserRow, case_id: str) -> None:
    """After a lead read a case: audit it unless the lead worked on it."""
    if not user.is_lead:
        return
    with db.transaction() as tx:
        if worked_on_case(tx, user, case_id):
            return
        audit(tx, CASE_LOOK_IN, actor_id=user.id, subject_type="case", subject_id=case_id)
