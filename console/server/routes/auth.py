"""Sign-in, token refresh, sign-out, the current user and their presence."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Response

from console.protocol import (
    API_PREFIX,
    LoginRequest,
    PresenceRequest,
    RefreshRequest,
    TokenPair,
    User,
)
from console.server.audit import audit
from console.server.deps import Ctx, CurrentCaller, CurrentUser
from console.server.errors import ApiError
from console.server.passwords import DUMMY_HASH, verify_password
from console.server.routes.docs import BODY, errors
from console.server.tokens import issue_pair, revoke_family, rotate
from console.server.users import load_user, user_by_name

router = APIRouter(prefix=API_PREFIX, tags=["auth"])


@router.post(
    "/auth/login",
    response_model=TokenPair,
    responses=errors(*BODY, 401, 429),
    summary="Sign in with a username and password",
)
async def login(body: LoginRequest, ctx: Ctx) -> TokenPair:
    """Five failed sign-ins for one username (known or not) within a minute
    lock that username out for the rest of the minute (429 with Retry-After)."""
    wait = ctx.limiter.retry_after(body.username)
    if wait is not None:
        raise ApiError(
            429,
            "rate_limited",
            "Too many failed sign-ins for this username; try again later.",
            headers={"Retry-After": str(wait)},
        )
    with ctx.db.read() as tx:
        user = user_by_name(tx, body.username)
    stored = user.password if user is not None else DUMMY_HASH
    ok = await asyncio.to_thread(verify_password, body.password, stored)
    if user is None or not ok:
        ctx.limiter.fail(body.username)
        with ctx.db.transaction() as tx:
            audit(
                tx,
                "auth.login_failed",
                actor_id=user.id if user else None,
                known_user=user is not None,
            )
        raise ApiError(401, "invalid_credentials", "Wrong username or password.")
    ctx.limiter.succeed(body.username)
    with ctx.db.transaction() as tx:
        pair = issue_pair(
            tx, user.id, access_ttl=ctx.config.access_ttl_s, refresh_ttl=ctx.config.refresh_ttl_s
        )
        audit(tx, "auth.login", actor_id=user.id, subject_type="user", subject_id=user.id)
        fresh = load_user(tx, user.id)
    assert fresh is not None
    return TokenPair(
        access_token=pair.access_token,
        refresh_token=pair.refresh_token,
        expires_in=pair.expires_in,
        user=fresh.model(),
    )


@router.post(
    "/auth/refresh",
    response_model=TokenPair,
    responses=errors(*BODY, 401),
    summary="Trade a refresh token for a new pair (rotation)",
)
async def refresh(body: RefreshRequest, ctx: Ctx) -> TokenPair:
    """The old refresh token stops working.  Presenting it again revokes every
    token of that sign-in (401)."""
    with ctx.db.transaction() as tx:
        outcome = rotate(
            tx,
            body.refresh_token,
            access_ttl=ctx.config.access_ttl_s,
            refresh_ttl=ctx.config.refresh_ttl_s,
        )
        user = None if isinstance(outcome, ApiError) else load_user(tx, outcome[0])
    if isinstance(outcome, ApiError):
        raise outcome
    if user is None:
        raise ApiError(401, "unauthenticated", "This account no longer exists.")
    pair = outcome[1]
    return TokenPair(
        access_token=pair.access_token,
        refresh_token=pair.refresh_token,
        expires_in=pair.expires_in,
        user=user.model(),
    )


@router.post(
    "/auth/logout",
    status_code=204,
    response_class=Response,
    responses=errors(401),
    summary="Sign out: the access and refresh tokens of this sign-in stop working",
)
async def logout(caller: CurrentCaller, ctx: Ctx) -> Response:
    with ctx.db.transaction() as tx:
        revoke_family(tx, caller.principal.family_id)
        audit(
            tx,
            "auth.logout",
            actor_id=caller.user.id,
            subject_type="user",
            subject_id=caller.user.id,
        )
    return Response(status_code=204)


@router.get("/me", response_model=User, responses=errors(401), summary="The signed-in user")
async def me(user: CurrentUser) -> User:
    return user.model()


@router.put(
    "/me/presence",
    response_model=User,
    responses=errors(*BODY, 401),
    summary="Choose a presence status",
)
async def set_presence(body: PresenceRequest, user: CurrentUser, ctx: Ctx) -> User:
    """The server shows ``busy`` (no room on any channel) and ``wrap_up``
    (finishing a session) on its own while the chosen status is ``available``."""
    with ctx.db.transaction() as tx:
        tx.execute(
            "UPDATE users SET status = ?, status_since = ? WHERE id = ?",
            (body.status.value, tx.now_text, user.id),
        )
        tx.touch_presence(user.id)
        tx.route = True
        tx.queue_changed = False
    with ctx.db.read() as tx:
        fresh = load_user(tx, user.id)
    assert fresh is not None
    return fresh.model()
