"""The lock screen on a real console against the real backend (issue 7).

Ctrl+L and idle time lock; everything about the sessions is hidden (not only
covered); sessions keep running; the password unlocks, checked offline by
unwrapping the cache key; a reused refresh token signs the console out with
the message from resources.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from console.app.context import Context
from console.app.options import Options
from console.app.runtime import Runtime, Screens
from console.domain.text import find_links
from console.secrets import REFRESH_TOKEN, Account, SecretStore
from console.ui.link_dialog import LinkDialog
from console.ui.lock_screen import signed_out_text
from console.ui.main_window import MainWindow
from console.widgets import TranscriptRole
from tests.conftest import Backend
from tests.ui.conftest import Gateway, until

MARKER = "Marisol-7731"  # stands for anything a passer-by must not see

LockedConsole = Callable[..., Awaitable[Runtime]]


@pytest_asyncio.fixture
async def locking_console(
    ui_backend: Backend, qtbot: Any, tmp_path: Path
) -> AsyncIterator[LockedConsole]:
    """Like ``console_for``, with the lock's idle time and retry delay chosen by the test."""
    started: list[Runtime] = []

    async def make(user: str = "advocate1", *, lock_after_s: float = 600.0) -> Runtime:
        async def sign_in(server: str, name: str, problem: str | None) -> tuple[str, str] | None:
            assert problem is None, problem
            return (user, "training")

        def build(context: Context) -> MainWindow:
            return MainWindow(context, lock_after_s=lock_after_s, unlock_delay_s=0.05)

        options = Options(
            server=ui_backend.url,
            user=user,
            data_dir=tmp_path / "workstation" / user,
            debug_stalls=False,
            language=None,
        )
        runtime = Runtime(options, Screens(main_window=build, sign_in=sign_in))
        assert await runtime.start()
        started.append(runtime)
        window = window_of(runtime)
        await until(lambda: window.shift.connection == "online", what="event stream online")
        return runtime

    yield make
    for runtime in reversed(started):
        await runtime.stop()


def window_of(runtime: Runtime) -> MainWindow:
    assert isinstance(runtime.window, MainWindow)
    return runtime.window


def bodies(window: MainWindow, session_id: str) -> list[str]:
    model = window.tabs_by_id[session_id].transcript
    assert model is not None
    return [model.index(r, 0).data(TranscriptRole.BODY) for r in range(model.rowCount())]


async def open_text_session(window: MainWindow, gateway: Gateway, body: str) -> str:
    from console.protocol import SettablePresence

    await window.shift.set_presence(SettablePresence.AVAILABLE)
    started = await gateway.send("start", "text", "+15550177", body=body)
    session_id: str = started["session_id"]
    await until(lambda: window.offers.banner(session_id) is not None, what="the offer")
    await window.shift.accept(session_id)
    await until(lambda: session_id in window.tabs_by_id, what="the session's tab")
    await until(lambda: body in bodies(window, session_id), what="the first message")
    return session_id


