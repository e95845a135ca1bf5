"""F1: every shortcut, from the one declaration, over the window; keyboard only."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

from console.ui import shortcuts
from console.ui.help_overlay import HelpOverlay, install_help
from console.ui.shortcuts import SHORTCUTS, Section
from tests.ui.clipping import clipped, describe
from tests.ui.conftest import ConsoleFactory, window_of


def host_window(qtbot: Any) -> tuple[QMainWindow, QLineEdit]:
    window = QMainWindow()
    central = QWidget(window)
    edit = QLineEdit(central)
    edit.setAccessibleName("reply")
    QVBoxLayout(central).addWidget(edit)
    window.setCentralWidget(central)
    window.resize(900, 700)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return window, edit


def test_the_declaration_is_consistent(qapp: Any) -> None:
    names = [s.name for s in SHORTCUTS]
    assert len(names) == len(set(names))
    for section in Section:
        assert any(s.section is section for s in SHORTCUTS), section
    for shortcut in SHORTCUTS:
        assert shortcut.keys and shortcut.description
        assert all(not seq.isEmpty() for seq in shortcuts.sequences(shortcut.name)), shortcut.name
    advocate_keys = [
        seq.toString()
        for s in SHORTCUTS
        if not s.lead_only and s.section is not Section.REPLY and s.section is not Section.NOTES
        for seq in shortcuts.sequences(s.name)
    ]
    assert len(advocate_keys) == len(set(advocate_keys)), "two window shortcuts share a key"


def test_apply_gives_an_action_its_keys_and_a_tooltip(qtbot: Any) -> None:
    window, _ = host_window(qtbot)
    action = shortcuts.apply(QAction("Next", window), "next_session")
    assert action.shortcuts() == [QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")]
    assert action.toolTip() == "Next session tab (Ctrl+Tab or Ctrl+PgDown)"


@pytest.mark.parametrize("lead", [False, True])
def test_the_overlay_lists_every_shortcut_for_the_role(lead: bool, qtbot: Any) -> None:
    window, _ = host_window(qtbot)
    overlay = HelpOverlay(window, lead=lead)
    expected = [s for s in SHORTCUTS if lead or not s.lead_only]
    ordered = sorted(expected, key=lambda s: list(Section).index(s.section))
    assert overlay.rows() == [
        (shortcuts.keys_text(s), shortcuts.translated(s.description)) for s in ordered
    ]
    assert ("Alt+1 … Alt+9", "Go to session tab 1 to 9") in overlay.rows()
    assert any(keys == "F1" for keys, _ in overlay.rows())
    assert any("Move the selected session" in text for _, text in overlay.rows()) == lead


def test_f1_shows_and_hides_and_focus_comes_back(qtbot: Any) -> None:
    window, edit = host_window(qtbot)
    overlay, action = install_help(window)
    assert action.shortcut() == QKeySequence("F1")
    assert not overlay.isVisible()
    qtbot.keyClick(edit, Qt.Key.Key_F1)
    assert overlay.isVisible()
    assert overlay.geometry() == window.rect()
    qtbot.waitUntil(overlay.list.hasFocus)
    assert overlay.list.accessibleName() == "Keyboard shortcuts"
    assert overlay.close_button.accessibleName()
    qtbot.keyClick(overlay.list, Qt.Key.Key_Down)  # moves through the rows
    qtbot.keyClick(overlay.list, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_F1)
    assert overlay.isVisible()
    qtbot.waitUntil(overlay.list.hasFocus)
    qtbot.keyClick(overlay.list, Qt.Key.Key_F1)
    assert not overlay.isVisible()
    overlay.show_overlay()
    window.resize(700, 500)
    qtbot.waitUntil(lambda: overlay.geometry() == window.rect())
    overlay.close_button.click()
    assert not overlay.isVisible()


def test_the_overlay_does_not_clip(qtbot: Any) -> None:
    window, _ = host_window(qtbot)
    overlay, _ = install_help(window, lead=True)
    overlay.show_overlay()
    problems = clipped(overlay)
    assert not problems, describe(problems)


@pytest.mark.asyncio
async def test_every_key_of_the_main_window_is_declared(console_for: ConsoleFactory) -> None:
    """The declaration and the window agree: the overlay lists what the keys do."""
    window = window_of(await console_for("advocate1"))
    declared = {seq.toString() for s in SHORTCUTS for seq in shortcuts.sequences(s.name)}
    used = {
        seq.toString()
        for action in window.findChildren(QAction)
        for seq in action.shortcuts()
        if not seq.isEmpty()
    }
    assert used, "the window has shortcuts"
    assert used <= declared, f"not declared: {sorted(used - declared)}"
