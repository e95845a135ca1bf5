"""The tokens of one signed-in user, and the single-flight refresh.

The access token lives in memory only.  The refresh token is handed to a
:class:`RefreshTokenStore` after every rotation; ``console.secrets.TokenStore``
is the keyring-backed one the application passes in (the network layer may not
import the secrets module, so the interface is structural).

Refreshing is single-flight: whoever needs a fresh access token calls
:meth:`TokenKeeper.refresh_after` with the generation of the token that failed;
the first caller starts one refresh, every concurrent caller waits for that same
one, and a caller whose token was already replaced returns at once.  The refresh
runs as its own task, shielded from the callers' cancellation: a refresh that
reached the server but whose answer was dropped would leave a rotated-away
refresh token, and reusing it revokes the whole family.

Writes to the store (an OS keyring: a D-Bus or system call that can take a
while) run on one worker thread, in order, so the event loop never waits for
them; :meth:`TokenKeeper.settle` waits until they are done.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol, runtime_checkable

from console.protocol import TokenPair

from .errors import SignedOut

log = logging.getLogger(__name__)


@runtime_checkable
class RefreshTokenStore(Protocol):
    """Where the refresh token survives a restart of the console."""

    def load(self) -> str | None: ...

    def save(self, token: str) -> None: ...

    def clear(self) -> None: ...


class MemoryTokenStore:
    """A refresh-token store that forgets everything when the process ends."""

    def __init__(self, token: str | None = None) -> None:
        self._token = token

    def load(self) -> str | None:
        return self._token

    def save(self, token: str) -> None:
        self._token = token

    def clear(self) -> None:
        self._token = None


RefreshCall = Callable[[str], Awaitable[TokenPair]]


class TokenKeeper:
    """Holds the access token; rotates the pair through ``refresh_call``."""

    def __init__(self, store: RefreshTokenStore, refresh_call: RefreshCall) -> None:
        self.store = store
        self._refresh_call = refresh_call
        self._access: str | None = None
        self._refresh: str | None = None
        self.generation = 0  # raised each time the access token changes
        self._flight: asyncio.Task[TokenPair] | None = None
        self._signed_out: SignedOut | None = None
        self._writer: ThreadPoolExecutor | None = None
        self._last_write: Future[None] | None = None

    @property
    def access_token(self) -> str | None:
        return self._access

    @property
    def has_refresh_token(self) -> bool:
        return self._current_refresh() is not None

    def _current_refresh(self) -> str | None:
        if self._refresh is None:
            self._refresh = self.store.load()
        return self._refresh

    def use_store(self, store: RefreshTokenStore) -> None:
        """Keep the refresh token in ``store`` from now on (it gets the current one)."""
        if self._refresh is not None:
            store.save(self._refresh)
        self.store = store

    def accept(self, pair: TokenPair) -> None:
        """Take a new pair (login or refresh) and persist its refresh token."""
        self._access = pair.access_token
        self._refresh = pair.refresh_token
        self._signed_out = None
        self.generation += 1
        self._write(self.store.save, pair.refresh_token)

    def forget_access(self) -> None:
        """Drop the access token; the next use refreshes with the stored refresh token."""
        self._access = None
        self._refresh = None
        self.generation += 1

    def forget(self, reason: SignedOut | None = None) -> None:
        """Drop both tokens, in memory and in the store."""
        self._access = None
        self._refresh = None
        self._signed_out = reason
        self.generation += 1
        self._write(self.store.clear)

    def _write(self, call: Callable[..., None], *args: str) -> None:
        """Run a store write on the writer thread (in order), or inline with no loop."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            call(*args)
            return
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="token-store")
        self._last_write = self._writer.submit(call, *args)
        self._last_write.add_done_callback(_log_write_error)

    async def flush(self) -> None:
        """Wait until every store write so far has been done."""
        last = self._last_write
        if last is not None:
            # A failed write was logged by its callback; the caller goes on either way.
            waiting = asyncio.wrap_future(last)
            await asyncio.wait([waiting])
            waiting.exception()  # retrieved: the callback logged it

    def signed_out_error(self) -> SignedOut:
        if self._signed_out is not None:
            return SignedOut(self._signed_out.reason)
        return SignedOut("not_signed_in")

    async def refresh_after(self, generation: int) -> TokenPair | None:
        """Make sure the token of ``generation`` has been replaced; join a refresh under way.

        Returns the new pair when this call caused or joined a refresh, None when
        the token had already been replaced.  Raises what the refresh raised.
        """
        if generation != self.generation and self._flight is None:
            return None
        return await self._join()

    async def refresh_now(self) -> TokenPair:
        return await self._join()

    async def _join(self) -> TokenPair:
        if self._flight is None:
            token = self._current_refresh()
            if token is None:
                raise self.signed_out_error()
            self._flight = asyncio.get_running_loop().create_task(
                self._run(token), name="token-refresh"
            )
        return await asyncio.shield(self._flight)

    async def _run(self, token: str) -> TokenPair:
        try:
            log.debug("Refreshing the access token")
            pair = await self._refresh_call(token)
            self.accept(pair)
            return pair
        finally:
            self._flight = None

    async def settle(self) -> None:
        """Wait for a refresh under way and the store writes (on close: never abandon a
        rotation mid-air)."""
        flight = self._flight
        if flight is not None:
            await asyncio.wait([flight])
            if not flight.cancelled():
                flight.exception()  # retrieved: the callers were told already
        await self.flush()
        if self._writer is not None:
            self._writer.shutdown(wait=False)
            self._writer = None


def _log_write_error(future: Future[None]) -> None:
    error = future.exception()
    if error is not None:
        log.warning("The refresh token could not be stored (%s)", type(error).__name__)