def visible_texts(window: MainWindow) -> list[str]:
    """Every text a visible widget of the window shows or announces."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                texts += [widget.tabText(i), widget.tabToolTip(i)]
    return texts


def accessible_texts(window: MainWindow) -> list[str]:
    """What a screen reader could read: names and values of the visible accessible tree."""
    found: list[str] = []

    def walk(node: QAccessible.QAccessibleInterface | None, depth: int) -> None:
        if node is None or not node.isValid() or depth > 60:
            return
        if node.state().invisible:
            return
        for kind in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value):
            found.append(node.text(kind))
        for i in range(node.childCount()):
            walk(node.child(i), depth + 1)

    walk(QAccessible.queryAccessibleInterface(window), 0)
    return found


@pytest.mark.asyncio
async def test_ctrl_l_hides_every_session_and_the_password_unlocks(
    locking_console: LockedConsole, gateway: Gateway, qtbot: Any
) -> None:
    runtime = await locking_console()
    window = window_of(runtime)
    session_id = await open_text_session(window, gateway, f"I am {MARKER}, help")
    tab = window.tabs_by_id[session_id]
    label = tab.session.contact.label
    # The checks can see what a passer-by could, before the lock:
    assert any(label in text for text in visible_texts(window))
    assert any(MARKER in text for text in accessible_texts(window))
    tip = window.tabs.tabToolTip(window.tabs.indexOf(tab))
    assert tip.startswith("<qt>")  # escaped: Qt guesses rich text in tool tips
    title = window.windowTitle()
    changes: list[bool] = []
    window.lock_changed.connect(changes.append)

    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.locked
    assert changes == [True]
    assert window.windowTitle() == "Advocate Console — locked"
    assert not window.content.isVisible()
    assert not tab.isVisible()
    assert not window.menuBar().isVisible()
    assert not window.statusBar().isVisible()
    assert window.lock_screen.isVisible()
    assert not any(label in text for text in visible_texts(window))
    assert not any(label in text or MARKER in text for text in accessible_texts(window))
    assert not any(action.isEnabled() for action in window.actions())

    # Sessions keep running underneath.
    await gateway.send("message", "text", "+15550177", body="are you there")
    await until(lambda: "are you there" in bodies(window, session_id), what="message while locked")
    assert not tab.isVisible()

    # A wrong password says so, clears the field and keeps the lock.
    screen = window.lock_screen
    screen.password.setText("not my password")
    screen.unlock_button.click()
    await until(lambda: screen.problem.isVisibleTo(screen), what="the wrong-password message")
    assert "Wrong password" in screen.problem.text()
    assert screen.password.text() == ""
    assert window.locked

    screen.password.setText("training")
    screen.password.returnPressed.emit()
    await until(lambda: not window.locked, what="unlocked")
    assert changes == [True, False]
    assert window.windowTitle() == title
    assert tab.isVisible()
    assert window.menuBar().isVisible()
    assert screen.password.text() == ""
    assert all(action.isEnabled() for action in window.actions())

    # A link from the contact opens only after the confirmation, with its real target.
    opened: list[str] = []
    window.open_url = lambda url: opened.append(url.toString()) or True
    await gateway.send("message", "text", "+15550177", body="see https://bücher.example/x ok")
    await until(lambda: any("bücher" in b for b in bodies(window, session_id)), what="the link")
    view = tab.view
    assert view is not None
    last = view.model().index(view.model().rowCount() - 1, 0)
    menu = view.link_menu(last)
    (open_link,) = [a for a in menu.actions() if "bücher" in a.text()]
    open_link.trigger()
    dialog = window.findChild(LinkDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.raw_site is not None
    assert dialog.raw_site.text() == "xn--bcher-kva.example"
    assert opened == []
    dialog.open_button.click()
    assert opened == ["https://xn--bcher-kva.example/x"]
    menu.deleteLater()


@pytest.mark.asyncio
async def test_idle_time_locks_and_dialogs_are_hidden_with_the_sessions(
    locking_console: LockedConsole, gateway: Gateway
) -> None:
    runtime = await locking_console(lock_after_s=0.4)
    window = window_of(runtime)
    await until(lambda: window.locked, what="locked after idle time")
    assert window.idle.timeout_s == pytest.approx(0.4)
    screen = window.lock_screen
    screen.password.setText("training")
    screen.submit()
    await until(lambda: not window.locked, what="unlocked")

    # A dialog of the window (here the link confirmation) goes and comes back with it.
    (target,) = find_links("https://example.org/")
    window.confirm_link(target)
    dialog = window.findChild(LinkDialog)
    assert dialog is not None
    assert dialog.isVisible()
    window.lock()
    assert not dialog.isVisible()
    assert window.idle.is_running() is False
    window.confirm_link(target)  # nothing opens while locked
    assert len(window.findChildren(LinkDialog)) == 1
    screen.password.setText("training")
    screen.submit()
    await until(lambda: not window.locked, what="unlocked again")
    assert dialog.isVisible()
    assert window.idle.is_running()
    dialog.reject()


@pytest.mark.asyncio
async def test_lock_screen_sign_out_uses_the_windows_sign_out(
    locking_console: LockedConsole,
) -> None:
    runtime = await locking_console()
    window = window_of(runtime)
    calls: list[str] = []

    async def sign_out() -> str | None:
        calls.append("sign-out")
        return "Two notes are not on the server yet."

    window.context.sign_out = sign_out
    window.lock()
    window.lock_screen.sign_out_button.click()
    await until(lambda: calls, what="the sign-out asked for")
    assert window.locked  # a refused sign-out leaves the console locked


@pytest.mark.asyncio
async def test_reused_refresh_token_signs_the_console_out_with_a_message(
    locking_console: LockedConsole, ui_backend: Backend, gateway: Gateway
) -> None:
    runtime = await locking_console()
    window = window_of(runtime)
    session_id = await open_text_session(window, gateway, f"this is {MARKER}")

    # Someone copied the refresh token: they use it, and use it again.
    stolen = SecretStore().get(Account(ui_backend.url, "advocate1"), REFRESH_TOKEN)
    assert stolen is not None
    async with httpx.AsyncClient(base_url=ui_backend.url, timeout=10) as thief:
        first = await thief.post("/api/v1/auth/refresh", json={"refresh_token": stolen})
        assert first.status_code == 200
        again = await thief.post("/api/v1/auth/refresh", json={"refresh_token": stolen})
        assert again.status_code == 401  # reuse: the whole family is revoked

    # The console notices at its next request (here: the stream reconnects).
    ui_backend.restart()
    await until(lambda: window.signed_out, timeout=30, what="signed out by the server")
    title, message = signed_out_text("unauthenticated")
    assert message == (
        "Your session was ended because your sign-in was used elsewhere. Sign in again."
    )
    screen = window.lock_screen
    assert window.locked
    assert screen.heading.text() == title
    assert screen.detail.text() == message
    assert screen.close_button.isVisible()
    assert not screen.password.isVisible()
    assert not window.tabs_by_id[session_id].isVisible()
    label = window.tabs_by_id[session_id].session.contact.label
    assert not any(label in text for text in visible_texts(window))
    assert not any(MARKER in text for text in accessible_texts(window))
    window.unlock()  # no way back but signing in again
    assert window.locked

    screen.close_button.click()
    await until(lambda: not window.isVisible(), what="the console closed")
