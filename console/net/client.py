"""The console's client of the hotline backend API (API.md), over one httpx.AsyncClient.

One :class:`ApiClient` per signed-in user wraps one long-lived
``httpx.AsyncClient`` (passed in, or made here and then closed by
:meth:`ApiClient.aclose`).  Every endpoint of API.md has a method typed with the
wire models of :mod:`console.protocol`.

Tokens: the access token stays in memory; on a 401 ``token_expired`` or
``unauthenticated`` the client refreshes once (single-flight, see
:mod:`console.net.tokens`) and retries the request.  When the refresh itself is
refused (revoked, reused family), the tokens are dropped, ``on_signed_out`` is
called once, and :class:`SignedOut` is raised.  :meth:`ApiClient.resume` signs
in silently with a stored refresh token.

Errors (:mod:`console.net.errors`): :class:`ApiError` (4xx, with ``code``;
:class:`RateLimited` for 429 with ``retry_after``), :class:`Unreachable`
(connection or timeout), :class:`ServerBug` (5xx or an unparseable answer),
:class:`SignedOut`.  Log lines name the method, path and status only.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import TypeAdapter, ValidationError

from console.protocol import (
    API_PREFIX,
    AuditEntry,
    CallAction,
    CaseDetail,
    CaseRecord,
    CaseStatus,
    ChangesResponse,
    Disposition,
    Message,
    QueueEntry,
    RosterEntry,
    Session,
    SessionDetail,
    SettablePresence,
    SyncRequest,
    SyncResponse,
    TokenPair,
    User,
)

from .errors import (
    ApiError,
    NetError,
    RateLimited,
    ServerBug,
    SignedOut,
    Unreachable,
    error_code,
    error_for,
    unparseable,
)
from .tokens import MemoryTokenStore, RefreshTokenStore, TokenKeeper

__all__ = [
    "DEFAULT_TIMEOUT",
    "ApiClient",
    "ApiError",
    "NetError",
    "RateLimited",
    "ServerBug",
    "SignedOut",
    "Unreachable",
]

log = logging.getLogger(__name__)

T = TypeVar("T")

# Connect 5 s, read (and write) 15 s for ordinary requests; the event stream sets its own.
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0, pool=5.0)

# 401 codes a refresh can cure; any other 401 means the session is over.
REFRESHABLE = frozenset({"token_expired", "unauthenticated"})

SignedOutCallback = Callable[[SignedOut], None]


_ADAPTERS: dict[Any, TypeAdapter[Any]] = {}


def _adapter(tp: Any) -> TypeAdapter[Any]:
    adapter = _ADAPTERS.get(tp)
    if adapter is None:
        adapter = _ADAPTERS[tp] = TypeAdapter(tp)
    return adapter


def _parse(response: httpx.Response, tp: type[T]) -> T:
    try:
        value: T = _adapter(tp).validate_json(response.content)
    except ValidationError as error:
        raise unparseable(response, error) from None
    return value


def _seg(value: str) -> str:
    """One path segment: an id can never add a segment or a query."""
    return quote(value, safe="")


def _clean(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if v is not None}


class ApiClient:
    """Typed access to every endpoint of API.md, with silent token refresh."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        http: httpx.AsyncClient | None = None,
        token_store: RefreshTokenStore | None = None,
        on_signed_out: SignedOutCallback | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        if http is None:
            if base_url is None:
                raise ValueError("ApiClient needs a base_url or an httpx.AsyncClient with one")
            http = httpx.AsyncClient(timeout=timeout)
            self._owns_http = True
        else:
            self._owns_http = False
        self.http = http
        self.base_url = str(base_url if base_url is not None else http.base_url).rstrip("/")
        self.timeout = timeout
        self.on_signed_out = on_signed_out
        self._tokens = TokenKeeper(token_store or MemoryTokenStore(), self._refresh_call)
        self.user: User | None = None  # as of the last login, refresh or me()

    def __repr__(self) -> str:
        return f"ApiClient({self.base_url!r}, signed_in={self.signed_in})"

    # ------------------------------------------------------------ life cycle

    async def __aenter__(self) -> ApiClient:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Let a refresh under way finish (never abandon a rotation), then close."""
        await self._tokens.settle()
        if self._owns_http:
            await self.http.aclose()

    @property
    def signed_in(self) -> bool:
        return self._tokens.access_token is not None

    @property
    def token_store(self) -> RefreshTokenStore:
        return self._tokens.store

    @token_store.setter
    def token_store(self, store: RefreshTokenStore) -> None:
        """Switch stores (e.g. once the username is known); the current token moves along."""
        self._tokens.use_store(store)

    # ------------------------------------------------------------ transport

    async def _transport(
        self,
        method: str,
        path: str,
        *,
        headers: dict[str, str],
        json: Any = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        try:
            response = await self.http.request(
                method,
                self.base_url + API_PREFIX + path,
                headers=headers,
                json=json,
                params=params,
                timeout=self.timeout,
            )
        except httpx.TimeoutException as error:
            log.info("%s %s timed out (%s)", method, path, type(error).__name__)
            raise Unreachable(f"{method} {API_PREFIX}{path}: timed out") from error
        except httpx.TransportError as error:
            log.info("%s %s failed (%s)", method, path, type(error).__name__)
            raise Unreachable(f"{method} {API_PREFIX}{path}: {type(error).__name__}") from error
        except httpx.RequestError as error:  # a body that does not decode, a redirect loop
            log.warning("%s %s: server bug (%s)", method, path, type(error).__name__)
            raise ServerBug(0, type(error).__name__) from error
        log.debug("%s %s -> %d", method, path, response.status_code)
        return response

    async def _credentials(self) -> tuple[str, int]:
        """The access token and its generation; refreshes first after a resume."""
        token = self._tokens.access_token
        if token is None:
            if not self._tokens.has_refresh_token:
                raise self._tokens.signed_out_error()
            await self._tokens.refresh_now()
            token = self._tokens.access_token
            if token is None:  # signed out while refreshing
                raise self._tokens.signed_out_error()
        return token, self._tokens.generation

    async def _send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        auth: bool = True,
    ) -> httpx.Response:
        for attempt in (1, 2):
            headers: dict[str, str] = {}
            generation = 0
            if auth:
                token, generation = await self._credentials()
                headers["Authorization"] = f"Bearer {token}"
            response = await self._transport(
                method, path, headers=headers, json=json, params=params
            )
            if response.status_code == 401 and auth:
                code = error_code(response) or "unauthenticated"
                if attempt == 1 and code in REFRESHABLE:
                    await self._tokens.refresh_after(generation)
                    continue
                raise await self._lost(code)
            if response.is_success:
                return response
            raise error_for(response)
        raise AssertionError("unreachable: the second attempt returns or raises")

    @asynccontextmanager
    async def stream(
        self, path: str, *, headers: dict[str, str], http_timeout: httpx.Timeout
    ) -> AsyncIterator[httpx.Response]:
        """Open a streaming GET with the client's credentials (the event stream uses it).

        Yields a 2xx response whose body is not read yet; refreshes once on a
        refreshable 401 like any request; maps errors like any request, including
        transport errors raised while the caller reads the body.
        """
        url = self.base_url + API_PREFIX + path
        for attempt in (1, 2):
            token, generation = await self._credentials()
            request_headers = {**headers, "Authorization": f"Bearer {token}"}
            expired = False
            try:
                async with self.http.stream(
                    "GET", url, headers=request_headers, timeout=http_timeout
                ) as response:
                    log.debug("GET %s -> %d (stream)", path, response.status_code)
                    if response.status_code == 401:
                        await response.aread()
                        code = error_code(response) or "unauthenticated"
                        if attempt == 2 or code not in REFRESHABLE:
                            raise await self._lost(code)
                        expired = True
                    elif not response.is_success:
                        await response.aread()
                        raise error_for(response)
                    else:
                        yield response
                        return
            except httpx.TimeoutException as error:
                raise Unreachable(f"GET {API_PREFIX}{path}: timed out") from error
            except httpx.TransportError as error:
                raise Unreachable(f"GET {API_PREFIX}{path}: {type(error).__name__}") from error
            except httpx.RequestError as error:
                raise ServerBug(0, type(error).__name__) from error
            if expired:
                await self._tokens.refresh_after(generation)

    async def _lost(self, reason: str) -> SignedOut:
        """The server refused our credentials for good: drop them (the keyring too,
        before anyone hears of it), tell the app once."""
        error = SignedOut(reason)
        already_out = self._tokens.access_token is None and not self._tokens.has_refresh_token
        self._tokens.forget(error)
        await self._tokens.flush()
        self.user = None
        if not already_out:
            log.warning("Signed out by the server (%s)", reason)
            if self.on_signed_out is not None:
                self.on_signed_out(error)
        return error

    # ------------------------------------------------------------ auth and presence

    async def login(self, username: str, password: str) -> TokenPair:
        response = await self._send(
            "POST", "/auth/login", json={"username": username, "password": password}, auth=False
        )
        pair = _parse(response, TokenPair)
        self._tokens.accept(pair)
        await self._tokens.flush()  # stored (off the loop's thread) before the caller goes on
        self.user = pair.user
        log.info("Signed in")
        return pair

    async def _refresh_call(self, refresh_token: str) -> TokenPair:
        try:
            response = await self._send(
                "POST", "/auth/refresh", json={"refresh_token": refresh_token}, auth=False
            )
        except ApiError as error:
            if error.status in (401, 403):
                raise await self._lost(error.code) from None
            raise
        pair = _parse(response, TokenPair)
        self.user = pair.user
        return pair

    async def refresh(self) -> TokenPair:
        """Rotate the token pair now (single-flight with any refresh under way)."""
        pair = await self._tokens.refresh_now()
        await self._tokens.flush()
        return pair

    async def resume(self, refresh_token: str | None = None) -> TokenPair:
        """Sign in silently with ``refresh_token``, or the one the token store holds.

        Raises :class:`SignedOut` (``not_signed_in``) when there is none, or with the
        server's code when it is refused.
        """
        await self._tokens.flush()  # a write still under way must land before the store is read
        if refresh_token is not None:
            self._tokens.store.save(refresh_token)
        self._tokens.forget_access()
        return await self._tokens.refresh_now()

    async def logout(self) -> None:
        """Revoke both tokens on the server and forget them here, even if the call fails."""
        try:
            if self._tokens.access_token is not None or self._tokens.has_refresh_token:
                await self._send("POST", "/auth/logout")
        except SignedOut:
            pass  # nothing left to revoke
        finally:
            self._tokens.forget(SignedOut("signed_out"))
            self.user = None
            log.info("Signed out")
        await self._tokens.flush()  # the keyring no longer holds it when this returns

    async def me(self) -> User:
        self.user = _parse(await self._send("GET", "/me"), User)
        return self.user

    async def set_presence(self, status: SettablePresence) -> User:
        response = await self._send("PUT", "/me/presence", json={"status": status.value})
        self.user = _parse(response, User)
        return self.user

    # ------------------------------------------------------------ sessions

    async def sessions(self) -> list[Session]:
        return _parse(await self._send("GET", "/sessions"), list[Session])

    async def session(self, session_id: str) -> SessionDetail:
        return _parse(await self._send("GET", f"/sessions/{_seg(session_id)}"), SessionDetail)

    async def _session_action(self, session_id: str, action: str, body: Any = None) -> Session:
        response = await self._send("POST", f"/sessions/{_seg(session_id)}/{action}", json=body)
        return _parse(response, Session)

    async def accept(self, session_id: str) -> Session:
        return await self._session_action(session_id, "accept")

    async def decline(self, session_id: str) -> Session:
        return await self._session_action(session_id, "decline")

    async def send_message(self, session_id: str, client_msg_id: str, body: str) -> Message:
        """Send a chat or text reply; a repeated ``client_msg_id`` returns the same message."""
        response = await self._send(
            "POST",
            f"/sessions/{_seg(session_id)}/messages",
            json={"client_msg_id": client_msg_id, "body": body},
        )
        return _parse(response, Message)

    async def call_control(
        self,
        session_id: str,
        action: CallAction,
        language: str | None = None,
        interpreter_id: str | None = None,
    ) -> Session:
        body = _clean(
            {"action": action.value, "language": language, "interpreter_id": interpreter_id}
        )
        return await self._session_action(session_id, "call", body)

    async def end(self, session_id: str, disposition: Disposition) -> Session:
        return await self._session_action(session_id, "end", {"disposition": disposition.value})

    async def close(self, session_id: str) -> Session:
        return await self._session_action(session_id, "close")

    async def reassign(self, session_id: str, advocate_id: str, reason: str) -> Session:
        body = {"advocate_id": advocate_id, "reason": reason}
        return await self._session_action(session_id, "reassign", body)

    # ------------------------------------------------------------ records

    async def sync(self, request: SyncRequest) -> SyncResponse:
        body = request.model_dump(mode="json")
        return _parse(await self._send("POST", "/sync", json=body), SyncResponse)

    async def changes(self, since: str = "", limit: int | None = None) -> ChangesResponse:
        params = _clean({"since": since, "limit": limit})
        return _parse(await self._send("GET", "/changes", params=params), ChangesResponse)

    async def cases(
        self, q: str | None = None, status: CaseStatus | None = None
    ) -> list[CaseRecord]:
        params = _clean({"q": q, "status": status.value if status else None})
        return _parse(await self._send("GET", "/cases", params=params), list[CaseRecord])

    async def case(self, case_id: str) -> CaseDetail:
        return _parse(await self._send("GET", f"/cases/{_seg(case_id)}"), CaseDetail)

    # ------------------------------------------------------------ reference data and lead views

    async def roster(self) -> list[RosterEntry]:
        return _parse(await self._send("GET", "/roster"), list[RosterEntry])

    async def queue(self) -> list[QueueEntry]:
        return _parse(await self._send("GET", "/queue"), list[QueueEntry])

    async def checklists(self) -> Any:
        """The checklist templates as raw JSON (their models come later)."""
        return self._json(await self._send("GET", "/checklists"))

    async def referrals(
        self,
        q: str | None = None,
        service: str | None = None,
        language: str | None = None,
        region: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Any:
        """Referral services (HSDS-shaped) as raw JSON, one page of ``limit`` from ``offset``."""
        params = _clean(
            {
                "q": q,
                "service": service,
                "language": language,
                "region": region,
                "limit": limit,
                "offset": offset,
            }
        )
        return self._json(await self._send("GET", "/referrals", params=params))

    async def audit(
        self,
        since: datetime | None = None,
        actor: str | None = None,
        action: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> list[AuditEntry]:
        """The audit log (leads only), newest first; ``action`` may be a prefix ending in ``.``."""
        params = _clean(
            {
                "since": since.isoformat() if since is not None else None,
                "actor": actor,
                "action": action,
                "limit": limit,
                "offset": offset,
            }
        )
        return _parse(await self._send("GET", "/audit", params=params), list[AuditEntry])

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError as error:
            raise unparseable(response, error) from None
