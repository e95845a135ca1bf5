"""The live event stream (Server-Sent Events)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi.responses import StreamingResponse

from console.protocol import API_PREFIX
from console.server.deps import Ctx, CurrentUser
from console.server.events import event_stream, parse_last_event_id
from console.server.routes.docs import errors

router = APIRouter(prefix=API_PREFIX, tags=["events"])

_EVENT_DOC: dict[int | str, dict[str, Any]] = {
    200: {
        "description": (
            "`text/event-stream`.  Each event has `id` (increasing per user), `event`"
            " (its name) and `data` (JSON): `session.offered`, `session.updated` (Session),"
            " `session.reassigned` (SessionReassigned), `session.removed` (SessionRemoved),"
            " `message.created` and `message.updated` (Message), `presence.updated` (User),"
            " `queue.updated` (QueueUpdated), `record.changed` (RecordChanged) and `resync`"
            " (Resync).  A comment line is a heartbeat."
        ),
        "content": {"text/event-stream": {"schema": {"type": "string"}}},
    }
}


@router.get(
    "/events",
    response_class=StreamingResponse,
    responses=_EVENT_DOC | errors(401, 422),
    summary="Live events for the signed-in user",
)
async def events(
    user: CurrentUser,
    ctx: Ctx,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID", max_length=40)] = None,
) -> StreamingResponse:
    """Reconnect with ``Last-Event-ID`` to get every event after it that is still
    kept (at least the last 10 minutes); when that is not possible the stream
    starts with ``resync`` and the client reloads its state."""
    body = event_stream(
        ctx.db, ctx.hub, user.id, parse_last_event_id(last_event_id), ctx.config.heartbeat_s
    )
    return StreamingResponse(
        body,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
