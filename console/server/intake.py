"""A new contact: its session, queued, and the case opened with it."""

from __future__ import annotations

import sqlite3
import uuid

from console.protocol import Channel
from console.server.contacts import label, pseudonym, served_language
from console.server.content import texts
from console.server.db import Tx
from console.server.records import open_case
from console.server.sessions import must_get_row, publish


def start_session(
    tx: Tx, channel: Channel, contact: str, *, language: str | None, relay: bool = False
) -> sqlite3.Row:
    """Queue a new session for this contact, with a new case."""
    session_id = str(uuid.uuid4())
    title = texts().case_title(channel, pseudonym(contact), tx.now)
    case_id = open_case(tx, title)
    tx.execute(
        "INSERT INTO sessions(id, channel, state, language, requested_language, case_id,"
        " contact_hash, contact_label, relay, queued_at, updated_at)"
        " VALUES (?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session_id,
            channel.value,
            served_language(channel, language),
            language,
            case_id,
            contact,
            label(channel, contact),
            int(relay and channel is Channel.CALL),
            tx.now_text,
            tx.now_text,
        ),
    )
    publish(tx, session_id)
    tx.queue_changed = True
    tx.route = True
    return must_get_row(tx, session_id)
