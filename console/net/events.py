"""The live event stream (``GET /api/v1/events``), kept open for the whole shift.

Interface: callbacks, not an async iterator (an iterator left early is the
"async generator ignored GeneratorExit" trap under qasync, STACK.md).

    stream = EventStream(api, on_event, on_state=..., on_reconnected=...)
    stream.start()            # or: await stream.run() inside a task you own
    ...
    await stream.aclose()     # cancels cleanly; state goes to ``offline``

- ``on_event(StreamEvent)``: every known event, in order, data parsed with the
  matching protocol model.  Unknown names are logged (name only) and skipped.
  ``Last-Event-ID`` advances only after the callback returns, so an event the
  app did not finish handling is asked for again after a reconnect.
- ``on_reconnected(Reconnected)``: after every reconnect (never on the first
  connect), once the new stream is open and before any of its events.  The app
  reloads its live state then.  A ``resync`` event (the server no longer has
  the missed events) arrives through ``on_event``; reload on it too.
- ``on_state(StreamStatus)``: ``connecting`` -> ``online``; on a loss
  ``reconnecting`` with ``retry_in`` seconds, then ``online`` again; ``offline``
  after :meth:`aclose`; ``signed_out`` when the refresh token is refused (the
  stream then stops for good; :class:`ApiClient` also calls its
  ``on_signed_out``).

Callbacks may be plain functions or coroutines; an exception from one is a bug
of the app: it stops the stream and propagates out of :meth:`run` (a task made
by :meth:`start` logs it).

Reconnects back off exponentially with full jitter (0.5 s to 30 s, reset once a
stream has delivered anything).  A watchdog reopens a stream silent for longer
than ``silence_timeout`` (two heartbeats, 30 s): no event and no heartbeat
comment, as after a laptop wakes from sleep.  The watchdog also covers the wait
for the response headers; it is paused while a callback runs.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TypeVar, cast

import httpx
from httpx_sse import ServerSentEvent
from httpx_sse._decoders import SSEDecoder, SSELineDecoder  # the spec-exact line splitter

from console.protocol import HEARTBEAT_S

from .backoff import Backoff, reconnect_backoff
from .client import ApiClient
from .errors import ApiError, RateLimited, ServerBug, SignedOut, Unreachable
from .stream_types import (
    ConnectionState,
    EventData,
    Reconnected,
    StreamEvent,
    StreamStatus,
    parse_event,
    parse_event_id,
)

__all__ = [
    "ConnectionState",
    "EventData",
    "EventStream",
    "Reconnected",
    "StreamEvent",
    "StreamStatus",
]

log = logging.getLogger(__name__)

YIELD_AFTER_S = 0.008  # the longest the stream holds the loop while dispatching a backlog

T = TypeVar("T")
Callback = Callable[[T], Awaitable[None] | None]

EVENTS_PATH = "/events"
CONNECT_TIMEOUT_S = 5.0
SILENCE_TIMEOUT_S = 2.0 * HEARTBEAT_S


class _SilentError(Exception):
    """The watchdog fired: the stream said nothing for too long."""


class _CallbackError(Exception):
    """A callback of the app raised: never to be mistaken for a failure of the stream."""

    def __init__(self, error: Exception) -> None:
        super().__init__(type(error).__name__)
        self.error = error


async def _call(callback: Callback[T] | None, value: T) -> None:
    if callback is None:
        return
    try:
        result = callback(value)
        if inspect.isawaitable(result):
            await result
    except Exception as error:  # re-raised at once, wrapped (see _CallbackError)
        raise _CallbackError(error) from error


class EventStream:
    """One user's live event stream, with resume, back-off and a watchdog."""

    def __init__(
        self,
        client: ApiClient,
        on_event: Callback[StreamEvent],
        *,
        on_state: Callback[StreamStatus] | None = None,
        on_reconnected: Callback[Reconnected] | None = None,
        last_event_id: int | None = None,
        silence_timeout: float = SILENCE_TIMEOUT_S,
        connect_timeout: float = CONNECT_TIMEOUT_S,
        backoff: Backoff | None = None,
    ) -> None:
        self._client = client
        self._on_event = on_event
        self._on_state = on_state
        self._on_reconnected = on_reconnected
        self._last_id = last_event_id
        self.silence_timeout = silence_timeout
        self._timeout = httpx.Timeout(connect_timeout, read=None)
        self._backoff = backoff or reconnect_backoff()
        self._status = StreamStatus(ConnectionState.OFFLINE)
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self._ever_online = False
        self._lost_at: float | None = None
        self._delivered = False  # the current stream has delivered something
        self.heartbeats = 0  # comment lines seen (diagnostics and tests)

    def __repr__(self) -> str:
        return f"EventStream(state={self._status.state.value}, last_event_id={self._last_id})"

    @property
    def last_event_id(self) -> int | None:
        """The id of the last event processed (sent as ``Last-Event-ID`` on reconnect)."""
        return self._last_id

    @property
    def status(self) -> StreamStatus:
        return self._status

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    # ------------------------------------------------------------ life cycle

    def start(self) -> asyncio.Task[None]:
        """Run the stream in a task kept here; a failure is logged; :meth:`aclose` ends it."""
        if self.running:
            raise RuntimeError("the event stream is already running")
        task = asyncio.get_running_loop().create_task(self.run(), name="event-stream")
        task.add_done_callback(self._report)
        self._task = task
        return task

    @staticmethod
    def _report(task: asyncio.Task[None]) -> None:
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("The event stream stopped on an error", exc_info=error)

    async def aclose(self) -> None:
        """Stop for good: cancel the stream and wait until it has closed its connection."""
        self._closing = True
        task = self._task
        if task is None or task.done():
            return
        task.cancel()
        if task is asyncio.current_task():
            return  # called from one of our own callbacks: the cancel lands at its next await
        await asyncio.wait([task])

    async def run(self) -> None:
        """Keep the stream open until :meth:`aclose` or a sign-out; raise what a callback raised."""
        if self._closing:
            return
        current = asyncio.current_task()
        if self._task is not None and self._task is not current and not self._task.done():
            raise RuntimeError("the event stream is already running")
        self._task = current
        try:
            await self._run()
        except _CallbackError as failed:
            raise failed.error from None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        final = StreamStatus(ConnectionState.OFFLINE)
        await self._set(StreamStatus(ConnectionState.CONNECTING))
        try:
            while not self._closing:
                self._delivered = False
                min_wait = 0.0
                try:
                    await self._once()
                    reason = "closed_by_server"
                except SignedOut as error:
                    final = StreamStatus(ConnectionState.SIGNED_OUT, reason=error.reason)
                    return
                except _SilentError:
                    reason = "watchdog"
                except Unreachable:
                    reason = "unreachable"
                except RateLimited as error:
                    reason = error.code
                    min_wait = error.retry_after or 0.0
                except ApiError as error:
                    reason = error.code
                except ServerBug:
                    reason = "server_bug"
                if self._lost_at is None:
                    self._lost_at = loop.time()
                if self._delivered:
                    self._backoff.reset()
                delay = max(self._backoff.next_delay(), min_wait)
                log.info("Event stream lost (%s); next try in %.1f s", reason, delay)
                await self._set(
                    StreamStatus(
                        ConnectionState.RECONNECTING,
                        retry_in=delay,
                        attempt=self._backoff.attempt,
                        reason=reason,
                    )
                )
                await asyncio.sleep(delay)
        finally:
            self._closing = True
            # The cancellation (if any) was delivered already: awaiting here is safe.
            await self._set(final)

    async def _set(self, status: StreamStatus) -> None:
        if status == self._status:
            return
        self._status = status
        await _call(self._on_state, status)

    # ------------------------------------------------------------ one connection

    async def _once(self) -> None:
        """Open the stream and deliver its events until it ends; raise on a failure."""
        headers = {"Accept": "text/event-stream", "Cache-Control": "no-store"}
        if self._last_id is not None:
            headers["Last-Event-ID"] = str(self._last_id)
        loop = asyncio.get_running_loop()
        watchdog = asyncio.timeout_at(loop.time() + self.silence_timeout)
        try:
            async with (
                watchdog,
                self._client.stream(
                    EVENTS_PATH, headers=headers, http_timeout=self._timeout
                ) as response,
            ):
                kind = response.headers.get("content-type", "").partition(";")[0].strip()
                if kind != "text/event-stream":
                    log.error("Server bug: the event stream answered %r", kind[:64])
                    raise ServerBug(response.status_code, "not_an_event_stream")
                await self._opened(watchdog)
                await self._read(response, watchdog)
        except TimeoutError:
            if not watchdog.expired():
                raise  # not ours
            log.info("Event stream silent for %.1f s: reopening", self.silence_timeout)
            raise _SilentError from None

    async def _opened(self, watchdog: asyncio.Timeout) -> None:
        loop = asyncio.get_running_loop()
        watchdog.reschedule(None)
        await self._set(StreamStatus(ConnectionState.ONLINE))
        if self._ever_online:
            offline = loop.time() - self._lost_at if self._lost_at is not None else 0.0
            log.info("Event stream back after %.1f s", offline)
            await _call(self._on_reconnected, Reconnected(self._last_id, offline))
        self._ever_online = True
        self._lost_at = None
        watchdog.reschedule(loop.time() + self.silence_timeout)

    async def _read(self, response: httpx.Response, watchdog: asyncio.Timeout) -> None:
        loop = asyncio.get_running_loop()
        lines = SSELineDecoder()
        decoder = SSEDecoder()
        chunks = cast(AsyncGenerator[str, None], response.aiter_text())
        try:
            async for text in chunks:
                # Any bytes (an event, a heartbeat comment) prove the stream alive.
                turn = loop.time()  # the loop has turned while this chunk was awaited
                self._delivered = True
                watchdog.reschedule(None)
                for line in lines.decode(text):
                    if line.startswith(":"):
                        self.heartbeats += 1
                        continue
                    sse = decoder.decode(line)
                    if sse is not None:
                        await self._dispatch(sse)
                        if loop.time() - turn > YIELD_AFTER_S:
                            # A backlog (a replay after a gap) arrives as one chunk:
                            # let the screens draw between its events.
                            await asyncio.sleep(0)
                            turn = loop.time()
                watchdog.reschedule(loop.time() + self.silence_timeout)
        finally:
            await chunks.aclose()

    async def _dispatch(self, sse: ServerSentEvent) -> None:
        # The SSE spec dispatches nothing for an empty data buffer, though an id
        # line still counts (httpx_sse's decoder, which keeps the last id, also
        # yields such a block after every comment: same id, nothing to deliver).
        if sse.data:
            event = parse_event(sse, self._last_id or 0)
            if event is not None:
                await _call(self._on_event, event)
        event_id = parse_event_id(sse.id)
        if event_id is not None:
            self._last_id = event_id
