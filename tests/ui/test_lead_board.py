"""The shift lead's board, end to end: real consoles in process, one real backend."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QWidget,
)

from console.app.board_models import QueueModel, RosterModel, SessionsModel
from console.net.errors import ApiError
from console.protocol import (
    Disposition,
    SafeContactProfile,
    SafetyAnswer,
    SessionState,
    SettablePresence,
)
from console.ui.lead.board import LeadBoard
from console.ui.main_window import MainWindow
from console.widgets import Composer, TranscriptRole
from tests.conftest import Backend
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of

SCREENSHOT = Path("/tmp/lead-board.png")


class Consoles:
    """Starts consoles by user name and hands back their windows."""

    def __init__(self, console_for: ConsoleFactory) -> None:
        self._console_for = console_for

    async def start(self, user: str) -> MainWindow:
        return window_of(await self._console_for(user))


@pytest.fixture
def consoles(console_for: ConsoleFactory) -> Consoles:
    return Consoles(console_for)


def board_of(window: MainWindow) -> LeadBoard:
    assert isinstance(window.board, LeadBoard)
    return window.board


def bodies(model: Any) -> list[str]:
    return [model.index(r, 0).data(TranscriptRole.BODY) for r in range(model.rowCount())]


def cell(model: Any, key: str, column: int) -> Any:
    row = model.row_of(key)
    return None if row is None else model.index(row, column).data()


async def chat_with(
    window: MainWindow, gateway: Gateway, sender: str, body: str, language: str = "es"
) -> str:
    """A chat that ``window``'s advocate (the only one available) accepts."""
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    sid: str = (await gateway.send("start", "chat", sender, body=body, language=language))[
        "session_id"
    ]
    await until(lambda: window.offers.banner(sid), what="the offer")
    await window.shift.accept(sid)
    await until(lambda: sid in window.tabs_by_id, what="the tab")
    return sid


async def show(window: MainWindow) -> None:
    """Show and activate the window (shortcuts need an active window), then let it lay out.

    Never ``QApplication.processEvents()`` here: inside a coroutine under qasync it runs
    other tasks' steps re-entrantly, and a wake-up lost that way hangs a later await.
    """
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    await until(lambda: window.isVisible() and window.isActiveWindow(), what="window shown")


