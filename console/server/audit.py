"""The append-only audit log: who did what, when, to which ids; never a body or a name.

Writing: :func:`audit` inside the transaction of the action itself, so an action
and its entry commit (or roll back) together.  The table has triggers that
refuse ``UPDATE`` and ``DELETE`` (``schema.py``), and nothing in the backend
offers a way to change or remove an entry.

Reading: :func:`read_audit`, for leads (``GET /api/v1/audit``), newest first.

Actions written: ``auth.login``, ``auth.login_failed``, ``auth.logout``,
``auth.refresh_reused`` (a used refresh token came back; its family is revoked),
``session.reassign``, ``session.look_in`` (a lead read a session held by someone
else), ``case.look_in`` (a lead opened a case that is not theirs),
``report.made`` and the SMS keyword events ``sms.*``.  The backend has no export
endpoint, so there is no export entry.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from console.protocol import AuditEntry
from console.server.clock import to_text
from console.server.db import Tx

LOGIN = "auth.login"
LOGIN_FAILED = "auth.login_failed"
LOGOUT = "auth.logout"
REFRESH_REUSED = "auth.refresh_reused"
SESSION_LOOK_IN = "session.look_in"
CASE_LOOK_IN = "case.look_in"


def audit(
    tx: Tx,
    action: str,
    *,
    actor_id: str | None = None,
    subject_type: str | None = None,
    subject_id: str | None = None,
    **detail: str | int | bool | None,
) -> None:
    tx.execute(
        "INSERT INTO audit(at, actor_id, action, subject_type, subject_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            tx.now_text,
            actor_id,
            action,
            subject_type,
            subject_id,
            json.dumps(detail, sort_keys=True),
        ),
    )


def _since_text(since: datetime) -> str:
    """Stored times are UTC text; a time without an offset is taken as UTC."""
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    try:
        return to_text(since)
    except OverflowError:  # 0001-01-01T00:00+01:00 or 9999-12-31T23:59-01:00 in UTC
        return "" if since.year < 2 else "~"  # before, or after, every stored time


def read_audit(
    tx: Tx,
    *,
    since: datetime | None = None,
    actor: str | None = None,
    action: str | None = None,
    limit: int,
    offset: int = 0,
) -> list[AuditEntry]:
    """Entries matching every filter given, newest first.

    ``action`` is an exact action, or a prefix ending in ``.`` (``auth.``).
    """
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append("at >= ?")
        params.append(_since_text(since))
    if actor:
        where.append("actor_id = ?")
        params.append(actor)
    if action:
        if action.endswith("."):
            where.append("substr(action, 1, ?) = ?")
            params.extend((len(action), action))
        else:
            where.append("action = ?")
            params.append(action)
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    rows = tx.all(
        f"SELECT * FROM audit{clause} ORDER BY id DESC LIMIT ? OFFSET ?",  # noqa: S608 (fixed clauses; values are parameters)
        (*params, limit, offset),
    )
    return [
        AuditEntry(
            id=row["id"],
            at=datetime.fromisoformat(row["at"]),
            actor_id=row["actor_id"],
            action=row["action"],
            subject_type=row["subject_type"],
            subject_id=row["subject_id"],
            detail=json.loads(row["detail"]),
        )
        for row in rows
    ]
