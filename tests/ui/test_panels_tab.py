"""The panels put into a real session tab the way the report asks SessionTab to, and shown.

SessionTab is not ours to edit: :func:`integrate` does here what the proposed
lines do there (sidebar in place of the notes, the banner under the header,
Ctrl+/ on the reply box, the guard before Shift.send), so that the wiring is
tested and the whole tab can be looked at in both languages.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollBar,
    QWidget,
)

from console.protocol import Channel, SafeContactProfile, SafetyAnswer
from console.ui.panels import (
    CannedPicker,
    CaseSidebar,
    ReportingDialog,
    SafeContactBanner,
)
from console.ui.session_tab import SessionTab
from tests.ui.conftest import until
from tests.ui.panels_support import Desk, open_desk, shot

__all__ = ["open_desk"]


def integrate(desk: Desk) -> tuple[CaseSidebar, SafeContactBanner]:
    """The case side and the safe-contact banner the tab built for its case."""
    tab: SessionTab = desk.tab
    assert tab.sidebar is not None and tab.safe_contact is not None
    assert tab.sidebar.notes is tab.notes
    assert tab.layout().indexOf(tab.safe_contact) == 1  # right under the header
    return tab.sidebar, tab.safe_contact


@pytest.mark.asyncio
async def test_the_whole_tab_with_its_panels(open_desk: Any, qtbot: Any) -> None:
    desk = await open_desk("+15550199", body="AYUDA", language="es")
    sidebar, banner = integrate(desk)
    assert [sidebar.tabText(i) for i in range(sidebar.count())] == [
        "Notes",
        "Checklists",
        "Report",
        "Referrals",
    ]
    await until(banner.edit_button.isEnabled, what="the case here")
    banner.save(SafeContactProfile(safe_to_text=SafetyAnswer.NO, code_word_unsafe="lluvia"))
    sidebar.checklists.template_picker.setCurrentIndex(
        sidebar.checklists.template_picker.findData("safety_planning_to_leave")
    )
    sidebar.checklists.start_button.click()
    sidebar.checklists.mark(sidebar.checklists.state_buttons.__iter__().__next__())
    assert sidebar.tabText(1).startswith("Checklists 1/")
    sidebar.setCurrentIndex(1)
    desk.window.resize(1280, 820)
    shot(desk.window, "tab_with_panels_es")

    composer = desk.tab.composer
    assert composer is not None
    transcript = desk.tab.transcript
    assert transcript is not None
    before = transcript.rowCount()
    composer.set_draft("Está lloviendo? Diga lluvia si no puede hablar")
    composer.submit()  # the code word: held, and the text comes back
    await until(lambda: composer.text().startswith("Está lloviendo"), what="the reply back")
    assert transcript.rowCount() == before  # nothing sent
    assert "code words" in banner.warnings.text()
    composer.set_draft("¿Puede hablar ahora?")
    composer.submit()  # texts are not safe: held once with the reason...
    await until(lambda: composer.text() == "¿Puede hablar ahora?", what="held once")
    assert transcript.rowCount() == before
    composer.submit()  # ...and sent when the advocate sends it again
    await until(lambda: transcript.rowCount() == before + 1, what="sent the second time")

    sidebar.checklists.language.set_language("en")
    sidebar.setCurrentIndex(1)
    shot(desk.window, "tab_with_panels_en")


INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QAbstractSpinBox,
)


def _inside_qt_internals(part: QWidget, top: QWidget) -> bool:
    ancestor = part.parentWidget()
    while ancestor is not None and ancestor is not top:
        if isinstance(ancestor, (QComboBox, QLineEdit, QAbstractSpinBox)):
            return True
        ancestor = ancestor.parentWidget()
    return part.objectName().startswith("qt_") or isinstance(part, QScrollBar)


def check_accessible(top: QWidget) -> None:
    assert top.accessibleName(), f"{type(top).__name__} has no accessible name"
    for part in top.findChildren(QWidget):
        if isinstance(part, INTERACTIVE) and not _inside_qt_internals(part, top):
            assert part.accessibleName(), f"{type(top).__name__}: a {type(part).__name__}"
        if isinstance(part, QLabel) and not _inside_qt_internals(part, top):
            assert part.textFormat() is Qt.TextFormat.PlainText, part.text()


@pytest.mark.asyncio
async def test_every_control_has_an_accessible_name_and_labels_are_plain(
    open_desk: Any, qtbot: Any
) -> None:
    desk = await open_desk("+15550198")
    sidebar, banner = integrate(desk)
    sidebar.checklists.start_button.click()
    sidebar.reporting.answer_buttons["no"].click()
    editor = banner.edit()
    qtbot.addWidget(editor)
    editor.add_range_button.click()
    picker = CannedPicker("en", Channel.TEXT)
    qtbot.addWidget(picker)
    dialog = ReportingDialog(desk.casework, desk.tab.session)
    qtbot.addWidget(dialog)
    for top in (
        sidebar.checklists,
        sidebar.reporting,
        sidebar.referrals,
        banner,
        editor,
        picker,
        dialog,
    ):
        check_accessible(top)
    editor.close()
