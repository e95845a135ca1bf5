"""FastAPI dependencies: the server context and the signed-in user.

All are ``async def`` on purpose: FastAPI runs plain functions in a thread pool,
and the database is touched only from the event loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from console.server.context import ServerContext
from console.server.errors import forbidden, unauthenticated
from console.server.tokens import Principal, authenticate
from console.server.users import UserRow, load_user

bearer = HTTPBearer(
    auto_error=False, description="An access token from /auth/login or /auth/refresh."
)
gateway_bearer = HTTPBearer(
    auto_error=False, scheme_name="GatewayToken", description="A channel gateway's service token."
)


async def get_ctx(request: Request) -> ServerContext:
    ctx: ServerContext = request.app.state.ctx
    return ctx


Ctx = Annotated[ServerContext, Depends(get_ctx)]


@dataclass(frozen=True, slots=True)
class Caller:
    user: UserRow
    principal: Principal


async def get_caller(
    ctx: Ctx, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> Caller:
    if credentials is None or not credentials.credentials:
        raise unauthenticated()
    with ctx.db.read() as tx:
        principal = authenticate(tx, credentials.credentials)
        user = load_user(tx, principal.user_id)
    if user is None:
        raise unauthenticated("This account no longer exists.")
    return Caller(user, principal)


async def get_user(caller: Annotated[Caller, Depends(get_caller)]) -> UserRow:
    return caller.user


async def get_lead(user: Annotated[UserRow, Depends(get_user)]) -> UserRow:
    if not user.is_lead:
        raise forbidden("Only a shift lead may see this.")
    return user


CurrentCaller = Annotated[Caller, Depends(get_caller)]
CurrentUser = Annotated[UserRow, Depends(get_user)]
CurrentLead = Annotated[UserRow, Depends(get_lead)]
