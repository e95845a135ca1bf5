"""The F1 overlay: every keyboard shortcut, over the window, from one declaration.

It lies over its host window (a child widget, not a dialog: nothing modal), takes
the keyboard focus to the list, and closes with Esc, F1 or its button; focus
goes back where it was.  Leads also see the shift board's keys.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from . import shortcuts
from .shortcuts import SHORTCUTS, Section

__all__ = ["HelpOverlay", "install_help"]

PANEL_MAX_WIDTH = 860
MARGIN = 32


class HelpOverlay(QWidget):
    """The list of shortcuts, drawn over ``host``."""

    def __init__(self, host: QWidget, *, lead: bool = False) -> None:
        super().__init__(host)
        self.host = host
        self.lead = lead
        self._focus_before: QWidget | None = None
        self.setObjectName("helpOverlay")
        self.setAccessibleName(self.tr("Keyboard shortcuts"))

        self.panel = QFrame(self)
        self.panel.setObjectName("helpPanel")
        self.panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel.setAutoFillBackground(True)
        self.panel.setBackgroundRole(self.panel.palette().ColorRole.Window)

        self.title = QLabel(self.tr("Keyboard shortcuts"), self.panel)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setAccessibleName(self.tr("Keyboard shortcuts"))

        self.hint = QLabel(self.tr("Esc or F1 closes this list."), self.panel)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("How to close this list"))

        self.list = QTreeWidget(self.panel)
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(False)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.list.setAccessibleDescription(
            self.tr("Each row is a key and what it does, grouped by where it works.")
        )
        header = self.list.header()
        header.setAccessibleName(self.tr("Columns: keys and what they do"))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._fill()

        self.close_button = QPushButton(self.tr("Close"), self.panel)
        self.close_button.setAccessibleName(self.tr("Close the list of shortcuts"))
        self.close_button.clicked.connect(self.hide_overlay)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self.panel)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        close = QAction(self)
        # Esc here; F1 is the window's action (install_help), which toggles.
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.triggered.connect(self.hide_overlay)
        self.addAction(close)

        host.installEventFilter(self)
        self.hide()

    # ------------------------------------------------------------ content

    def _fill(self) -> None:
        for section in Section:
            rows = [s for s in SHORTCUTS if s.section is section and (self.lead or not s.lead_only)]
            if not rows:
                continue
            heading = QTreeWidgetItem(self.list, [shortcuts.translated(section.value), ""])
            heading.setFirstColumnSpanned(True)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for shortcut in rows:
                keys = shortcuts.keys_text(shortcut)
                description = shortcuts.translated(shortcut.description)
                item = QTreeWidgetItem(self.list, [keys, description])
                item.setData(0, Qt.ItemDataRole.UserRole, shortcut.name)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{keys}: {description}")
                item.setData(1, Qt.ItemDataRole.AccessibleTextRole, f"{keys}: {description}")

    def rows(self) -> list[tuple[str, str]]:
        """(keys, description) of every listed shortcut, in order (tests, screen readers)."""
        found = []
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole):
                found.append((item.text(0), item.text(1)))
        return found

    # ------------------------------------------------------------ showing

    def toggle(self) -> None:
        if self.isVisible():
            self.hide_overlay()
        else:
            self.show_overlay()

    def show_overlay(self) -> None:
        focus = self.host.focusWidget()
        self._focus_before = focus if focus is not None and not self.isAncestorOf(focus) else None
        self._place()
        self.show()
        self.raise_()
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        first = self.list.topLevelItem(1)
        if first is not None:
            self.list.setCurrentItem(first)

    def hide_overlay(self) -> None:
        if not self.isVisible():
            return
        self.hide()
        if self._focus_before is not None:
            self._focus_before.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._focus_before = None

    def _place(self) -> None:
        self.setGeometry(self.host.rect())
        width = min(PANEL_MAX_WIDTH, max(0, self.width() - 2 * MARGIN))
        height = max(0, self.height() - 2 * MARGIN)
        self.panel.setGeometry((self.width() - width) // 2, MARGIN, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor(0, 0, 0, 110))  # dims the window behind
        painter.end()


def install_help(window: QWidget, *, lead: bool = False) -> tuple[HelpOverlay, QAction]:
    """Make the overlay for ``window`` and an F1 action that shows and hides it.

    Add the returned action to a Help menu if the window has one; it already
    works as a window shortcut.
    """
    overlay = HelpOverlay(window, lead=lead)
    action = QAction(QCoreApplication.translate("HelpOverlay", "&Keyboard shortcuts"), window)
    shortcuts.apply(action, "help")
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(overlay.toggle)
    window.addAction(action)
    return overlay, action