@pytest.mark.asyncio
async def test_a_lead_moves_a_chat_mid_conversation(consoles: Consoles, gateway: Gateway) -> None:
    lead = await consoles.start("lead1")
    ana = await consoles.start("advocate1")
    carla = await consoles.start("advocate3")
    board = board_of(lead)
    sid = await chat_with(ana, gateway, "visitor-move", "hola, necesito ayuda")
    ana.shift.send(sid, "Hola, estoy aquí. ¿Estás a salvo?")
    await until(lambda: ana.shift.pending_count() == 0, what="Ana's reply sent")
    await gateway.send("message", "chat", "visitor-move", body="before: sí, por ahora")
    # Ana's work on the case: a saved note, the safe-contact profile, and text typed
    # but neither sent nor saved when the lead moves the chat.
    ana_tab = ana.tabs_by_id[sid]
    assert ana_tab.notes is not None and ana_tab.safe_contact is not None
    assert ana_tab.composer is not None
    await until(ana_tab.safe_contact.edit_button.isEnabled, what="the case at Ana's")
    ana_tab.notes.editor.setPlainText("Works at a farm; boss keeps her passport")
    ana_tab.notes.save()
    ana_tab.safe_contact.save(
        SafeContactProfile(safe_to_call=SafetyAnswer.NO, code_word_unsafe="naranja")
    )
    await until(lambda: ana.context.casework.cache.pending_count() == 0, what="Ana's work synced")
    ana_tab.composer.set_draft("¿Tienes tu pasaporte contigo")
    ana_tab.notes.editor.setPlainText("She mentioned a second worker")
    await carla.shift.set_presence(SettablePresence.AVAILABLE)
    carla_id = carla.shift.user.id
    roster = board.service.roster_model
    await until(
        lambda: cell(roster, carla_id, RosterModel.Column.PRESENCE) == "Available",
        what="Carla available on the roster",
    )
    await until(
        lambda: cell(board.service.sessions_model, sid, SessionsModel.Column.STATE) == "Active",
        what="the chat live on the board",
    )

    # From the keyboard: pick the chat in the live sessions, Ctrl+R, type a reason, Enter.
    await show(lead)
    assert board.select_session(sid)
    QTest.keyClick(board.sessions, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = await until(lambda: board.commands.dialog, what="the reassign dialog")
    offered = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
    assert len(offered) == 1, offered  # Ana holds it; Ben is offline; a lead is not offered
    assert offered[0].startswith("Carla Advocate")
    assert not dialog.move_button.isEnabled(), "a reason is required"
    QTest.keyClicks(dialog.reason, "Carla has room and speaks Spanish")
    assert dialog.move_button.isEnabled()

    async def texter_keeps_writing() -> None:
        for n in range(4):
            await gateway.send("message", "chat", "visitor-move", body=f"during {n}")

    writing = asyncio.ensure_future(texter_keeps_writing())
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return)
    await writing

    await until(lambda: sid not in ana.tabs_by_id, what="the chat gone from Ana's console")
    notice = ana.status.notice.text()
    assert "Lee Lead" in notice and "Carla has room and speaks Spanish" in notice, notice
    assert sid not in ana.shift.sessions
    await until(lambda: sid in carla.tabs_by_id, what="the chat in Carla's console")
    await gateway.send("message", "chat", "visitor-move", body="after: gracias")
    tab = carla.tabs_by_id[sid]
    expected = [
        "hola, necesito ayuda",
        "Hola, estoy aquí. ¿Estás a salvo?",
        "before: sí, por ahora",
        *(f"during {n}" for n in range(4)),
        "after: gracias",
    ]
    await until(
        lambda: all(body in bodies(tab.transcript) for body in expected),
        what="every message at Carla's",
    )
    seen = bodies(tab.transcript)
    assert [b for b in seen if b in expected] == expected, "each message once, in order"
    assert sid not in ana.tabs_by_id, "the old console never gets it back"
    assert board.commands.dialog is None
    assert "moved to Carla Advocate" in board.notice.text()
    await until(
        lambda: (
            cell(board.service.sessions_model, sid, SessionsModel.Column.ADVOCATE)
            == "Carla Advocate"
        ),
        what="the board showing the new advocate",
    )
    assert cell(roster, carla_id, RosterModel.Column.CHAT) == "1/3"

    # Nothing typed at Ana's is lost: her unsent reply and unsaved note became notes,
    # and with her saved note and the safe-contact profile they reach Carla's tab.
    case_id = tab.session.case_id
    assert case_id is not None
    ana_cache = ana.context.casework.cache
    await until(lambda: ana_cache.pending_count() == 0, what="Ana's kept text synced")
    assert ana_cache.unsynced().drafts == 0, "no draft left behind for the departed session"

    def carla_notes() -> list[str]:
        return sorted(
            str(getattr(c.record, "body", "")) for c in carla.context.casework.notes(case_id)
        )

    await until(lambda: len(carla_notes()) == 3, timeout=20, what="every note at Carla's")
    notes = carla_notes()
    assert notes[0].endswith("\nShe mentioned a second worker"), notes
    assert notes[1].endswith("\n¿Tienes tu pasaporte contigo"), notes
    assert notes[2] == "Works at a farm; boss keeps her passport"
    banner = tab.safe_contact
    assert banner is not None
    await until(lambda: banner.profile() is not None, what="the profile at Carla's")
    profile = banner.profile()
    assert profile is not None and profile.code_word_unsafe == "naranja"


