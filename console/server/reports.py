"""An audit entry for each report made (DOMAIN.md 3.2: every disclosure is audited).

A report is a note of kind ``report``; when one is created through ``/sync``, or
an existing note becomes one, the append-only audit log gets who (the user),
when, the case, the note and the outcome kind, which the note's first line
names (``[report:<kind>]``, see :mod:`console.domain.reporting`).  Never the body.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from console.domain.reporting import report_kind
from console.protocol import NoteKind
from console.server.audit import audit
from console.server.db import Tx
from console.server.users import UserRow

ACTION = "report.made"
UNSPECIFIED = "unspecified"


def note_written(
    tx: Tx, user: UserRow, written: sqlite3.Row, before: dict[str, Any] | None
) -> None:
    """Audit ``written`` (a note row just stored) if it is a new report."""
    data: dict[str, Any] = json.loads(written["data"])
    if data.get("kind") != NoteKind.REPORT.value or written["deleted"]:
        return
    if before is not None and before.get("kind") == NoteKind.REPORT.value:
        return  # an edit of a report already audited
    kind = report_kind(str(data.get("body") or ""))
    audit(
        tx,
        ACTION,
        actor_id=user.id,
        subject_type="note",
        subject_id=written["id"],
        case_id=written["case_id"],
        session_id=data.get("session_id"),
        outcome=kind.value if kind else UNSPECIFIED,
    )
