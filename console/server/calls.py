"""Call control: hold, mute and a telephonic interpreter on a live call.

The voice runs on the hotline's telephony; the backend keeps the state the
console shows: hold (``hold_since`` and the total ``held_seconds``), mute, and
the interpreter now on the line, with an ``interpreter_log`` entry per
interpreter (joined, left, minutes) for billing and QA.  Interpreters joining
and leaving are also written into the session as system messages.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from console.protocol import CallAction, CallControlRequest, Channel, Session
from console.server.clock import from_text
from console.server.content import texts
from console.server.db import Tx
from console.server.errors import forbidden, invalid, wrong_state
from console.server.messages import system_note
from console.server.sessions import must_get_row, publish, visible_row
from console.server.users import UserRow


def _elapsed(tx: Tx, since_text: str | None) -> float:
    since = from_text(since_text)
    return 0.0 if since is None else max(0.0, (tx.now - since).total_seconds())


def _drop_interpreter(tx: Tx, row: sqlite3.Row) -> None:
    current = json.loads(row["interpreter"]) if row["interpreter"] else None
    if current is None:
        return
    log: list[dict[str, Any]] = json.loads(row["interpreter_log"])
    minutes = round(_elapsed(tx, current["joined_at"]) / 60.0, 2)
    for entry in reversed(log):
        if entry.get("left_at") is None:
            entry["left_at"] = tx.now_text
            entry["minutes"] = minutes
            break
    tx.execute(
        "UPDATE sessions SET interpreter = NULL, interpreter_log = ? WHERE id = ?",
        (json.dumps(log), row["id"]),
    )
    system_note(
        tx,
        row,
        texts().system_text("interpreter_left", language=current["language"], minutes=minutes),
    )


def settle_call(tx: Tx, row: sqlite3.Row) -> None:
    """A call ends: stop the hold clock and let the interpreter go."""
    if row["channel"] != Channel.CALL.value:
        return
    if row["on_hold"]:
        tx.execute(
            "UPDATE sessions SET on_hold = 0, hold_since = NULL, held_seconds = held_seconds + ?"
            " WHERE id = ?",
            (_elapsed(tx, row["hold_since"]), row["id"]),
        )
    _drop_interpreter(tx, row)


def control(tx: Tx, user: UserRow, session_id: str, request: CallControlRequest) -> Session:
    row = visible_row(tx, user, session_id)
    if row["advocate_id"] != user.id:
        raise forbidden("Only the advocate on this call may control it.")
    if row["channel"] != Channel.CALL.value:
        raise wrong_state("Call control applies to calls only.")
    if row["state"] != "active":
        raise wrong_state(f"Call control needs an active call (this one is {row['state']}).")
    action = request.action
    sid = row["id"]
    if action is CallAction.HOLD:
        if row["on_hold"]:
            raise wrong_state("The call is already on hold.")
        tx.execute(
            "UPDATE sessions SET on_hold = 1, hold_since = ? WHERE id = ?", (tx.now_text, sid)
        )
    elif action is CallAction.RESUME:
        if not row["on_hold"]:
            raise wrong_state("The call is not on hold.")
        tx.execute(
            "UPDATE sessions SET on_hold = 0, hold_since = NULL, held_seconds = held_seconds + ?"
            " WHERE id = ?",
            (_elapsed(tx, row["hold_since"]), sid),
        )
    elif action is CallAction.MUTE:
        if row["muted"]:
            raise wrong_state("The call is already muted.")
        tx.execute("UPDATE sessions SET muted = 1 WHERE id = ?", (sid,))
    elif action is CallAction.UNMUTE:
        if not row["muted"]:
            raise wrong_state("The call is not muted.")
        tx.execute("UPDATE sessions SET muted = 0 WHERE id = ?", (sid,))
    elif action is CallAction.ADD_INTERPRETER:
        _add_interpreter(tx, row, request)
    elif action is CallAction.DROP_INTERPRETER:
        if not row["interpreter"]:
            raise wrong_state("No interpreter is on this call.")
        _drop_interpreter(tx, row)
    tx.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", (tx.now_text, sid))
    return publish(tx, sid)


def _add_interpreter(tx: Tx, row: sqlite3.Row, request: CallControlRequest) -> None:
    if request.language is None:
        raise invalid({"language": "add_interpreter needs the interpreter's language"})
    if row["interpreter"]:
        raise wrong_state("An interpreter is already on this call; drop them first.")
    joined = {
        "language": request.language,
        "joined_at": tx.now_text,
        "interpreter_id": request.interpreter_id,
    }
    log: list[dict[str, Any]] = json.loads(row["interpreter_log"])
    log.append({**joined, "left_at": None, "minutes": 0.0})
    tx.execute(
        "UPDATE sessions SET interpreter = ?, interpreter_log = ? WHERE id = ?",
        (json.dumps(joined), json.dumps(log), row["id"]),
    )
    fresh = must_get_row(tx, row["id"])
    system_note(tx, fresh, texts().system_text("interpreter_joined", language=request.language))
