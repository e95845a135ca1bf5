"""The console, in process, against the real backend on loopback.

``console_for(user)`` starts a :class:`~console.app.runtime.Runtime` exactly as
``advocate-console --server URL`` does (the sign-in dialog is answered with the
demo password), on the test's qasync loop, and stops it at teardown.  Contacts
come in through the gateway door as the real gateways do.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from console.app.options import Options
from console.app.runtime import Runtime, Screens
from console.ui.main_window import MainWindow, build_window
from tests.conftest import Backend

GATEWAY = "training-gateway"
FAST = ("--offer-timeout", "3", "--heartbeat", "0.5")


async def until(condition: Callable[[], Any], timeout: float = 10.0, what: str = "") -> Any:
    """Wait for a condition while the loop runs; fail with ``what`` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.02)


class Gateway:
    """The telephony/chat/SMS side: sends contacts in through POST /inbound."""

    def __init__(self, url: str) -> None:
        self.http = httpx.AsyncClient(
            base_url=url, headers={"Authorization": f"Bearer {GATEWAY}"}, timeout=10
        )

    async def send(self, event: str, channel: str, sender: str, **fields: Any) -> dict[str, Any]:
        body = {"event": event, "channel": channel, "from": sender, **fields}
        response = await self.http.post("/api/v1/inbound", json=body)
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    async def aclose(self) -> None:
        await self.http.aclose()


@pytest.fixture
def ui_backend(tmp_path: Path) -> Iterator[Backend]:
    server = Backend(tmp_path / "backend.db", extra=FAST)
    server.start()
    yield server
    server.stop()


@pytest_asyncio.fixture
async def gateway(ui_backend: Backend) -> AsyncIterator[Gateway]:
    gw = Gateway(ui_backend.url)
    yield gw
    await gw.aclose()


ConsoleFactory = Callable[..., Awaitable[Runtime]]


@pytest_asyncio.fixture
async def console_for(
    ui_backend: Backend, qtbot: Any, tmp_path: Path
) -> AsyncIterator[ConsoleFactory]:
    started: list[Runtime] = []

    async def make(user: str, workstation: str = "a", *, wait_online: bool = True) -> Runtime:
        async def sign_in(server: str, name: str, problem: str | None) -> tuple[str, str] | None:
            assert problem is None, problem
            return (user, "training")

        options = Options(
            server=ui_backend.url,
            user=user,
            data_dir=tmp_path / "workstations" / workstation / user,
            debug_stalls=False,
            language=None,
        )
        runtime = Runtime(options, Screens(main_window=build_window, sign_in=sign_in))
        assert await runtime.start()
        started.append(runtime)
        window = runtime.window
        assert isinstance(window, MainWindow)
        if wait_online:
            await until(lambda: window.shift.connection == "online", what="event stream online")
        return runtime

    yield make
    for runtime in reversed(started):
        await runtime.stop()  # stopping twice (a test that stopped one itself) is fine


def window_of(runtime: Runtime) -> MainWindow:
    assert isinstance(runtime.window, MainWindow)
    return runtime.window
