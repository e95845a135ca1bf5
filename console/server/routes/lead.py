"""The shift lead's views: roster and queue (403 for advocates)."""

from __future__ import annotations

from fastapi import APIRouter

from console.protocol import API_PREFIX, QueueEntry, RosterEntry
from console.server.deps import Ctx, CurrentLead
from console.server.lead import queue_entries, roster
from console.server.routes.docs import errors

router = APIRouter(prefix=API_PREFIX, tags=["lead"])


@router.get("/roster", response_model=list[RosterEntry], responses=errors(401, 403))
async def get_roster(_lead: CurrentLead, ctx: Ctx) -> list[RosterEntry]:
    """Everyone on shift (not offline, or holding a live session), with their
    live sessions and since when their presence holds."""
    with ctx.db.read() as tx:
        return roster(tx)


@router.get("/queue", response_model=list[QueueEntry], responses=errors(401, 403))
async def get_queue(_lead: CurrentLead, ctx: Ctx) -> list[QueueEntry]:
    """Contacts waiting for an answer (queued, or offered and not yet accepted),
    oldest first, with ``waited_s`` since they were queued."""
    with ctx.db.read() as tx:
        return queue_entries(tx)
