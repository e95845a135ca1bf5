"""Sessions: list, detail, offers, messages, call control, end, close, reassign."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Response

from console.protocol import (
    API_PREFIX,
    CallControlRequest,
    EndRequest,
    Message,
    MessageCreate,
    ReassignRequest,
    Session,
    SessionDetail,
)
from console.server import calls, lifecycle, messages
from console.server.deps import Ctx, CurrentUser
from console.server.look_in import session_look_in
from console.server.reassign import reassign as reassign_session
from console.server.routes.docs import BODY, errors
from console.server.sessions import detail, list_for, visible_row

router = APIRouter(prefix=API_PREFIX, tags=["sessions"])

_REPEAT: dict[int | str, dict[str, Any]] = {
    200: {"model": Message, "description": "A repeated `client_msg_id`: the first message."}
}
SessionId = Path(min_length=1, max_length=64, description="The session's id.")


@router.get("/sessions", response_model=list[Session], responses=errors(401))
async def list_sessions(user: CurrentUser, ctx: Ctx) -> list[Session]:
    """An advocate sees the sessions offered to or held by them; a lead sees
    every session; closed sessions are left out."""
    with ctx.db.read() as tx:
        return list_for(tx, user)


@router.get("/sessions/{session_id}", response_model=SessionDetail, responses=errors(401, 404, 422))
async def get_session(user: CurrentUser, ctx: Ctx, session_id: str = SessionId) -> SessionDetail:
    """A lead reading a session held by someone else is audited (``session.look_in``)."""
    with ctx.db.read() as tx:
        row = visible_row(tx, user, session_id)
        result = detail(tx, row)
    session_look_in(ctx.db, user, row)
    return result


@router.post(
    "/sessions/{session_id}/accept",
    response_model=Session,
    responses=errors(401, 403, 404, 409, 422),
)
async def accept(user: CurrentUser, ctx: Ctx, session_id: str = SessionId) -> Session:
    with ctx.db.transaction() as tx:
        return lifecycle.accept(ctx, tx, user, session_id)


@router.post(
    "/sessions/{session_id}/decline",
    response_model=Session,
    responses=errors(401, 403, 404, 409, 422),
)
async def decline(user: CurrentUser, ctx: Ctx, session_id: str = SessionId) -> Session:
    """The session goes back to the queue and on to another advocate."""
    with ctx.db.transaction() as tx:
        return lifecycle.decline(ctx, tx, user, session_id)


@router.post(
    "/sessions/{session_id}/messages",
    response_model=Message,
    status_code=201,
    responses=_REPEAT | errors(*BODY, 401, 403, 404, 409),
)
async def send_message(
    body: MessageCreate,
    response: Response,
    user: CurrentUser,
    ctx: Ctx,
    session_id: str = SessionId,
) -> Message:
    """Chat and text only, by the advocate holding the active session.  A text
    reply is at most 1600 characters; a texter who sent STOP gets nothing
    (409 ``not_available``)."""
    with ctx.db.transaction() as tx:
        message, created = messages.send(tx, ctx.gateway, user, session_id, body)
    if not created:
        response.status_code = 200
    return message


@router.post(
    "/sessions/{session_id}/call",
    response_model=Session,
    responses=errors(*BODY, 401, 403, 404, 409),
)
async def call_control(
    body: CallControlRequest, user: CurrentUser, ctx: Ctx, session_id: str = SessionId
) -> Session:
    """Hold, resume, mute, unmute, add_interpreter (with ``language`` and an
    optional ``interpreter_id``) and drop_interpreter, on an active call."""
    with ctx.db.transaction() as tx:
        return calls.control(tx, user, session_id, body)


@router.post(
    "/sessions/{session_id}/end",
    response_model=Session,
    responses=errors(*BODY, 401, 403, 404, 409),
)
async def end(
    body: EndRequest, user: CurrentUser, ctx: Ctx, session_id: str = SessionId
) -> Session:
    """Active -> wrap_up with ``wrap_up_until`` (a soft target, 120 s later;
    nothing closes on its own).  Also sets the disposition of a session the
    contact left."""
    with ctx.db.transaction() as tx:
        return lifecycle.end(ctx, tx, user, session_id, body.disposition)


@router.post(
    "/sessions/{session_id}/close",
    response_model=Session,
    responses=errors(401, 403, 404, 409, 422),
)
async def close(user: CurrentUser, ctx: Ctx, session_id: str = SessionId) -> Session:
    with ctx.db.transaction() as tx:
        return lifecycle.close(tx, user, session_id)


@router.post(
    "/sessions/{session_id}/reassign",
    response_model=Session,
    responses=errors(*BODY, 401, 403, 404, 409),
)
async def reassign(
    body: ReassignRequest, user: CurrentUser, ctx: Ctx, session_id: str = SessionId
) -> Session:
    """Leads only.  From queued, offered or active, to an advocate (or the lead
    themself).  The previous advocate gets ``session.removed`` and loses access."""
    with ctx.db.transaction() as tx:
        return reassign_session(ctx, tx, user, session_id, body)
