"""Helpers of the case-panel tests: a session tab opened through the real console,
the reference service on its cache, and the server's view of a case (as lead1)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest_asyncio
from PySide6.QtWidgets import QWidget

from console.app.casework import Casework
from console.app.reference import ApiSource, Reference
from console.app.runtime import Runtime
from console.protocol import SettablePresence
from console.ui.main_window import MainWindow
from console.ui.session_tab import SessionTab
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of


@dataclass
class Desk:
    """One advocate's console with one accepted session open in a tab."""

    runtime: Runtime
    window: MainWindow
    tab: SessionTab
    references: list[Reference] = field(default_factory=list)

    @property
    def casework(self) -> Casework:
        return self.window.context.casework

    @property
    def case_id(self) -> str:
        assert self.tab.session.case_id is not None
        return self.tab.session.case_id

    def reference(self) -> Reference:
        """A reference service on this console's cache and API (closed by the fixture)."""
        runtime = self.runtime
        assert runtime._cache is not None and runtime._api is not None
        reference = Reference(runtime._cache, ApiSource(runtime._api))
        self.references.append(reference)
        return reference


async def accept_new(
    window: MainWindow, gateway: Gateway, channel: str, sender: str, body: str, **extra: Any
) -> SessionTab:
    sid = (await gateway.send("start", channel, sender, body=body, **extra))["session_id"]
    await until(lambda: window.offers.banner(sid), what="the offer")
    await window.shift.accept(sid)
    await until(lambda: sid in window.tabs_by_id, what="the session's tab")
    return window.tabs_by_id[sid]


@pytest_asyncio.fixture
async def open_desk(
    console_for: ConsoleFactory, gateway: Gateway
) -> AsyncIterator[Callable[..., Any]]:
    """``await open_desk(number, channel=, language=)``: a console with that session open."""
    desks: list[Desk] = []

    async def make(
        sender: str,
        *,
        channel: str = "text",
        body: str = "HELP",
        user: str = "advocate1",
        workstation: str = "a",
        **extra: Any,
    ) -> Desk:
        runtime = await console_for(user, workstation)
        window = window_of(runtime)
        await window.shift.set_presence(SettablePresence.AVAILABLE)
        tab = await accept_new(window, gateway, channel, sender, body, **extra)
        desk = Desk(runtime, window, tab)
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        for reference in desk.references:
            await reference.aclose()


async def lead_token(http: httpx.AsyncClient) -> str:
    login = await http.post(
        "/api/v1/auth/login", json={"username": "lead1", "password": "training"}
    )
    assert login.status_code == 200, login.text
    token: str = login.json()["access_token"]
    return token


async def server_case(url: str, case_id: str) -> dict[str, Any]:
    """GET /api/v1/cases/{id} as lead1: the case with its notes and runs."""
    async with httpx.AsyncClient(base_url=url) as http:
        token = await lead_token(http)
        case = await http.get(
            f"/api/v1/cases/{case_id}", headers={"Authorization": f"Bearer {token}"}
        )
        assert case.status_code == 200, case.text
        data: dict[str, Any] = case.json()
        return data


def shot(widget: QWidget, name: str) -> None:
    """Render ``widget`` as the advocate sees it (shown, laid out) to /tmp/<name>.png.

    The layouts are activated directly: processEvents() inside a coroutine would
    run other asyncio callbacks nested in this task's step under qasync.
    """
    widget.show()
    for layout in [widget.layout(), *(w.layout() for w in widget.findChildren(QWidget))]:
        if layout is not None:
            layout.activate()
    widget.grab().save(f"/tmp/{name}.png")
