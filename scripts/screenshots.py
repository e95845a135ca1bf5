"""Render every main screen of the console to docs/screenshots/.

Runs the real console against the real reference backend (started here on an
ephemeral loopback port), sends practice contacts in through the gateway door,
and grabs each screen as an advocate would see it.  Works offscreen or under
Xvfb (``xvfb-run python scripts/screenshots.py``).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from console.app.bootstrap import make_loop
from console.app.options import Options
from console.app.runtime import Runtime, Screens
from console.protocol import ItemState, SafeContactProfile, SafetyAnswer, SettablePresence
from console.server.launcher import BackendProcess, backend_command
from console.ui.main_window import MainWindow, build_window
from console.ui.sign_in import SignInDialog

OUT = ROOT / "docs" / "screenshots"
GATEWAY = "training-gateway"


async def until(condition: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        if time.monotonic() > deadline:
            raise TimeoutError(str(condition))
        await asyncio.sleep(0.05)
    return value


def save(widget: QWidget, name: str) -> None:
    # No QApplication.processEvents() here: inside a coroutine under qasync it runs
    # other tasks' steps re-entrantly. grab() lays the widget out itself.
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


async def console(url: str, user: str) -> Runtime:
    async def sign_in(_server: str, _name: str, _problem: str | None) -> tuple[str, str]:
        return (user, "training")

    options = Options(server=url, user=user, data_dir=None, debug_stalls=False, language=None)
    runtime = Runtime(options, Screens(main_window=build_window, sign_in=sign_in))
    await runtime.start()
    assert isinstance(runtime.window, MainWindow)
    runtime.window.resize(1280, 800)
    await until(lambda: runtime.shift is not None and runtime.shift.connection == "online")
    return runtime


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        backend = BackendProcess(
            backend_command(Path(folder) / "shots.db", extra=("--offer-timeout", "600"))
        )
        url = backend.start()
        gw = httpx.AsyncClient(base_url=url, headers={"Authorization": f"Bearer {GATEWAY}"})
        try:
            await shoot(url, gw)
        finally:
            await gw.aclose()
            backend.stop()


async def inbound(gw: httpx.AsyncClient, **body: Any) -> str:
    response = await gw.post("/api/v1/inbound", json=body)
    response.raise_for_status()
    return str(response.json()["session_id"])


async def shoot(url: str, gw: httpx.AsyncClient) -> None:
    runtime = await console(url, "advocate1")
    window = runtime.window
    shift = runtime.shift
    assert isinstance(window, MainWindow) and shift is not None
    await shift.set_presence(SettablePresence.AVAILABLE)

    text = await inbound(gw, event="start", channel="text", **{"from": "+15550101"}, body="BEFREE")
    await until(lambda: window.offers.banner(text))
    await shift.accept(text)
    await until(lambda: text in window.tabs_by_id)
    tab = window.tabs_by_id[text]
    shift.send(
        text, "Hi, you've reached the hotline. I'm here to listen. Are you safe to text right now?"
    )
    for body in (
        "yes. my boss has my passport and says i owe him 4000 for the trip",
        "i work at the farm 6 days, he takes money for the trailer",
    ):
        await inbound(gw, event="message", channel="text", **{"from": "+15550101"}, body=body)
    reply = (
        "Thank you for telling me. You don't owe anyone your freedom.",
        "Can I ask a few questions so we can think through options together?",
    )
    shift.send(text, " ".join(reply))
    await inbound(
        gw,
        event="message",
        channel="text",
        **{"from": "+15550101"},
        body="<b>ok</b> <img src=http://example.invalid/x.png> \u202eevil\u202c https://example.invalid",
    )
    await until(lambda: tab.transcript is not None and tab.transcript.rowCount() >= 6)

    call = await inbound(gw, event="start", channel="call", **{"from": "+15550102"}, relay=True)
    await until(lambda: window.offers.banner(call))
    chat = await inbound(
        gw,
        event="start",
        channel="chat",
        **{"from": "visitor-77"},
        body="hola, necesito ayuda",
        language="es",
    )
    await until(lambda: window.offers.banner(chat))
    window.tabs.setCurrentWidget(tab)
    await asyncio.sleep(0.3)
    save(window, "advocate-text-session-with-offers")

    await shift.accept(call)
    await until(lambda: call in window.tabs_by_id)
    window.tabs.setCurrentWidget(window.tabs_by_id[call])
    await asyncio.sleep(0.3)
    save(window, "advocate-relay-call")

    # The case side of the text session: safe contact, a checklist run, the report guide.
    window.tabs.setCurrentWidget(tab)
    sidebar, banner = tab.sidebar, tab.safe_contact
    assert sidebar is not None and banner is not None
    await until(banner.edit_button.isEnabled)
    banner.save(
        SafeContactProfile(
            safe_to_call=SafetyAnswer.NO,
            safe_to_text=SafetyAnswer.YES,
            voicemail_ok=SafetyAnswer.NO,
            code_word_safe="sunny",
            code_word_unsafe="rain",
        )
    )
    checklists = sidebar.checklists
    checklists.template_picker.setCurrentIndex(
        checklists.template_picker.findData("safety_planning_to_leave")
    )
    checklists.start_button.click()
    checklists.mark(ItemState.DONE)
    checklists.mark(ItemState.DECLINED)
    sidebar.setCurrentWidget(checklists)
    await asyncio.sleep(0.3)
    save(window, "advocate-checklist-and-safe-contact")
    sidebar.setCurrentWidget(sidebar.reporting)
    await asyncio.sleep(0.3)
    save(window, "advocate-reporting-guide")
    sidebar.setCurrentWidget(sidebar.referrals)
    sidebar.referrals.words.setText("shelter")
    sidebar.referrals.search()
    await asyncio.sleep(0.8)
    save(window, "advocate-referrals")

    # The Spanish chat: its checklist items in Spanish.
    await shift.accept(chat)
    await until(lambda: chat in window.tabs_by_id)
    spanish = window.tabs_by_id[chat]
    window.tabs.setCurrentWidget(spanish)
    assert spanish.sidebar is not None
    picker = spanish.sidebar.checklists.template_picker
    picker.setCurrentIndex(picker.findData("safety_immediate_danger"))
    spanish.sidebar.checklists.start_button.click()
    spanish.sidebar.setCurrentWidget(spanish.sidebar.checklists)
    await asyncio.sleep(0.3)
    save(window, "advocate-spanish-chat-checklist")

    window.tabs_by_id[text].ask_disposition()
    await asyncio.sleep(0.2)
    dialog = window.findChild(QWidget, "dispositionDialog") or next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window), None
    )
    if dialog is not None:
        save(dialog, "disposition-dialog")
        dialog.close()

    lead = await console(url, "lead1")
    assert isinstance(lead.window, MainWindow)
    assert lead.window.board is not None
    board = lead.window.board
    await inbound(
        gw, event="start", channel="text", **{"from": "+15550103"}, body="is this private?"
    )
    await inbound(gw, event="start", channel="call", **{"from": "+15550104"}, language="vi")
    await until(lambda: board.service.queue_model.rowCount() >= 2)
    board.service.history.set_interval(0.05)
    await until(lambda: board.service.history.taken >= 20)
    board.service.history.set_interval(5)
    board.select_session(text)
    await asyncio.sleep(0.3)
    save(lead.window, "lead-board")
    if (reassign := board.commands.open_reassign(text)) is not None:
        await asyncio.sleep(0.3)
        save(reassign, "lead-reassign-dialog")
        reassign.reject()
    await lead.stop()

    sign_in = SignInDialog("https://hotline.example.org", "advocate1", None)
    sign_in.show()
    save(sign_in, "sign-in")
    sign_in.close()
    await runtime.stop()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = make_loop(app)
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(main())
    finally:
        asyncio.set_event_loop(None)
        loop.close()  # its worker threads end before the interpreter does
