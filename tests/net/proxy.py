"""A tiny loopback TCP proxy that can go silent, for the event-stream watchdog tests.

``freeze()`` stops forwarding on every open connection without closing it: the
client sees a connection that is up but says nothing, as after a laptop wakes
from sleep or a NAT forgets the flow.  New connections still work, so a client
that reopens its stream gets through.  ``cut()`` closes every open connection.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field


@dataclass
class _Link:
    tasks: list[asyncio.Task[None]] = field(default_factory=list)
    writers: list[asyncio.StreamWriter] = field(default_factory=list)
    flowing: asyncio.Event = field(default_factory=asyncio.Event)


class SilenceProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._links: list[_Link] = []
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        link = _Link(writers=[writer, up_writer])
        link.flowing.set()
        link.tasks = [
            asyncio.ensure_future(self._pump(reader, up_writer, link)),
            asyncio.ensure_future(self._pump(up_reader, writer, link)),
        ]
        self._links.append(link)

    @staticmethod
    async def _pump(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter, link: _Link
    ) -> None:
        try:
            while data := await reader.read(65536):
                await link.flowing.wait()
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            with contextlib.suppress(ConnectionError, OSError, RuntimeError):
                writer.close()

    def freeze(self) -> None:
        """Open connections stop forwarding (and stay open); new ones flow."""
        for link in self._links:
            link.flowing.clear()

    async def cut(self) -> None:
        """Close every open connection."""
        links, self._links = self._links, []
        for link in links:
            for task in link.tasks:
                task.cancel()
            for writer in link.writers:
                writer.close()
            await asyncio.gather(*link.tasks, return_exceptions=True)

    async def aclose(self) -> None:
        await self.cut()
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
