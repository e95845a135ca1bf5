"""The audit log, for shift leads only (403 ``forbidden`` for advocates); read-only.

There is deliberately no route that changes or removes an entry.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query

from console.protocol import API_PREFIX, AUDIT_LIMIT_MAX, AuditEntry
from console.server.audit import read_audit
from console.server.deps import Ctx, CurrentLead
from console.server.routes.docs import errors

router = APIRouter(prefix=API_PREFIX, tags=["lead"])


@router.get(
    "/audit",
    response_model=list[AuditEntry],
    responses=errors(401, 403, 422),
    summary="The append-only audit log (leads only)",
)
async def get_audit(
    _lead: CurrentLead,
    ctx: Ctx,
    since: Annotated[
        datetime | None,
        Query(description="Only entries at or after this time (RFC 3339; no offset: UTC)."),
    ] = None,
    actor: Annotated[str, Query(max_length=64, description="Only entries by this user id.")] = "",
    action: Annotated[
        str,
        Query(
            max_length=64,
            description="Only this action (`auth.login`), or a prefix ending in `.` (`auth.`).",
        ),
    ] = "",
    limit: Annotated[int, Query(ge=1, le=AUDIT_LIMIT_MAX)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="For paging.")] = 0,
) -> list[AuditEntry]:
    """Who did what and when, to which ids, newest first: sign-ins (and failed
    ones), sign-outs, reused refresh tokens, reassignments, reports made, a lead
    looking into another's session or case, SMS keyword events.  Never a message
    or note body, a name or a phone number."""
    with ctx.db.read() as tx:
        return read_audit(
            tx,
            since=since,
            actor=actor or None,
            action=action or None,
            limit=limit,
            offset=offset,
        )
