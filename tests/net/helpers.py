"""Helpers of the network-layer tests: accounts, a counting token store, a recorder."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx

from console.net.events import ConnectionState, Reconnected, StreamEvent, StreamStatus
from console.net.tokens import MemoryTokenStore
from console.protocol import API_PREFIX

ADVOCATE = ("advocate1", "training")
ADVOCATE2 = ("advocate2", "training")
LEAD = ("lead1", "training")
GATEWAY_TOKEN = "training-gateway"


class CountingTokenStore(MemoryTokenStore):
    """Remembers every refresh token it was given (one per rotation)."""

    def __init__(self, token: str | None = None) -> None:
        super().__init__(token)
        self.saved: list[str] = []
        self.cleared = 0

    def save(self, token: str) -> None:
        self.saved.append(token)
        super().save(token)

    def clear(self) -> None:
        self.cleared += 1
        super().clear()


class Recorder:
    """Collects what an EventStream reports; ``until`` waits for a condition."""

    def __init__(self) -> None:
        self.events: list[StreamEvent] = []
        self.states: list[StreamStatus] = []
        self.reconnects: list[Reconnected] = []
        self.order: list[str] = []  # "event:<name>", "state:<state>", "reconnected"
        self._changed = asyncio.Event()

    def on_event(self, event: StreamEvent) -> None:
        self.events.append(event)
        self.order.append(f"event:{event.name.value}")
        self._changed.set()

    def on_state(self, status: StreamStatus) -> None:
        self.states.append(status)
        self.order.append(f"state:{status.state.value}")
        self._changed.set()

    def on_reconnected(self, notice: Reconnected) -> None:
        self.reconnects.append(notice)
        self.order.append("reconnected")
        self._changed.set()

    @property
    def state(self) -> ConnectionState | None:
        return self.states[-1].state if self.states else None

    def names(self) -> list[str]:
        return [e.name.value for e in self.events]

    async def until(self, condition: Callable[[], bool], timeout: float = 15.0) -> None:
        async with asyncio.timeout(timeout):
            while not condition():
                self._changed.clear()
                await self._changed.wait()


async def inbound_chat(base_url: str, visitor: str, body: str = "hello") -> str:
    """A new chat contact arrives through the gateway door; returns its session id."""
    async with httpx.AsyncClient() as http:
        response = await http.post(
            f"{base_url}{API_PREFIX}/inbound",
            json={
                "event": "start",
                "channel": "chat",
                "from": visitor,
                "body": body,
                "language": "en",
            },
            headers={"Authorization": f"Bearer {GATEWAY_TOKEN}"},
        )
    response.raise_for_status()
    session_id = response.json()["session_id"]
    assert isinstance(session_id, str)
    return session_id


async def poll(
    condition: Callable[[], Awaitable[bool]], timeout: float = 15.0, every: float = 0.05
) -> None:
    """Wait for a condition that nothing signals (a server-side clock), with a deadline."""
    async with asyncio.timeout(timeout):
        while not await condition():
            await asyncio.sleep(every)


async def token_status(base_url: str, access_token: str) -> tuple[int, str | None]:
    """GET /me with a raw access token: (status, error code)."""
    async with httpx.AsyncClient() as http:
        response = await http.get(
            f"{base_url}{API_PREFIX}/me", headers={"Authorization": f"Bearer {access_token}"}
        )
    code = response.json()["error"]["code"] if response.status_code >= 400 else None
    return response.status_code, code


async def raw_refresh(base_url: str, refresh_token: str) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.post(
            f"{base_url}{API_PREFIX}/auth/refresh", json={"refresh_token": refresh_token}
        )
