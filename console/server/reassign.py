"""A lead moves a session to another advocate (or takes it themself).

Allowed from queued, offered or active.  The target must have chosen
``available``, have room on the session's channel and speak its language (a call
already flagged ``interpreter_needed`` is exempt from the language rule);
otherwise 409 ``not_available``.  An active session stays active with the new
advocate; a queued or offered one is offered to the target with a fresh timer,
or becomes active at once when the lead takes it themself.  The previous
advocate gets ``session.removed`` (reason ``reassigned``) and loses the session
and, unless another session of it is theirs, its case; the new advocate and the
leads get ``session.reassigned``.  Each reassignment is audited.
"""

from __future__ import annotations

from console.domain.sessions import SessionAction, allowed
from console.protocol import (
    Channel,
    EventName,
    ReassignRequest,
    Role,
    Session,
    SessionReassigned,
    SessionState,
)
from console.server.audit import audit
from console.server.context import ServerContext
from console.server.db import Tx
from console.server.errors import forbidden, not_available, not_found, wrong_state
from console.server.presence import load_of
from console.server.records import grant
from console.server.routing import offer
from console.server.sessions import must_get_row, remove_from, session_model
from console.server.users import UserRow, lead_ids, load_user


def reassign(
    ctx: ServerContext, tx: Tx, lead: UserRow, session_id: str, request: ReassignRequest
) -> Session:
    if not lead.is_lead:
        raise forbidden("Only a shift lead may reassign sessions.")
    row = must_get_row(tx, session_id)
    state = SessionState(row["state"])
    if not allowed(SessionAction.REASSIGN, state):
        raise wrong_state(f"A session that is {state.value} cannot be reassigned.")
    target = load_user(tx, request.advocate_id)
    if target is None:
        raise not_found("advocate")
    if target.role is not Role.ADVOCATE and target.id != lead.id:
        raise not_available("Sessions go to advocates, or to the lead who takes them.")
    previous = row["advocate_id"]
    if previous == target.id:
        raise wrong_state("The session is already with that advocate.")
    channel = Channel(row["channel"])
    if target.status.value != "available":
        raise not_available(f"{target.display_name} is not available.")
    if not load_of(tx, target.id).has_room(target.max_sessions, channel):
        raise not_available(
            f"{target.display_name} has no room for another {channel.value} session."
        )
    exempt = channel is Channel.CALL and bool(row["interpreter_needed"])
    if not exempt and not target.speaks(row["language"]):
        raise not_available(f"{target.display_name} does not speak the session's language.")

    if state is SessionState.ACTIVE or target.id == lead.id:
        tx.execute(
            "UPDATE sessions SET state = 'active', advocate_id = ?,"
            " offered_at = COALESCE(offered_at, ?), accepted_at = COALESCE(accepted_at, ?),"
            " offer_expires_at = NULL, passed_over = '[]', updated_at = ? WHERE id = ?",
            (target.id, tx.now_text, tx.now_text, tx.now_text, session_id),
        )
        tx.execute("UPDATE users SET last_assigned_at = ? WHERE id = ?", (tx.now_text, target.id))
        grant(tx, target.id, row["case_id"])
        tx.after_commit(lambda: ctx.router.disarm(session_id))
    else:
        interpreter = channel is Channel.CALL and not target.speaks(row["language"])
        offer(
            tx,
            ctx.router,
            session_id,
            target.id,
            timeout_s=ctx.config.offer_timeout_s,
            interpreter_needed=interpreter or bool(row["interpreter_needed"]),
            passed_over=[],
            announce=False,
        )
    tx.queue_changed = True
    tx.touch_presence(previous, target.id)
    tx.route = True
    remove_from(
        tx,
        previous,
        session_id,
        "reassigned",
        by=lead.id,
        by_name=lead.display_name,
        note=request.reason,
    )
    model = session_model(must_get_row(tx, session_id))
    tx.emit(
        [*lead_ids(tx), target.id],
        EventName.SESSION_REASSIGNED,
        SessionReassigned(
            session=model,
            from_advocate_id=previous,
            to_advocate_id=target.id,
            by=lead.id,
            by_name=lead.display_name,
            reason=request.reason,
        ),
    )
    audit(
        tx,
        "session.reassign",
        actor_id=lead.id,
        subject_type="session",
        subject_id=session_id,
        from_advocate_id=previous,
        to_advocate_id=target.id,
        from_state=state.value,
        case_id=row["case_id"],
    )
    return model
