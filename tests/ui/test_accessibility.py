"""A screen reader can name every control: the walk over every window and dialog.

Every interactive control (buttons and check boxes, item views and their visible
headers, line and text edits, combo boxes, spin boxes, sliders, tab bars) on
every window and dialog of the console, including the pages of tabs not in front,
has an accessible name; transcript items expose their text to assistive
technology (``Qt.AccessibleTextRole``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QStackedWidget,
    QTabBar,
    QTextEdit,
    QWidget,
)

from console.widgets import TranscriptView
from tests.ui.conftest import ConsoleFactory, Gateway, until
from tests.ui.screens import open_screens

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QSlider,
    QTabBar,
)


def _part_of_another_control(widget: QWidget) -> bool:
    """Qt's own inner parts: a spin box's or combo box's edit, a tab bar's scroll buttons."""
    parent = widget.parentWidget()
    return isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar)) or (
        isinstance(widget, QAbstractButton) and widget.objectName().startswith("qt_")
    )


def controls(root: QWidget) -> list[QWidget]:
    """The interactive controls a person can reach under ``root``, on every page."""
    found: list[QWidget] = []
    roots = [root]
    for stack in root.findChildren(QStackedWidget):
        roots += [page for i in range(stack.count()) if (page := stack.widget(i)) is not None]
    for top in roots:
        for widget in [top, *top.findChildren(QWidget)]:
            if (
                isinstance(widget, INTERACTIVE)
                and (widget.isVisibleTo(top) or widget is top)
                and not widget.isHidden()
                and not _part_of_another_control(widget)
                and widget not in found
            ):
                found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    parent = widget.parentWidget()
    return (
        f"{type(widget).__name__} {widget.objectName()!r} {shown!r}"
        f" in {type(parent).__name__ if parent else '-'}"
    )


def _transcript_texts(view: TranscriptView) -> list[str]:
    """What assistive technology reads for each message of ``view``."""
    model = view.model()
    return [
        str(model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole) or "")
        for row in range(model.rowCount())
    ]


@pytest.mark.asyncio
async def test_every_control_of_every_window_has_an_accessible_name(
    console_for: ConsoleFactory, gateway: Gateway, tmp_path: Path
) -> None:
    screens = await open_screens(console_for, gateway, tmp_path)
    try:
        problems: list[str] = []
        walked = 0
        for name, window in screens.windows().items():
            found = controls(window)
            walked += len(found)
            problems += [f"{name}: {describe(w)}" for w in found if not w.accessibleName()]
        assert walked > 120, f"the walk reaches the controls ({walked})"
        assert not problems, "\n".join(problems)

        tab = screens.advocate.tabs_by_id[screens.session_id]
        for view in (
            *tab.findChildren(TranscriptView),
            *screens.dialogs["look-in"].findChildren(TranscriptView),
        ):
            texts = await until(partial(_transcript_texts, view), what="the transcript")
            assert all(texts), texts
            assert any("hello" in t for t in texts), texts
    finally:
        screens.close()
