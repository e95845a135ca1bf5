"""Session actions by the advocate and by the contact (API.md "Sessions").

accept / decline an offer; end (active -> wrap_up, with a disposition and a
soft ``wrap_up_until`` target, never closed automatically); close (wrap_up ->
closed); the contact leaving (active -> wrap_up with ``contact_left``; queued or
offered -> withdrawn, i.e. closed, and the offer is taken back).
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from console.domain.sessions import SessionAction, allowed, has_transcript
from console.protocol import Channel, Disposition, Session, SessionState
from console.server.calls import settle_call
from console.server.clock import to_text
from console.server.content import texts
from console.server.context import ServerContext
from console.server.db import Tx
from console.server.errors import forbidden, wrong_state
from console.server.gateway import Outbound
from console.server.messages import system_note
from console.server.records import grant
from console.server.routing import requeue
from console.server.sessions import must_get_row, publish, remove_from, session_model, visible_row
from console.server.users import UserRow


def _check(action: SessionAction, row: sqlite3.Row, what: str) -> None:
    if not allowed(action, SessionState(row["state"])):
        raise wrong_state(f"Cannot {what} a session that is {row['state']}.")


def _offered_to_me(
    tx: Tx, user: UserRow, session_id: str, action: SessionAction, what: str
) -> sqlite3.Row:
    row = visible_row(tx, user, session_id)
    _check(action, row, what)
    if row["advocate_id"] != user.id:
        raise forbidden(f"Only the advocate this session is offered to may {what} it.")
    return row


def accept(ctx: ServerContext, tx: Tx, user: UserRow, session_id: str) -> Session:
    row = _offered_to_me(tx, user, session_id, SessionAction.ACCEPT, "accept")
    tx.execute(
        "UPDATE sessions SET state = 'active', accepted_at = ?, offer_expires_at = NULL,"
        " passed_over = '[]', updated_at = ? WHERE id = ?",
        (tx.now_text, tx.now_text, session_id),
    )
    tx.execute("UPDATE users SET last_assigned_at = ? WHERE id = ?", (tx.now_text, user.id))
    grant(tx, user.id, row["case_id"])
    tx.touch_presence(user.id)
    tx.queue_changed = True
    tx.after_commit(lambda: ctx.router.disarm(session_id))
    return publish(tx, session_id)


def decline(ctx: ServerContext, tx: Tx, user: UserRow, session_id: str) -> Session:
    _offered_to_me(tx, user, session_id, SessionAction.DECLINE, "decline")
    requeue(tx, session_id, reason="declined")
    tx.after_commit(lambda: ctx.router.disarm(session_id))
    return session_model(must_get_row(tx, session_id))


def _to_wrap_up(ctx: ServerContext, tx: Tx, row: sqlite3.Row, *, contact_left: bool) -> None:
    settle_call(tx, row)
    until = tx.now + timedelta(seconds=ctx.config.wrap_up_s)
    tx.execute(
        "UPDATE sessions SET state = 'wrap_up', ended_at = ?, wrap_up_until = ?,"
        " contact_left = MAX(contact_left, ?), updated_at = ? WHERE id = ?",
        (tx.now_text, to_text(until), int(contact_left), tx.now_text, row["id"]),
    )
    tx.touch_presence(row["advocate_id"])
    tx.route = True


def end(
    ctx: ServerContext, tx: Tx, user: UserRow, session_id: str, disposition: Disposition
) -> Session:
    """Active -> wrap_up with a disposition.  A session the contact already left
    (wrap_up with no disposition yet) takes its disposition here too."""
    row = visible_row(tx, user, session_id)
    if row["advocate_id"] != user.id:
        raise forbidden("Only the advocate holding this session may end it.")
    if row["state"] == "wrap_up" and row["disposition"] is None:
        tx.execute(
            "UPDATE sessions SET disposition = ?, updated_at = ? WHERE id = ?",
            (disposition.value, tx.now_text, session_id),
        )
        return publish(tx, session_id)
    _check(SessionAction.END, row, "end")
    _to_wrap_up(ctx, tx, row, contact_left=False)
    tx.execute("UPDATE sessions SET disposition = ? WHERE id = ?", (disposition.value, session_id))
    out = Outbound(
        kind="ended",
        session_id=session_id,
        channel=Channel(row["channel"]),
        contact_ref=row["contact_hash"],
    )
    tx.after_commit(lambda: ctx.gateway.publish(out))
    return publish(tx, session_id)


def close(tx: Tx, user: UserRow, session_id: str) -> Session:
    row = visible_row(tx, user, session_id)
    if row["advocate_id"] != user.id and not user.is_lead:
        raise forbidden("Only the advocate holding this session (or a lead) may close it.")
    _check(SessionAction.CLOSE, row, "close")
    tx.execute(
        "UPDATE sessions SET state = 'closed', closed_at = ?, updated_at = ? WHERE id = ?",
        (tx.now_text, tx.now_text, session_id),
    )
    tx.touch_presence(row["advocate_id"])
    tx.route = True
    return publish(tx, session_id)


def contact_left(ctx: ServerContext, tx: Tx, row: sqlite3.Row, *, note: bool = True) -> None:
    """The contact hung up or closed the chat: wrap up, or withdraw if never answered."""
    state = SessionState(row["state"])
    if state is SessionState.ACTIVE:
        _to_wrap_up(ctx, tx, row, contact_left=True)
        if note and has_transcript(Channel(row["channel"])):
            system_note(tx, row, texts().system_text("contact_left"))
        publish(tx, row["id"])
    elif allowed(SessionAction.WITHDRAW, state):
        withdraw(ctx, tx, row)


def withdraw(ctx: ServerContext, tx: Tx, row: sqlite3.Row) -> None:
    """A contact who left before anyone answered: closed; the offer is taken back."""
    session_id = row["id"]
    tx.execute(
        "UPDATE sessions SET state = 'closed', closed_at = ?, contact_left = 1, advocate_id = NULL,"
        " offer_expires_at = NULL, updated_at = ? WHERE id = ?",
        (tx.now_text, tx.now_text, session_id),
    )
    if row["state"] == "offered":
        remove_from(tx, row["advocate_id"], session_id, "withdrawn")
        tx.touch_presence(row["advocate_id"])
        tx.after_commit(lambda: ctx.router.disarm(session_id))
        tx.route = True
    tx.queue_changed = True
    publish(tx, session_id, advocate=False)
