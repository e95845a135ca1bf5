"""Serving on a socket we bound ourselves, announcing readiness, stopping fast.

``console/server/launcher.py`` waits for the line ``Serving on http://HOST:PORT``;
it is written once uvicorn accepts connections (after the app's start-up).  On
SIGTERM the event streams are ended first, so uvicorn's wait for open
connections is short.
"""

from __future__ import annotations

import socket
import sys

import uvicorn
from fastapi import FastAPI

GRACEFUL_S = 2


class AnnouncingServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, app: FastAPI, url: str) -> None:
        super().__init__(config)
        self._app = app
        self._url = url

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started and not self.should_exit:
            sys.stdout.write(f"Serving on {self._url}\n")
            sys.stdout.flush()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        ctx = getattr(self._app.state, "ctx", None)
        if ctx is not None:
            ctx.hub.close()
        await super().shutdown(sockets=sockets)


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP explicitly: asyncio only sets TCP_NODELAY on sockets it can tell
    # are TCP; without it each response waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def url_of(host: str, sock: socket.socket) -> str:
    port = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def serve(app: FastAPI, sock: socket.socket, url: str, *, log_level: str = "info") -> None:
    # No log_config: uvicorn's loggers propagate to the root handler and its
    # redacting filter (cli.py) instead of getting handlers of their own.
    config = uvicorn.Config(
        app,
        log_config=None,
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=GRACEFUL_S,
        lifespan="on",
    )
    AnnouncingServer(config, app, url).run(sockets=[sock])