@pytest.mark.asyncio
async def test_a_lead_takes_a_waiting_contact_after_choosing_available(
    consoles: Consoles, gateway: Gateway
) -> None:
    lead = await consoles.start("lead1")
    board = board_of(lead)
    sid = (await gateway.send("start", "text", "+15550170", body="is anyone there"))["session_id"]
    queue = board.service.queue_model
    await until(lambda: queue.row_of(sid) is not None, what="the text in the queue")
    assert cell(queue, sid, QueueModel.Column.STATUS) == "Waiting"

    await show(lead)
    assert board.queue.select_key(sid)
    board.queue.setFocus()
    QTest.keyClick(board.queue, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    question = await until(lambda: board.commands.question, what="the set-available question")
    assert "Offline" in question.text() and "Available" in question.text()
    accept = next(b for b in question.buttons() if "available" in b.text().replace("&", ""))
    accept.click()
    dialog = await until(lambda: board.commands.dialog, what="the take dialog")
    assert dialog.chosen() == lead.shift.user.id
    assert dialog.reason_text(), "a default reason the lead may change"
    dialog.move_button.click()

    await until(lambda: sid in lead.tabs_by_id, what="the text open in the lead's own tab")
    tab = lead.tabs_by_id[sid]
    await until(lambda: "is anyone there" in bodies(tab.transcript), what="its transcript")
    assert bodies(tab.transcript).count("is anyone there") == 1
    assert lead.shift.user.presence.value in ("available", "busy")
    await until(lambda: queue.row_of(sid) is None, what="the queue emptied")
    assert "You took" in board.notice.text()


@pytest.mark.asyncio
async def test_refusals_are_explained_in_words(consoles: Consoles, gateway: Gateway) -> None:
    lead = await consoles.start("lead1")
    ana = await consoles.start("advocate1")
    ben = await consoles.start("advocate2")  # English only
    carla = await consoles.start("advocate3")
    board = board_of(lead)
    sid = await chat_with(ana, gateway, "visitor-refused", "hola")
    for window in (ben, carla):
        await window.shift.set_presence(SettablePresence.AVAILABLE)
    roster = board.service.roster_model
    for window in (ben, carla):
        uid = window.shift.user.id
        await until(lambda u=uid: cell(roster, u, RosterModel.Column.PRESENCE) == "Available")
    await until(lambda: board.service.session(sid) is not None, what="the chat on the board")
    await show(lead)

    await until(lambda: board.roster.viewport().height() > 0, what="the roster laid out")
    # Dropping the chat on Ben, who does not speak Spanish: the dialog says why not.
    index = board.sessions.model().index(board.sessions.decorations().filter().row_of(sid) or 0, 0)
    mime = board.sessions.model().mimeData([index])

    def drop_on(user_id: str) -> None:
        """What a drag from the live sessions onto this advocate's row delivers."""
        row = board.roster.decorations().filter().row_of(user_id)
        assert row is not None
        where = QPointF(board.roster.visualRect(board.roster.model().index(row, 0)).center())
        viewport = board.roster.viewport()
        action, button = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
        none = Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(where.toPoint(), action, mime, button, none)
        assert QApplication.sendEvent(viewport, enter) and enter.isAccepted()
        move = QDragMoveEvent(where.toPoint(), action, mime, button, none)
        QApplication.sendEvent(viewport, move)
        assert move.isAccepted()
        drop = QDropEvent(where, action, mime, button, none)
        QApplication.sendEvent(viewport, drop)
        assert drop.isAccepted()

    drop_on(ben.shift.user.id)
    dialog = await until(lambda: board.commands.dialog, what="the dialog after the drop")
    assert dialog.note.isVisibleTo(dialog)
    assert "Ben Advocate cannot take" in dialog.note.text() and "ES" in dialog.note.text()
    assert dialog.chosen() == carla.shift.user.id, "the one advocate who can, chosen for the lead"
    dialog.reject()
    await until(lambda: board.commands.dialog is None)

    # Dropping it on Carla chooses her; she goes on break before the lead confirms.
    drop_on(carla.shift.user.id)
    dialog = await until(lambda: board.commands.dialog, what="the dialog for Carla")
    assert dialog.chosen() == carla.shift.user.id
    await carla.shift.set_presence(SettablePresence.BREAK)
    carla_id = carla.shift.user.id
    await until(lambda: cell(roster, carla_id, RosterModel.Column.PRESENCE) == "On break")
    dialog.reason.setText("Needs a Spanish speaker")
    dialog.move_button.click()
    await until(lambda: dialog.refusal.isVisibleTo(dialog), what="the refusal")
    words = dialog.refusal.text()
    assert "Carla Advocate cannot take" in words and "Nothing was moved" in words, words
    assert "409" not in words and "not_available" not in words
    assert dialog.empty.isVisibleTo(dialog), "the fresh list has nobody left"
    assert "Nobody on shift can take this chat" in dialog.empty.text()
    assert board.service.session(sid).advocate_id == ana.shift.user.id  # type: ignore[union-attr]
    assert sid in ana.tabs_by_id
    dialog.reject()
    await until(lambda: board.commands.dialog is None)

    # The keyboard's drag: the session selected, then an advocate in the roster, Ctrl+R.
    await show(lead)
    assert board.select_session(sid)
    assert board.roster.select_key(ben.shift.user.id)
    board.roster.setFocus()
    await until(board.roster.hasFocus, what="focus in the roster")
    QTest.keyClick(board.roster, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = await until(lambda: board.commands.dialog, what="the dialog for Ben")
    assert "Ben Advocate cannot take" in dialog.note.text()
    dialog.reject()


@pytest.mark.asyncio
async def test_an_advocate_has_no_board_and_the_server_refuses(
    consoles: Consoles, gateway: Gateway
) -> None:
    ana = await consoles.start("advocate1")
    assert ana.board is None
    assert not ana.findChildren(LeadBoard)
    texts = [a.text().replace("&", "") for a in ana.findChildren(QAction)]
    assert not [t for t in texts if "Reassign" in t or "Take it myself" in t or "Look in" in t]
    sid = await chat_with(ana, gateway, "visitor-self", "hi", language="en")
    api = ana.shift.api
    for attempt in (
        api.reassign(sid, ana.shift.user.id, "mine now"),
        api.roster(),
        api.queue(),
    ):
        with pytest.raises(ApiError) as refused:
            await attempt
        assert refused.value.status == 403 and refused.value.code == "forbidden"


@pytest.mark.asyncio
async def test_the_board_updates_live_and_charts_sample(
    consoles: Consoles, gateway: Gateway
) -> None:
    lead = await consoles.start("lead1")
    ana = await consoles.start("advocate1")
    board = board_of(lead)
    service = board.service
    roster, queue = service.roster_model, service.queue_model
    ana_id = ana.shift.user.id
    await ana.shift.set_presence(SettablePresence.AVAILABLE)
    await until(lambda: cell(roster, ana_id, RosterModel.Column.PRESENCE) == "Available")
    await ana.shift.set_presence(SettablePresence.BREAK)
    await until(lambda: cell(roster, ana_id, RosterModel.Column.PRESENCE) == "On break")

    text = (await gateway.send("start", "text", "+15550180", body="help"))["session_id"]
    relay = (await gateway.send("start", "call", "+15550181", relay=True))["session_id"]
    await until(lambda: queue.rowCount() == 2, what="two contacts waiting")
    assert cell(queue, text, QueueModel.Column.CHANNEL) == "Text"
    assert cell(queue, relay, QueueModel.Column.NEEDS) == "711 relay"
    await until(
        lambda: cell(queue, text, QueueModel.Column.WAITED) not in ("0:00", None),
        what="the wait counting up",
    )
    assert "2 waiting" in board.summary.text()

    history = service.history
    history.set_capacity(4)
    history.set_interval(0.05)
    start = history.taken
    await until(lambda: history.taken >= start + 8, what="samples")
    assert len(history.samples) == 4, "the ring buffer does not grow"
    assert board.charts.point_counts() == [4] * 7
    last = history.samples[-1]
    assert (last.total_waiting(), last.available) == (2, 0)
    assert "2 waiting" in (board.charts.waiting.accessibleDescription() or "")

    # Someone answers: the queue shrinks, the roster's load grows.
    await ana.shift.set_presence(SettablePresence.AVAILABLE)
    await until(lambda: ana.offers.banner(text) or ana.offers.banner(relay), what="an offer")
    offered = text if ana.offers.banner(text) else relay
    await ana.shift.accept(offered)
    await until(lambda: queue.row_of(offered) is None, what="the answered contact leaving")
    column = RosterModel.Column.TEXT if offered == text else RosterModel.Column.CALL
    await until(lambda: cell(roster, ana_id, column) == ("1/3" if offered == text else "1/1"))

    await show(lead)
    lead.grab().save(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 20_000


@pytest.mark.asyncio
async def test_a_lead_looks_in_on_a_chat_read_only(consoles: Consoles, gateway: Gateway) -> None:
    lead = await consoles.start("lead1")
    ana = await consoles.start("advocate1")
    board = board_of(lead)
    sid = await chat_with(ana, gateway, "visitor-look", "first words", language="en")
    await until(lambda: board.service.session(sid) is not None)
    await show(lead)
    assert board.select_session(sid)
    QTest.keyClick(
        board.sessions,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window = await until(lambda: board.commands.look_ins.get(sid), what="the look-in window")
    await until(lambda: "first words" in bodies(window.transcript), what="the transcript")
    assert not window.findChildren(Composer), "read-only: no composer"
    assert not [e for e in window.findChildren(QLineEdit) if not e.isReadOnly()]

    await gateway.send("message", "chat", "visitor-look", body="are you still there?")
    ana.shift.send(sid, "Yes, I'm here.")
    await until(
        lambda: {"are you still there?", "Yes, I'm here."} <= set(bodies(window.transcript)),
        what="both new messages, live",
    )
    assert bodies(window.transcript).count("are you still there?") == 1
    assert "Active with Ana Advocate" in window.state.text()
    await ana.shift.end(sid, Disposition.CRISIS)
    await until(lambda: window.session.state is SessionState.WRAP_UP, what="wrap-up shown")
    window.close()
    await until(lambda: sid not in board.commands.look_ins, what="the window forgotten")


@pytest.mark.asyncio
async def test_the_board_reloads_after_a_reconnect(
    consoles: Consoles, gateway: Gateway, ui_backend: Backend
) -> None:
    lead = await consoles.start("lead1")
    ana = await consoles.start("advocate1")
    board = board_of(lead)
    service = board.service
    await until(lambda: service.reloads >= 1, what="the first load")
    # The board misses these events, as if its connection had dropped.
    lead.shift.event_received.disconnect(service.handle_event)
    await ana.shift.set_presence(SettablePresence.BREAK)
    waiting = (await gateway.send("start", "chat", "visitor-missed", body="hi"))["session_id"]
    assert service.queue_model.row_of(waiting) is None
    assert service.roster_model.row_of(ana.shift.user.id) is None
    lead.shift.event_received.connect(service.handle_event)

    reloads = service.reloads
    ui_backend.stop()
    await until(lambda: lead.shift.connection != "online", what="the lead's console offline")
    ui_backend.start()
    await until(lambda: lead.shift.connection == "online", timeout=40, what="back online")
    await until(lambda: service.reloads > reloads, what="the board reloaded")
    assert service.queue_model.row_of(waiting) is not None
    assert cell(service.roster_model, ana.shift.user.id, RosterModel.Column.PRESENCE) == "On break"


@pytest.mark.asyncio
async def test_every_control_of_the_board_has_an_accessible_name(
    consoles: Consoles, gateway: Gateway
) -> None:
    lead = await consoles.start("lead1")
    ana = await consoles.start("advocate1")
    board = board_of(lead)
    sid = await chat_with(ana, gateway, "visitor-a11y", "hello", language="en")
    await until(lambda: board.service.session(sid) is not None)
    await until(lambda: board.service.queue_model.rowCount() == 0, what="the queue emptied")
    await show(lead)
    dialog = board.commands.open_reassign(sid)
    window = board.commands.look_in(sid)
    assert dialog is not None and window is not None
    interactive = (QAbstractButton, QAbstractItemView, QLineEdit)
    for root in (board, dialog, window):
        unnamed = [
            f"{type(w).__name__} {w.objectName()}"
            for w in root.findChildren(QWidget)
            if isinstance(w, interactive) and w.isVisibleTo(root) and not w.accessibleName()
        ]
        assert not unnamed, unnamed
    dialog.reject()
    window.close()

    # Without a mouse: Tab goes from each filter to its table (an empty one says so
    # instead and is skipped) and on to the next filter.
    assert not board.queue.isVisibleTo(board), "nobody waits: the queue shows its empty note"
    board.roster_panel.filter.setFocus()
    await until(board.roster_panel.filter.hasFocus, what="focus in the filter")
    walk = []
    for _ in range(4):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walk.append(QApplication.focusWidget())
    assert walk == [
        board.roster,
        board.queue_panel.filter,
        board.sessions_panel.filter,
        board.sessions,
    ]


def test_refusals_read_as_sentences_never_codes(qapp: Any) -> None:
    from console.protocol import Session
    from console.ui.lead.words import refusal_text

    session = Session.model_validate(
        {
            "id": "s1",
            "channel": "chat",
            "state": "active",
            "language": "es",
            "contact": {"label": "Chat visitor 4821"},
            "queued_at": "2026-03-02T14:00:00Z",
        }
    )
    cases = {
        (403, "forbidden"): "Only a shift lead may move sessions",
        (409, "not_available"): "Carla Advocate cannot take Chat visitor 4821 now",
        (409, "wrong_state"): "cannot be moved any more",
        (404, "not_found"): "no longer on this shift",
        (422, "invalid"): "reason was not accepted",
    }
    for (status, code), words in cases.items():
        text = refusal_text(
            ApiError(status, code, "Server words."), name="Carla Advocate", session=session
        )
        assert words in text and "Server words." in text
        assert code not in text and str(status) not in text, text
