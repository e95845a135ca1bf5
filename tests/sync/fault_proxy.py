"""A loopback HTTP/1.1 proxy that injects faults between a client and the backend.

It reads whole requests and responses (``Content-Length`` or chunked bodies),
so a fault lands exactly where it is meant to:

- ``DROP_REQUEST``: the connection closes before the backend sees the request;
- ``DROP_RESPONSE``: the backend handles (and commits) it; the client never hears;
- ``DUPLICATE``: the backend gets the request twice; the client hears the second answer;
- ``DELAY``: the request waits a little before going on;
- ``CUT``: half of the response, then the connection closes;
- ``UNAUTHORIZED``: a 401 ``token_expired`` instead of forwarding (the client refreshes
  and retries; the retry itself never gets one);
- ``REPLAY``: the request is also kept and sent again later, out of order, its
  answer thrown away (an old batch arriving late);
- ``RESTART``: the connection closes and the backend is restarted (same port, same db).

The event stream (``GET /api/v1/events``) is piped through as it comes; while
armed, each stream connection is cut after a seeded time (``STREAM_CUT``), so the
client reconnects with ``Last-Event-ID`` and catches up, mid-storm.

``decide(method, path)`` picks the fault of each request: a script (tests that
need one fault at one place) or a seeded plan (the fault soak).  Requests to
``/auth/`` only ever get ``DROP_REQUEST`` or ``DELAY``: a lost refresh answer
revokes the token family by design (the client would be signed out).
Adapted from ``tests/net/proxy.py``.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum


class Fault(StrEnum):
    PASS = "pass"
    DROP_REQUEST = "drop_request"
    DROP_RESPONSE = "drop_response"
    DUPLICATE = "duplicate"
    DELAY = "delay"
    CUT = "cut"
    UNAUTHORIZED = "unauthorized"
    REPLAY = "replay"
    RESTART = "restart"
    STREAM_CUT = "stream_cut"


SAFE_FOR_AUTH = frozenset({Fault.PASS, Fault.DROP_REQUEST, Fault.DELAY})
Decide = Callable[[str, str], Fault]

_UNAUTHORIZED = b'{"error":{"code":"token_expired","message":"The access token has expired."}}'


@dataclass
class Scripted:
    """Faults by path fragment, consumed in order; everything else passes."""

    plan: list[tuple[str, Fault]]

    def __call__(self, method: str, path: str) -> Fault:
        for index, (fragment, fault) in enumerate(self.plan):
            if fragment in path:
                del self.plan[index]
                return fault
        return Fault.PASS


@dataclass
class Seeded:
    """Each request draws a fault from a seeded generator.

    With ``restarts``, the backend is also restarted that many times, at request
    numbers drawn from the seed (between the 3rd and the 20th request).
    """

    seed: int
    rates: dict[Fault, float] = field(
        default_factory=lambda: {
            Fault.DROP_REQUEST: 0.05,
            Fault.DROP_RESPONSE: 0.08,
            Fault.DUPLICATE: 0.05,
            Fault.DELAY: 0.06,
            Fault.CUT: 0.04,
            Fault.UNAUTHORIZED: 0.04,
            Fault.REPLAY: 0.04,
        }
    )
    restarts: int = 0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.restart_at = sorted(self.rng.sample(range(3, 21), self.restarts))
        self.count = 0

    def __call__(self, method: str, path: str) -> Fault:
        self.count += 1
        if self.restart_at and self.count >= self.restart_at[0] and "/auth/" not in path:
            self.restart_at.pop(0)
            return Fault.RESTART
        draw = self.rng.random()
        for fault, rate in self.rates.items():
            if draw < rate:
                return fault
            draw -= rate
        return Fault.PASS


class _ClosedError(Exception):
    """The peer closed the connection mid-message."""


async def _read_message(reader: asyncio.StreamReader) -> tuple[bytes, bytes] | None:
    """(head, body) of one HTTP message; None on a clean end of stream."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as error:
        if error.partial:
            raise _ClosedError from None
        return None
    except (ConnectionError, asyncio.LimitOverrunError) as error:
        raise _ClosedError from error
    headers = {}
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    try:
        if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
            body = b""
            while True:
                size_line = await reader.readuntil(b"\r\n")
                size = int(size_line.split(b";")[0], 16)
                chunk = await reader.readexactly(size + 2)
                body += size_line + chunk
                if size == 0:
                    return head, body
        length = int(headers.get(b"content-length", b"0"))
        return head, await reader.readexactly(length) if length else b""
    except (asyncio.IncompleteReadError, ConnectionError) as error:
        raise _ClosedError from error


def _target(head: bytes) -> tuple[str, str]:
    method, _, rest = head.partition(b" ")
    path = rest.split(b" ", 1)[0].split(b"?", 1)[0]
    return method.decode(), path.decode()


