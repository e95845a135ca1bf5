"""Transcript messages: from the contact, from the advocate, and system notes.

An advocate's message is idempotent per session by ``client_msg_id`` (a repeat
returns the first one), allowed only to the advocate holding the active chat
or text session, never to a texter who opted out, and handed to the channel
gateways after the commit (``Outbound(kind="message")``).  A gateway's delivery
report sets ``delivered`` or ``failed`` and is announced as ``message.updated``.
"""

from __future__ import annotations

import sqlite3
import uuid

from console.domain.sessions import body_limit, has_transcript
from console.protocol import Author, Channel, Delivery, EventName, Message, MessageCreate
from console.server.db import Database, Tx
from console.server.errors import forbidden, invalid, not_available, wrong_state
from console.server.gateway import Gateway, Outbound
from console.server.sessions import message_model, recipients, visible_row
from console.server.users import UserRow


def append(
    tx: Tx,
    session: sqlite3.Row,
    author: Author,
    body: str,
    *,
    advocate_id: str | None = None,
    client_msg_id: str | None = None,
    delivery: Delivery = Delivery.DELIVERED,
) -> Message:
    """Add a message to the transcript and announce it (``message.created``)."""
    message_id = str(uuid.uuid4())
    row = tx.one(
        "INSERT INTO messages(id, session_id, client_msg_id, author, advocate_id, body,"
        " created_at, delivery) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *",
        (
            message_id,
            session["id"],
            client_msg_id,
            author.value,
            advocate_id,
            body,
            tx.now_text,
            delivery.value,
        ),
    )
    assert row is not None
    message = message_model(row)
    tx.emit(recipients(tx, session), EventName.MESSAGE_CREATED, message)
    return message


def system_note(tx: Tx, session: sqlite3.Row, body: str) -> Message:
    return append(tx, session, Author.SYSTEM, body)


def send(
    tx: Tx, gateway: Gateway, user: UserRow, session_id: str, request: MessageCreate
) -> tuple[Message, bool]:
    """An advocate's reply: (message, created).  A repeated client_msg_id is not re-sent."""
    row = visible_row(tx, user, session_id)
    earlier = tx.one(
        "SELECT * FROM messages WHERE session_id = ? AND client_msg_id = ?",
        (session_id, request.client_msg_id),
    )
    if earlier is not None:
        return message_model(earlier), False
    if row["advocate_id"] != user.id:
        raise forbidden("Only the advocate holding this session may write in it.")
    channel = Channel(row["channel"])
    if not has_transcript(channel):
        raise wrong_state("Calls have no transcript; messages go to chat and text sessions.")
    if row["opted_out"]:
        raise not_available(
            "This texter replied STOP and opted out: nothing can be sent to them"
            " unless they text START again."
        )
    if row["state"] != "active":
        raise wrong_state(
            f"Messages can be sent only in an active session (this one is {row['state']})."
        )
    limit = body_limit(channel)
    if len(request.body) > limit:
        raise invalid({"body": f"at most {limit} characters on this channel"})
    message = append(
        tx,
        row,
        Author.ADVOCATE,
        request.body,
        advocate_id=user.id,
        client_msg_id=request.client_msg_id,
        delivery=Delivery.SENT,
    )
    out = Outbound(
        kind="message",
        session_id=session_id,
        channel=channel,
        contact_ref=row["contact_hash"],
        message_id=message.id,
        body=message.body,
    )
    tx.after_commit(lambda: gateway.publish(out))
    return message, True


class DeliveryApplier:
    """Applies a gateway's delivery report (registered on the Gateway)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def __call__(self, message_id: str, delivered: bool) -> None:
        with self.db.transaction() as tx:
            row = tx.one(
                "UPDATE messages SET delivery = ? WHERE id = ? AND author = 'advocate' RETURNING *",
                ((Delivery.DELIVERED if delivered else Delivery.FAILED).value, message_id),
            )
            if row is None:
                return
            session = tx.one(
                "SELECT id, advocate_id FROM sessions WHERE id = ?", (row["session_id"],)
            )
            if session is not None:
                tx.emit(recipients(tx, session), EventName.MESSAGE_UPDATED, message_model(row))
