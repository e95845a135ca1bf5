"""Offline-synced records: sync, changes, cases."""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Path, Query

from console.protocol import (
    API_PREFIX,
    CHANGES_LIMIT_MAX,
    CaseDetail,
    CaseRecord,
    CaseStatus,
    ChangesResponse,
    MutationResult,
    SyncRequest,
    SyncResponse,
)
from console.server.changes import case_detail, changes, list_cases
from console.server.deps import Ctx, CurrentUser
from console.server.look_in import case_look_in
from console.server.routes.docs import BODY, errors
from console.server.sync import apply_group, last_seen, out_of_order

log = logging.getLogger(__name__)

router = APIRouter(prefix=API_PREFIX, tags=["records"])

GROUP = 5  # mutations per transaction; other requests run between groups


@router.post("/sync", response_model=SyncResponse, responses=errors(*BODY, 401))
async def sync(body: SyncRequest, user: CurrentUser, ctx: Ctx) -> SyncResponse:
    """Mutations are applied in order, a few per transaction, each together with
    the client's "last seq seen", so a retried batch never applies anything twice."""
    results: list[MutationResult] = []
    expected: int | None = None  # once one is out of order, so is every later one
    for start in range(0, len(body.mutations), GROUP):
        if start:
            await asyncio.sleep(0)  # let other requests run between short transactions
        group = body.mutations[start : start + GROUP]
        if expected is None:
            with ctx.db.transaction() as tx:
                expected = apply_group(tx, user, body.client_id, group, results)
        else:
            results.extend(out_of_order(m.seq, expected) for m in group)
    with ctx.db.read() as tx:
        last = last_seen(tx, user, body.client_id)
    if log.isEnabledFor(logging.DEBUG):  # counts only: never a field of a record
        counted = Counter(r.status.value for r in results)
        log.debug("sync batch of %d: %s; last seq %d", len(results), dict(counted), last)
    return SyncResponse(last_seq=last, results=results)


@router.get("/changes", response_model=ChangesResponse, responses=errors(401, 422))
async def get_changes(
    user: CurrentUser,
    ctx: Ctx,
    since: Annotated[
        str, Query(max_length=400, description="A cursor from a previous answer; empty: all.")
    ] = "",
    limit: Annotated[int, Query(ge=1, le=CHANGES_LIMIT_MAX)] = 500,
) -> ChangesResponse:
    """Every record visible to the user that changed after the cursor, including
    every record of a case that became visible after it."""
    with ctx.db.read() as tx:
        return changes(tx, user, since, limit)


@router.get("/cases", response_model=list[CaseRecord], responses=errors(401, 422))
async def get_cases(
    user: CurrentUser,
    ctx: Ctx,
    q: Annotated[str, Query(max_length=200, description="Words in the title or tags.")] = "",
    status: Annotated[CaseStatus | None, Query()] = None,
) -> list[CaseRecord]:
    with ctx.db.read() as tx:
        return list_cases(tx, user, q or None, status.value if status else None)


@router.get("/cases/{case_id}", response_model=CaseDetail, responses=errors(401, 404, 422))
async def get_case(
    user: CurrentUser, ctx: Ctx, case_id: Annotated[str, Path(min_length=1, max_length=64)]
) -> CaseDetail:
    """A lead opening a case they never held a session of is audited (``case.look_in``)."""
    with ctx.db.read() as tx:
        result = case_detail(tx, user, case_id)
    case_look_in(ctx.db, user, case_id)
    return result
