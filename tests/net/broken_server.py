"""A loopback HTTP server that answers with fixed, broken responses.

It stands for a hotline's own backend with a bug (API.md: "A 5xx is always a
bug"), so the client's blame mapping (ServerBug) is tested over real HTTP.
The reference backend itself never answers like this.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Canned:
    status: int
    body: bytes
    content_type: str = "application/json"


# A token pair as the contract has it, for signing in to the broken server.
USER_JSON = (
    '{"id": "u1", "username": "advocate1", "display_name": "A", "role": "advocate",'
    ' "languages": ["en"], "max_sessions": {"call": 1, "chat": 3, "text": 3},'
    ' "presence": "offline"}'
)
PAIR_JSON = f'{{"access_token": "a", "refresh_token": "r", "expires_in": 60, "user": {USER_JSON}}}'

REASONS = {200: "OK", 404: "Not Found", 500: "Internal Server Error", 502: "Bad Gateway"}


class BrokenServer:
    def __init__(self, routes: dict[str, Canned]) -> None:
        self.routes = routes
        self._server: asyncio.Server | None = None
        self.url = ""

    async def __aenter__(self) -> BrokenServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *_exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            if length:
                await reader.readexactly(length)
            path = head.split(b" ", 2)[1].decode().split("?", 1)[0]
            canned = self.routes.get(path, Canned(404, b"<html>nothing here</html>", "text/html"))
            writer.write(
                f"HTTP/1.1 {canned.status} {REASONS.get(canned.status, 'X')}\r\n"
                f"Content-Type: {canned.content_type}\r\n"
                f"Content-Length: {len(canned.body)}\r\n"
                "Connection: close\r\n\r\n".encode()
                + canned.body
            )
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
