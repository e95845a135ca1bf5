"""The gateways' door: new contacts, their messages, their leaving."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.security import HTTPAuthorizationCredentials

from console.protocol import API_PREFIX, InboundEvent, InboundResult
from console.server import inbound
from console.server.deps import Ctx, gateway_bearer
from console.server.errors import unauthenticated
from console.server.routes.docs import BODY, errors

router = APIRouter(prefix=API_PREFIX, tags=["inbound"])


@router.post("/inbound", response_model=InboundResult, responses=errors(*BODY, 401))
async def post_inbound(
    body: InboundEvent,
    ctx: Ctx,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(gateway_bearer)],
) -> InboundResult:
    """For the telephony, chat and SMS gateways (and the training simulator),
    with the gateway's service token.  ``from`` is kept only as a keyed hash.
    Texts pass the carrier keyword rules first; ``replies`` are the automatic
    texts the gateway must send back."""
    expected = ctx.config.gateway_token
    given = credentials.credentials if credentials is not None else ""
    if not expected or not hmac.compare_digest(given.encode(), expected.encode()):
        raise unauthenticated("A gateway token is required.")
    with ctx.db.transaction() as tx:
        return inbound.handle(ctx, tx, body)
