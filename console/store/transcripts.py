"""Cached transcripts (sessions and their messages), replies waiting to go out, and search.

Sessions are kept whole as JSON (the wire model), with the columns a query needs
beside it; messages one row each, upserted by id.  Replies typed while offline
wait in ``replies`` in the order they were typed; the app sends them (each with
its ``client_msg_id``, so a resend is answered with the same message) and then
calls :func:`reply_sent`.

Search runs over the FTS5 indexes of notes and messages (inside the encrypted
file); the user's words are quoted, so no input is FTS syntax.  Over a large
cache, run it on the worker (:mod:`console.store.worker`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from console.protocol import Message, Session, SessionDetail
from console.store.connection import Db

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Reply:
    client_msg_id: str
    session_id: str
    body: str

    def __repr__(self) -> str:  # the body is a message: never in a log
        return f"Reply({self.client_msg_id!r}, session={self.session_id!r})"


@dataclass(frozen=True)
class Hit:
    """One search match: a note or a message, and the case it belongs to."""

    case_id: str | None
    kind: str  # "note" or "message"
    id: str
    session_id: str | None


def _message_row(message: Message) -> dict[str, Any]:
    return {
        "id": message.id,
        "session_id": message.session_id,
        "client_msg_id": message.client_msg_id,
        "author": message.author.value,
        "body": message.body,
        "created_at": message.created_at.isoformat(),
        "data": message.model_dump_json(),
    }


def save_session(db: Db, session: Session) -> None:
    """Cache a session (a :class:`SessionDetail` brings its messages along)."""
    plain = Session.model_validate(session.model_dump(exclude={"messages"}))
    with db.tx():
        db.conn.execute(
            "INSERT INTO sessions(id, case_id, state, queued_at, data) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET case_id = excluded.case_id, state = excluded.state,"
            " queued_at = excluded.queued_at, data = excluded.data",
            (
                plain.id,
                plain.case_id,
                plain.state.value,
                plain.queued_at.isoformat(),
                plain.model_dump_json(),
            ),
        )
        if isinstance(session, SessionDetail) and session.messages:
            _upsert_messages(db, session.messages)


_UPSERT_MESSAGE = (
    "INSERT INTO messages(id, session_id, client_msg_id, author, body, created_at, data)"
    " VALUES (:id, :session_id, :client_msg_id, :author, :body, :created_at, :data)"
    " ON CONFLICT(id) DO UPDATE SET session_id = excluded.session_id,"
    " client_msg_id = excluded.client_msg_id, author = excluded.author, body = excluded.body,"
    " created_at = excluded.created_at, data = excluded.data"
)

# One validation of a JSON array is many times cheaper than one call per message.
_MESSAGE_LIST = TypeAdapter(list[Message])


def _upsert_messages(db: Db, messages: Iterable[Message]) -> None:
    """One statement for the batch (it runs on the UI thread: a few ms for a quarter second)."""
    rows = [_message_row(m) for m in messages]
    if rows:
        db.conn.executemany(_UPSERT_MESSAGE, rows)


def save_messages(db: Db, messages: Iterable[Message]) -> None:
    with db.tx():
        _upsert_messages(db, messages)


def session(db: Db, session_id: str) -> Session | None:
    text = db.scalar("SELECT data FROM sessions WHERE id = ?", (session_id,))
    return None if text is None else Session.model_validate_json(text)


def sessions_for_case(db: Db, case_id: str) -> list[Session]:
    return [
        Session.model_validate_json(r["data"])
        for r in db.rows(
            "SELECT data FROM sessions WHERE case_id = ? ORDER BY queued_at", (case_id,)
        )
    ]


def messages(
    db: Db, session_id: str, last: int | None = None, before_id: str | None = None
) -> list[Message]:
    """The session's messages, oldest first; with ``last``, only the newest ``last`` of them
    (older than the message ``before_id`` when given: the page before it).

    A tab needs only its newest page to show (the view lays out a window of
    the newest rows): reading 100,000 messages costs about a second, the newest
    200 a few milliseconds.
    """
    if before_id is not None:
        rows = db.rows(
            "SELECT data FROM (SELECT m.data, m.created_at, m.rowid AS r FROM messages m,"
            " (SELECT created_at, rowid AS r FROM messages WHERE id = ?) b"
            " WHERE m.session_id = ? AND (m.created_at, m.rowid) < (b.created_at, b.r)"
            " ORDER BY m.created_at DESC, m.rowid DESC LIMIT ?) ORDER BY created_at, r",
            (before_id, session_id, last if last is not None else -1),
        )
    elif last is not None:
        rows = db.rows(
            "SELECT data FROM (SELECT data, created_at, rowid AS r FROM messages"
            " WHERE session_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?)"
            " ORDER BY created_at, r",
            (session_id, last),
        )
    else:
        rows = db.rows(
            "SELECT data FROM messages WHERE session_id = ? ORDER BY created_at, rowid",
            (session_id,),
        )
    if not rows:
        return []
    return _MESSAGE_LIST.validate_json("[" + ",".join(r["data"] for r in rows) + "]")


def queue_reply(db: Db, session_id: str, client_msg_id: str, body: str) -> None:
    with db.tx():
        db.conn.execute(
            "INSERT INTO replies(client_msg_id, session_id, body, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(client_msg_id) DO NOTHING",
            (client_msg_id, session_id, body, db.now_text()),
        )


def queued_replies(db: Db, session_id: str | None = None) -> list[Reply]:
    if session_id is None:
        rows = db.rows("SELECT * FROM replies ORDER BY rowid")
    else:
        rows = db.rows("SELECT * FROM replies WHERE session_id = ? ORDER BY rowid", (session_id,))
    return [Reply(r["client_msg_id"], r["session_id"], r["body"]) for r in rows]


def reply_sent(db: Db, client_msg_id: str, message: Message | None = None) -> None:
    """The server has the reply: it leaves the queue (and joins the transcript)."""
    with db.tx():
        db.conn.execute("DELETE FROM replies WHERE client_msg_id = ?", (client_msg_id,))
        if message is not None:
            _upsert_messages(db, [message])


def fts_query(text: str) -> str | None:
    """Every word quoted, each a prefix: ``traf lab`` -> ``"traf"* "lab"*``."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:16])


def search(db: Db, text: str, limit: int = 50) -> list[Hit]:
    query = fts_query(text)
    if query is None:
        return []
    hits = [
        Hit(r["case_id"], "note", r["id"], r["session_id"])
        for r in db.rows(
            "SELECT n.id, n.case_id, n.session_id FROM notes_fts f"
            " JOIN notes n ON n.rowid = f.rowid"
            " WHERE notes_fts MATCH ? AND n.deleted = 0 ORDER BY rank LIMIT ?",
            (query, limit),
        )
    ]
    hits += [
        Hit(r["case_id"], "message", r["id"], r["session_id"])
        for r in db.rows(
            "SELECT m.id, m.session_id, s.case_id FROM messages_fts f"
            " JOIN messages m ON m.rowid = f.rowid"
            " LEFT JOIN sessions s ON s.id = m.session_id"
            " WHERE messages_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
    ]
    return hits[:limit]


def open_sessions(db: Db, advocate_id: str) -> list[Session]:
    """The advocate's active and wrap-up sessions as last cached (an offline start's tabs)."""
    rows = db.rows(
        "SELECT data FROM sessions WHERE state IN ('active', 'wrap_up') ORDER BY queued_at"
    )
    sessions = [Session.model_validate_json(r["data"]) for r in rows]
    return [s for s in sessions if s.advocate_id == advocate_id]
