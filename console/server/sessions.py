"""Sessions in the database: reading, turning rows into wire models, who may see them.

Visibility: an advocate sees the sessions offered to or held by them (the list
shows those not closed); a lead sees every session (the list shows those not
closed).  Anyone else gets 404, so a session's existence is not revealed.
Session and message events go to the session's advocate and to every lead.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from console.protocol import (
    Channel,
    EventName,
    Message,
    Session,
    SessionDetail,
    SessionRemoved,
)
from console.server.db import Tx
from console.server.errors import not_found
from console.server.users import UserRow, lead_ids

SELECT_SESSION = (
    "SELECT s.*, (s.channel = 'text' AND EXISTS (SELECT 1 FROM blocked b"
    " WHERE b.contact_hash = s.contact_hash)) AS opted_out FROM sessions s"
)


def session_fields(row: sqlite3.Row) -> dict[str, Any]:
    """A session row as the plain data of the ``Session`` wire model."""
    call = row["channel"] == Channel.CALL.value
    return {
        "id": row["id"],
        "channel": row["channel"],
        "state": row["state"],
        "language": row["language"],
        "advocate_id": row["advocate_id"],
        "case_id": row["case_id"],
        "contact": {
            "label": row["contact_label"],
            "relay": bool(row["relay"]),
            "interpreter": json.loads(row["interpreter"]) if row["interpreter"] else None,
            "opted_out": bool(row["opted_out"]),
        },
        "queued_at": row["queued_at"],
        "offered_at": row["offered_at"],
        "accepted_at": row["accepted_at"],
        "ended_at": row["ended_at"],
        "disposition": row["disposition"],
        "wrap_up_until": row["wrap_up_until"],
        "offer_expires_at": row["offer_expires_at"],
        "interpreter_needed": bool(row["interpreter_needed"]),
        "call": {
            "on_hold": bool(row["on_hold"]),
            "muted": bool(row["muted"]),
            "hold_since": row["hold_since"],
            "held_seconds": row["held_seconds"] or 0.0,
        }
        if call
        else None,
        "interpreter_log": json.loads(row["interpreter_log"]),
        "contact_left": bool(row["contact_left"]),
        "updated_at": row["updated_at"],
    }


def session_model(row: sqlite3.Row) -> Session:
    return Session.model_validate(session_fields(row))


def message_model(row: sqlite3.Row) -> Message:
    return Message.model_validate(
        {
            "id": row["id"],
            "client_msg_id": row["client_msg_id"],
            "session_id": row["session_id"],
            "author": row["author"],
            "advocate_id": row["advocate_id"],
            "body": row["body"],
            "created_at": row["created_at"],
            "delivery": row["delivery"],
        }
    )


def get_row(tx: Tx, session_id: str) -> sqlite3.Row | None:
    return tx.one(f"{SELECT_SESSION} WHERE s.id = ?", (session_id,))


def must_get_row(tx: Tx, session_id: str) -> sqlite3.Row:
    row = get_row(tx, session_id)
    if row is None:
        raise not_found("session")
    return row


def can_see(user: UserRow, row: sqlite3.Row) -> bool:
    return user.is_lead or row["advocate_id"] == user.id


def visible_row(tx: Tx, user: UserRow, session_id: str) -> sqlite3.Row:
    """The session if this user may see it, else 404 (existence is not revealed)."""
    row = get_row(tx, session_id)
    if row is None or not can_see(user, row):
        raise not_found("session")
    return row


def list_for(tx: Tx, user: UserRow) -> list[Session]:
    if user.is_lead:
        rows = tx.all(f"{SELECT_SESSION} WHERE s.state != 'closed' ORDER BY s.queued_at")
    else:
        rows = tx.all(
            f"{SELECT_SESSION} WHERE s.advocate_id = ? AND s.state != 'closed'"
            " ORDER BY s.queued_at",
            (user.id,),
        )
    return [session_model(r) for r in rows]


def messages_of(tx: Tx, session_id: str) -> list[Message]:
    rows = tx.all("SELECT * FROM messages WHERE session_id = ? ORDER BY rowid", (session_id,))
    return [message_model(r) for r in rows]


def detail(tx: Tx, row: sqlite3.Row) -> SessionDetail:
    base = session_model(row).model_dump()
    return SessionDetail.model_validate({**base, "messages": messages_of(tx, row["id"])})


def recipients(tx: Tx, row: sqlite3.Row) -> list[str]:
    return [*lead_ids(tx), *([row["advocate_id"]] if row["advocate_id"] else [])]


def publish(
    tx: Tx,
    session_id: str,
    name: EventName = EventName.SESSION_UPDATED,
    *,
    advocate: bool = True,
) -> Session:
    """Send the session's current state to the leads and (unless told not to) its advocate."""
    row = must_get_row(tx, session_id)
    model = session_model(row)
    tx.emit(recipients(tx, row) if advocate else lead_ids(tx), name, model)
    return model


def remove_from(
    tx: Tx,
    user_id: str | None,
    session_id: str,
    reason: str,
    *,
    by: str | None = None,
    by_name: str | None = None,
    note: str | None = None,
) -> None:
    """Tell one advocate the session left their view (``session.removed``)."""
    if user_id is None or user_id in lead_ids(tx):
        return
    payload = SessionRemoved.model_validate(
        {"session_id": session_id, "reason": reason, "by": by, "by_name": by_name, "note": note}
    )
    tx.emit([user_id], EventName.SESSION_REMOVED, payload)


def open_session_for(tx: Tx, contact_hash: str, channel: Channel) -> sqlite3.Row | None:
    """The contact's open session on this channel (queued, offered or active)."""
    return tx.one(
        f"{SELECT_SESSION} WHERE s.contact_hash = ? AND s.channel = ?"
        " AND s.state IN ('queued', 'offered', 'active') ORDER BY s.queued_at DESC LIMIT 1",
        (contact_hash, channel.value),
    )
