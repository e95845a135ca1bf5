"""The append-only audit log: who did what, when, to which ids; never a body or a name."""

from __future__ import annotations

import json

from console.server.db import Tx


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
