"""Reference data: checklist templates and the referral directory."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from console.protocol import API_PREFIX, REFERRALS_LIMIT_MAX, ChecklistTemplate, ReferralService
from console.server.checklists import templates
from console.server.deps import Ctx, CurrentUser
from console.server.referrals import search
from console.server.routes.docs import errors

router = APIRouter(prefix=API_PREFIX, tags=["reference"])


@router.get("/checklists", response_model=list[ChecklistTemplate], responses=errors(401))
async def get_checklists(user: CurrentUser) -> list[ChecklistTemplate]:
    """Every safety-planning, indicator and protocol template, with each text in
    every language the hotline serves (``languages``)."""
    return list(templates())


@router.get("/referrals", response_model=list[ReferralService], responses=errors(401, 422))
async def get_referrals(
    user: CurrentUser,
    ctx: Ctx,
    q: Annotated[
        str, Query(max_length=200, description="Words in names and descriptions (prefixes).")
    ] = "",
    service: Annotated[
        str, Query(max_length=200, description="A service type (taxonomy term) or service name.")
    ] = "",
    language: Annotated[
        str, Query(max_length=64, description="A language: BCP 47 tag, ISO 639 code or name.")
    ] = "",
    region: Annotated[
        str,
        Query(
            max_length=200,
            description="A place served: city, county, state or postal code; comma-separated"
            " parts must all match.  Nationwide services always match, listed last.",
        ),
    ] = "",
    limit: Annotated[int, Query(ge=1, le=REFERRALS_LIMIT_MAX)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="For paging.")] = 0,
) -> list[ReferralService]:
    """Services shaped after Open Referral HSDS 3.0, matching every filter given."""
    with ctx.db.read() as tx:
        return search(
            tx, q=q, service=service, language=language, region=region, limit=limit, offset=offset
        )
