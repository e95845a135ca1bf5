"""Canned replies: a searchable picker that inserts a reply into the reply box.

Ctrl+/ in the reply box opens it (:func:`install_canned_shortcut`); typing
filters by words in either language (accents ignored); Up and Down move; Enter
inserts the reply in the session's language (a toggle switches it) at the
cursor.  Nothing is ever sent from here: the advocate's Enter in the reply box
sends.  The picker is opened with ``open()``, never ``exec()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.app.canned_model import CannedModel, CannedRole
from console.protocol import Channel
from console.widgets import Composer

from ._common import LanguageToggle, muted, primary_language
from .composer_link import insert_into_composer

SHORTCUT = "Ctrl+/"


class CannedPicker(QDialog):
    """Pick a canned reply (module doc); ``chosen`` carries its text."""

    chosen = Signal(str)

    def __init__(
        self, language: str, channel: Channel | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Canned replies"))
        self.setAccessibleName(self.tr("Canned replies"))
        self.model = CannedModel(primary_language(language), channel, self)
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Search replies (English or Spanish)"))
        self.query.setAccessibleName(self.tr("Search canned replies"))
        self.query.setClearButtonEnabled(True)
        self.language = LanguageToggle(language, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Replies found"))
        self.hint = muted(
            self.tr("Enter puts the reply in the reply box; it is not sent until you send it."),
            name=self.tr("How the picker works"),
        )
        self.insert_button = QPushButton(self.tr("Insert"), self)
        self.insert_button.setAccessibleName(self.tr("Insert the reply into the reply box"))
        self.insert_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Close without inserting"))
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.language)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(cancel)
        bottom.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self.resize(520, 420)

        self.query.textChanged.connect(self._search)
        self.query.installEventFilter(self)
        self.language.language_changed.connect(self.model.set_language)
        self.list.activated.connect(lambda _index: self.choose())
        self.insert_button.clicked.connect(self.choose)
        cancel.clicked.connect(self.reject)
        self._select_first()
        self.query.setFocus()

    def _search(self, text: str) -> None:
        self.model.set_query(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self.insert_button.setEnabled(self.model.rowCount() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move in the list."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _move(self, delta: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.list.currentIndex().row()
        self.list.setCurrentIndex(self.model.index(max(0, min(rows - 1, current + delta))))

    def current_text(self) -> str | None:
        index: QModelIndex = self.list.currentIndex()
        if not index.isValid():
            return None
        text = self.model.data(index, CannedRole.TEXT)
        return str(text) if text else None

    def choose(self) -> None:
        text = self.current_text()
        if text is None:
            return
        self.chosen.emit(text)
        self.accept()


def open_canned_picker(composer: Composer, language: str) -> CannedPicker:
    """Open the picker over ``composer``; the reply chosen goes in at its cursor."""
    picker = CannedPicker(language, composer.channel(), composer.window())
    picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    picker.chosen.connect(lambda text: insert_into_composer(composer, text))
    picker.open()
    return picker


def install_canned_shortcut(composer: Composer, language: str | Callable[[], str]) -> QShortcut:
    """Ctrl+/ in ``composer`` opens the canned-reply picker.

    ``language`` is the session's language, or a function giving it when the
    picker opens (a conversation may switch language).
    """
    shortcut = QShortcut(QKeySequence(SHORTCUT), composer)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(
        lambda: open_canned_picker(composer, language() if callable(language) else language)
    )
    return shortcut
