"""A lean HTTP/1.1 client for loopback load generation (asyncio streams).

httpx costs the load generator more CPU than the backend spends answering
(its pool scans every queued request for every assignment, and each new
connection retries optional imports), so under a few hundred requests a
second the *client* became the bottleneck and its own lag was measured as the
server's.  This client keeps a fixed set of keep-alive connections, writes each
request in one ``send`` (TCP_NODELAY, set by asyncio) and reads responses by
``Content-Length`` or chunked framing.  It speaks only what the reference
backend answers on loopback: plain HTTP/1.1, JSON bodies, and one
``text/event-stream`` response per :class:`EventStream`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})


def require_loopback(base_url: str) -> str:
    """The URL without a trailing slash; refuses anything but a loopback host."""
    host = urlsplit(base_url).hostname or ""
    if host not in LOOPBACK_HOSTS:
        raise ValueError(f"the load generator only targets loopback addresses, not {host!r}")
    return base_url.rstrip("/")


class WireError(ConnectionError):
    """The connection failed or the response was not HTTP we understand."""


@dataclass(frozen=True, slots=True)
class Response:
    status: int
    body: bytes

    def json(self) -> object:
        return json.loads(self.body)


def _split(base_url: str) -> tuple[str, int]:
    parts = urlsplit(require_loopback(base_url))
    assert parts.hostname is not None
    return parts.hostname, parts.port or 80


async def _read_head(reader: asyncio.StreamReader) -> tuple[int, dict[str, str]]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    try:
        status = int(lines[0].split(" ", 2)[1])
    except (IndexError, ValueError) as exc:
        raise WireError(f"bad status line {lines[0]!r}") from exc
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    return status, headers


async def _read_chunk(reader: asyncio.StreamReader) -> bytes:
    """One chunk of a chunked body (b"" at the end)."""
    size_line = await reader.readuntil(b"\r\n")
    size = int(size_line.split(b";", 1)[0].strip(), 16)
    data = await reader.readexactly(size + 2)
    return data[:-2]


IDLE_REOPEN_S = 4.0  # uvicorn closes keep-alive connections idle for 5 s
_FAILURES = (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError)


class _UnansweredError(Exception):
    """The server closed a kept-alive connection before answering (safe to resend)."""


class Connection:
    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._last_used = 0.0

    @property
    def is_open(self) -> bool:
        return (
            self._writer is not None
            and not self._writer.is_closing()
            and self._reader is not None
            and not self._reader.at_eof()
        )

    async def open(self) -> None:
        self.close()
        try:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        except OSError as exc:
            raise WireError(f"cannot connect: {exc}") from exc

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None

    def _encode(
        self, method: str, path: str, headers: Mapping[str, str], body: bytes | None
    ) -> bytes:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        if body is not None:
            lines.append("Content-Type: application/json")
        lines.append(f"Content-Length: {len(body) if body is not None else 0}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (body or b"")

    async def request(
        self, method: str, path: str, headers: Mapping[str, str], body: bytes | None = None
    ) -> Response:
        loop = asyncio.get_running_loop()
        reused = self.is_open and loop.time() - self._last_used < IDLE_REOPEN_S
        if not reused:
            await self.open()
        request = self._encode(method, path, headers, body)
        try:
            response = await self._exchange(request)
        except _UnansweredError:
            if not reused:
                raise WireError("the server closed the connection without answering") from None
            await self.open()  # a keep-alive race: the request was never read; send it again
            response = await self._exchange(request)
        self._last_used = loop.time()
        return response

    async def _exchange(self, request: bytes) -> Response:
        reader, writer = self._reader, self._writer
        assert reader is not None
        assert writer is not None
        answered = False
        try:
            writer.write(request)
            await writer.drain()
            status, headers = await _read_head(reader)
            answered = True
            if headers.get("transfer-encoding", "").lower() == "chunked":
                parts = []
                while chunk := await _read_chunk(reader):
                    parts.append(chunk)
                data = b"".join(parts)
            else:
                data = await reader.readexactly(int(headers.get("content-length", "0")))
        except _FAILURES as exc:
            self.close()
            unanswered = isinstance(exc, ConnectionError) or (
                isinstance(exc, asyncio.IncompleteReadError) and not exc.partial
            )
            if unanswered and not answered:
                raise _UnansweredError from exc
            raise WireError(str(exc) or type(exc).__name__) from exc
        if headers.get("connection", "").lower() == "close":
            self.close()
        return Response(status, data)

    async def open_stream(
        self, path: str, headers: Mapping[str, str]
    ) -> tuple[int, dict[str, str], asyncio.StreamReader]:
        """Send a GET whose response body is read by the caller as it arrives."""
        await self.open()
        assert self._reader is not None
        assert self._writer is not None
        try:
            self._writer.write(self._encode("GET", path, headers, None))
            await self._writer.drain()
            status, response_headers = await _read_head(self._reader)
        except _FAILURES as exc:
            self.close()
            raise WireError(str(exc) or type(exc).__name__) from exc
        return status, response_headers, self._reader


class Pool:
    """Up to ``size`` keep-alive connections; a request waits for a free one."""

    def __init__(self, base_url: str, size: int, headers: Mapping[str, str] | None = None) -> None:
        self.host, self.port = _split(base_url)
        self.headers = dict(headers or {})
        self._all = [Connection(self.host, self.port) for _ in range(size)]
        self._free: asyncio.Queue[Connection] = asyncio.Queue()
        for conn in self._all:
            self._free.put_nowait(conn)

    async def request(self, method: str, path: str, payload: object | None = None) -> Response:
        body = None if payload is None else json.dumps(payload, separators=(",", ":")).encode()
        conn = await self._free.get()
        try:
            return await conn.request(method, path, self.headers, body)
        finally:
            self._free.put_nowait(conn)

    async def get(self, path: str) -> Response:
        return await self.request("GET", path)

    async def post(self, path: str, payload: object | None = None) -> Response:
        return await self.request("POST", path, payload)

    async def put(self, path: str, payload: object | None = None) -> Response:
        return await self.request("PUT", path, payload)

    def close(self) -> None:
        for conn in self._all:
            conn.close()


@dataclass(frozen=True, slots=True)
class Event:
    name: str
    data: str
    id: str | None


class EventStream:
    """One ``GET`` event stream (``text/event-stream``), parsed into events."""

    def __init__(self, base_url: str, path: str, headers: Mapping[str, str]) -> None:
        self._conn = Connection(*_split(base_url))
        self._path = path
        self._headers = {**headers, "Accept": "text/event-stream"}
        self.opened = asyncio.Event()  # set once the server has answered 200

    def close(self) -> None:
        self._conn.close()

    async def events(self) -> AsyncIterator[Event]:
        status, headers, reader = await self._conn.open_stream(self._path, self._headers)
        if status != 200:
            raise WireError(f"event stream answered {status}")
        self.opened.set()
        chunked = headers.get("transfer-encoding", "").lower() == "chunked"
        buffer = b""
        name, event_id = "message", None
        data: list[str] = []
        while True:
            try:
                piece = await _read_chunk(reader) if chunked else await reader.read(65536)
            except _FAILURES as exc:
                raise WireError(str(exc) or type(exc).__name__) from exc
            if not piece:
                return
            buffer += piece
            *lines, buffer = buffer.split(b"\n")
            for raw in lines:
                line = raw.rstrip(b"\r").decode()
                if not line:
                    if data:
                        yield Event(name, "\n".join(data), event_id)
                    name, data = "message", []
                elif line.startswith(":"):
                    continue
                else:
                    field, _, value = line.partition(":")
                    value = value.removeprefix(" ")
                    if field == "event":
                        name = value
                    elif field == "data":
                        data.append(value)
                    elif field == "id":
                        event_id = value
