"""Every window and dialog of the console, built for real, and what each one shows.

``open_screens(console_for, gateway, tmp_path)`` starts a shift lead's and an
advocate's console against the real backend, gives the advocate an accepted chat
(its tab with every panel) and a new offer (the banner), and opens the dialogs:
sign-in, disposition, settings, reassign, look-in, reporting guide (walked to the
consent form), note conflict and the F1 help overlay.  The translation and
accessibility walks (``test_translations``, ``test_accessibility``) go through
them all.

``shown_texts(root)`` lists the words a person sees under ``root``: labels,
buttons, group box titles, tab texts, menu and action texts, window titles,
placeholder texts and column headers, each with where it was found.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

from console.app.settings import Settings
from console.protocol import Entity, NoteRecord, SettablePresence
from console.store.conflicts import Conflict, LocalSide
from console.ui.conflict_dialog import ConflictDialog
from console.ui.lead.board import LeadBoard
from console.ui.main_window import MainWindow
from console.ui.panels import ReportingDialog
from console.ui.settings_dialog import SettingsDialog
from console.ui.sign_in import SignInDialog
from console.widgets import DispositionDialog
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of

CHAT_SENDER = "visitor-walk"
TEXT_SENDER = "+15550188"


@dataclass
class Screens:
    advocate: MainWindow
    lead: MainWindow
    session_id: str
    #: the dialogs and overlays, by name, each shown
    dialogs: dict[str, QWidget] = field(default_factory=dict)

    def windows(self) -> dict[str, QWidget]:
        return {"advocate window": self.advocate, "lead window": self.lead, **self.dialogs}

    def close(self) -> None:
        for dialog in self.dialogs.values():
            dialog.close()
            dialog.deleteLater()


async def _shown(window: QWidget) -> None:
    window.show()
    window.activateWindow()
    await until(window.isVisible, what=f"{type(window).__name__} shown")


def _conflict(case_id: str) -> Conflict:
    now = datetime.now(UTC)
    server = NoteRecord(id="n-walk", version=2, updated_at=now, case_id=case_id, body="theirs")
    local = LocalSide(deleted=False, fields={"body": "mine"}, base_version=1)
    return Conflict(Entity.NOTE, "n-walk", local, server, now)


async def open_screens(console_for: ConsoleFactory, gateway: Gateway, tmp_path: Path) -> Screens:
    lead = window_of(await console_for("lead1"))
    advocate = window_of(await console_for("advocate1"))
    for window in (lead, advocate):
        window.resize(1400, 900)
        await _shown(window)
    await advocate.shift.set_presence(SettablePresence.AVAILABLE)
    sid = (await gateway.send("start", "chat", CHAT_SENDER, body="hello", language="en"))[
        "session_id"
    ]
    await until(lambda: advocate.offers.banner(sid), what="the chat offer")
    await advocate.shift.accept(sid)
    await until(lambda: sid in advocate.tabs_by_id, what="the chat tab")
    offered = (await gateway.send("start", "text", TEXT_SENDER, body="HELP"))["session_id"]
    await until(lambda: advocate.offers.banner(offered), what="the text offer banner")

    board = lead.board
    assert isinstance(board, LeadBoard)
    await until(lambda: board.service.session(sid) is not None, what="the session on the board")
    screens = Screens(advocate, lead, sid)
    reassign = board.commands.open_reassign(sid)
    look_in = board.commands.look_in(sid)
    assert reassign is not None and look_in is not None
    screens.dialogs["reassign"] = reassign
    screens.dialogs["look-in"] = look_in

    tab = advocate.tabs_by_id[sid]
    casework = advocate.context.casework
    settings = Settings(tmp_path / "walk-settings")
    reporting = ReportingDialog(casework, tab.session, tab)
    for answer in ("no", "no", "yes", "yes"):  # to the consent form
        reporting.panel.answer_buttons[answer].click()
    assert tab.session.case_id is not None
    made: dict[str, QWidget] = {
        "sign-in": SignInDialog(lead.context.server_url, "advocate1", None),
        "disposition": DispositionDialog(),
        "settings": SettingsDialog(settings, lead=True, hotline_retention_days=14),
        "reporting": reporting,
        "conflict": ConflictDialog(_conflict(tab.session.case_id), tab),
    }
    for name, dialog in made.items():
        await _shown(dialog)
        screens.dialogs[name] = dialog
    for dialog in (reassign, look_in):
        await _shown(dialog)
    help_overlay = advocate.help_overlay  # F1's
    help_overlay.toggle()
    await until(help_overlay.isVisible, what="the help overlay")
    screens.dialogs["help overlay"] = help_overlay
    return screens


# ------------------------------------------------------------------ what is shown


@dataclass(frozen=True)
class Shown:
    widget: QWidget
    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName() or '?'})"


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) if widget is not root else not root.isHidden()


def _actions(widget: QWidget) -> Iterator[tuple[QAction, str]]:
    for action in widget.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield action, _name(widget)
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _actions(menu)


def shown_texts(root: QWidget, *, pages: bool = True) -> list[Shown]:
    """Every word shown under ``root`` (see the module's docstring).

    With ``pages``, the pages of tab widgets and stacks that are not current are
    walked too, as they would show when chosen.
    """
    found: list[Shown] = []
    if pages:
        for stack in root.findChildren(QStackedWidget):
            for i in range(stack.count()):
                page = stack.widget(i)
                if page is not None and page is not stack.currentWidget():
                    found += shown_texts(page, pages=False)
    if root.isWindow() and root.windowTitle():
        found.append(Shown(root, f"{_name(root)} title", root.windowTitle()))
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _visible(widget, root):
            continue
        where = _name(widget)
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(Shown(widget, where, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append(Shown(widget, where, widget.title()))
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    found.append(Shown(widget, f"{where} tab {i}", widget.tabText(i)))
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append(Shown(widget, f"{where} placeholder", widget.placeholderText()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            horizontal = widget.orientation() is Qt.Orientation.Horizontal
            count = model.columnCount() if horizontal else model.rowCount()
            for section in range(count):
                if not widget.isSectionHidden(section):
                    text = model.headerData(section, widget.orientation())
                    found.append(Shown(widget, f"{where} header {section}", str(text or "")))
        for action, owner in _actions(widget):
            found.append(Shown(widget, f"{owner} action", action.text()))
    return [s for s in found if s.text.strip()]