class FaultProxy:
    def __init__(
        self,
        target_port: Callable[[], int],
        decide: Decide,
        *,
        restart: Callable[[], Awaitable[None]] | None = None,
        seed: int = 0,
    ) -> None:
        self._target_port = target_port
        self.decide = decide
        self._restart = restart
        self._rng = random.Random(seed)
        self.armed = False
        self.counts: Counter[Fault] = Counter()
        self.requests = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._replays: list[bytes] = []
        self._restarting: asyncio.Task[None] | None = None
        self._refreshing = False  # the last request got a 401: the next one is its retry
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def aclose(self) -> None:
        if self._server is not None:
            self._server.close()
        for writer in list(self._writers):
            writer.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._restarting is not None:
            await self._restarting
        if self._server is not None:
            await self._server.wait_closed()

    def faults(self) -> int:
        """How many requests got a fault so far."""
        return sum(n for fault, n in self.counts.items() if fault is not Fault.PASS)

    async def wait_restarted(self) -> None:
        if self._restarting is not None:
            await self._restarting

    def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.ensure_future(self._serve(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while await self._one(reader, writer):
                pass
        except (_ClosedError, ConnectionError, OSError):
            pass
        finally:
            self._writers.discard(writer)
            with contextlib.suppress(ConnectionError, OSError, RuntimeError):
                writer.close()

    async def _upstream(self, request: bytes) -> bytes | None:
        """The backend's whole response to ``request``, or None when it is not there."""
        if self._restarting is not None and not self._restarting.done():
            return None
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self._target_port())
        except OSError:
            return None
        try:
            up_writer.write(request)
            await up_writer.drain()
            message = await _read_message(up_reader)
        except (_ClosedError, ConnectionError, OSError):
            return None
        finally:
            up_writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await up_writer.wait_closed()
        return None if message is None else message[0] + message[1]

    async def _stream(self, request: bytes, writer: asyncio.StreamWriter) -> bool:
        """Pipe the event stream as it comes; while armed, cut it after a seeded time."""
        if self._restarting is not None and not self._restarting.done():
            return False
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self._target_port())
        except OSError:
            return False
        loop = asyncio.get_running_loop()
        deadline: float | None = None
        try:
            up_writer.write(request)
            await up_writer.drain()
            while True:
                if deadline is None and self.armed:  # armed now: this stream's time is drawn
                    deadline = loop.time() + self._rng.uniform(0.02, 0.3)
                if deadline is not None and loop.time() >= deadline:
                    self.counts[Fault.STREAM_CUT] += 1
                    return False
                wait = 0.05 if deadline is None else max(0.0, deadline - loop.time())
                try:
                    data = await asyncio.wait_for(up_reader.read(65536), wait)
                except TimeoutError:
                    continue  # look at the deadline again
                if not data:
                    return False
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            return False
        finally:
            up_writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await up_writer.wait_closed()

    async def _one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        message = await _read_message(reader)
        if message is None:
            return False
        request = message[0] + message[1]
        method, path = _target(message[0])
        self.requests += 1
        if method == "GET" and path.endswith("/events"):
            return await self._stream(request, writer)
        fault = self.decide(method, path) if self.armed else Fault.PASS
        if "/auth/" in path and fault not in SAFE_FOR_AUTH:
            fault = Fault.PASS
        if fault is Fault.UNAUTHORIZED and self._refreshing:
            # The retry after a refresh: a second 401 there means the server refused the
            # new token, which signs the user out (real, but not this fault).
            fault = Fault.PASS
        if "/auth/" not in path:
            self._refreshing = fault is Fault.UNAUTHORIZED
        self.counts[fault] += 1
        if fault is Fault.DROP_REQUEST:
            return False
        if fault is Fault.UNAUTHORIZED:
            writer.write(
                b"HTTP/1.1 401 Unauthorized\r\ncontent-type: application/json\r\n"
                b"content-length: %d\r\n\r\n%s" % (len(_UNAUTHORIZED), _UNAUTHORIZED)
            )
            await writer.drain()
            return True
        if fault is Fault.RESTART:
            if self._restart is not None and (self._restarting is None or self._restarting.done()):
                self._restarting = asyncio.ensure_future(self._restart())
            return False
        if fault is Fault.DELAY:
            await asyncio.sleep(self._rng.uniform(0.005, 0.15))
        if self._replays and self._rng.random() < 0.5:
            await self._upstream(self._replays.pop(0))  # an old request arrives late
        if fault is Fault.REPLAY:
            self._replays.append(request)
        response = await self._upstream(request)
        if fault is Fault.DUPLICATE and response is not None:
            response = await self._upstream(request)
        if response is None or fault is Fault.DROP_RESPONSE:
            return False
        if fault is Fault.CUT:
            writer.write(response[: len(response) // 2])
            await writer.drain()
            return False
        writer.write(response)
        await writer.drain()
        return True
