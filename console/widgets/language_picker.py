"""Choosing an interpreter's language: every language Qt knows, found by typing.

Typing matches English names, native names and codes, ignoring case and
accents ("viet" and "tieng" find Vietnamese, "es" finds Spanish first).  The
best matches come first: the exact code, then names that start with the text,
then words that do, then anything containing it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from console.widgets._languages import LanguageInfo, all_languages, fold
from console.widgets._util import plural, set_accessible

__all__ = ["LanguageFilter", "LanguagePicker", "language_model"]

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ENGLISH_ROLE = Qt.ItemDataRole.UserRole + 3
NATIVE_ROLE = Qt.ItemDataRole.UserRole + 4
INTERPRETER_ID_MAX = 64

ModelIndex = QModelIndex | QPersistentModelIndex


def language_model(parent: QObject | None = None) -> QStandardItemModel:
    """One row per language: label for display, code and folded names for search."""
    model = QStandardItemModel(parent)
    for info in all_languages():
        model.appendRow(_item(info))
    return model


def _item(info: LanguageInfo) -> QStandardItem:
    item = QStandardItem(info.label())
    item.setEditable(False)
    item.setData(info.code, CODE_ROLE)
    item.setData(info.search_text(), SEARCH_ROLE)
    item.setData(fold(info.english), ENGLISH_ROLE)
    item.setData(fold(info.native), NATIVE_ROLE)
    item.setData(info.label(), Qt.ItemDataRole.AccessibleTextRole)
    return item


class LanguageFilter(QSortFilterProxyModel):
    """Filters languages by a typed query and ranks the best matches first."""

    def __init__(self, parent: QObject | None = None, preferred: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self._query = ""
        self._preferred = {code.lower(): n for n, code in enumerate(preferred)}
        self.setDynamicSortFilter(False)

    def set_query(self, text: str) -> None:
        query = fold(text).strip()
        if query != self._query:
            self._query = query
            self.invalidate()
            self.sort(0)

    def query(self) -> str:
        return self._query

    def _rank(self, index: ModelIndex) -> tuple[int, int, str]:
        code = index.data(CODE_ROLE) or ""
        english = index.data(ENGLISH_ROLE) or ""
        preferred = self._preferred.get(code, len(self._preferred))
        query = self._query
        if not query:
            return (0, preferred, english)
        native = index.data(NATIVE_ROLE) or ""
        if code == query:
            rank = 0
        elif english.startswith(query) or native.startswith(query):
            rank = 1
        elif any(word.startswith(query) for word in f"{english} {native}".split()):
            rank = 2
        else:
            rank = 3
        return (rank, preferred, english)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._query:
            return True
        source = self.sourceModel()
        search = source.index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(part in search for part in self._query.split())

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        return self._rank(left) < self._rank(right)


class _SearchEdit(QLineEdit):
    """The search field: Up and Down move through the results."""

    move_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.move_requested.emit(1 if event.key() == Qt.Key.Key_Down else -1)
            event.accept()
            return
        super().keyPressEvent(event)


class LanguagePicker(QDialog):
    """Pick a language (and note the interpreter's id); use ``open()`` and ``finished``."""

    #: (BCP 47 code, interpreter id or "") when the dialog is accepted
    language_chosen = Signal(str, str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        preferred: Sequence[str] = (),
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Add an interpreter"))
        self.setMinimumSize(420, 460)

        self._search = _SearchEdit(self)
        self._search.setPlaceholderText(
            self.tr("Type a language or code, e.g. Vietnamese, tiếng việt, vi")
        )
        self._search.setClearButtonEnabled(True)
        set_accessible(self._search, self.tr("Search languages"))

        self._model = language_model(self)
        self._filter = LanguageFilter(self, preferred)
        self._filter.setSourceModel(self._model)
        self._filter.sort(0)

        self._list = QListView(self)
        self._list.setModel(self._filter)
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setUniformItemSizes(True)
        set_accessible(self._list, self.tr("Languages"))

        self._count = QLabel(self)
        self._count.setTextFormat(Qt.TextFormat.PlainText)

        self._interpreter = QLineEdit(self)
        self._interpreter.setMaxLength(INTERPRETER_ID_MAX)
        self._interpreter.setPlaceholderText(self.tr("As given by the interpreting service"))
        set_accessible(self._interpreter, self.tr("Interpreter ID"))

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add interpreter"))
        set_accessible(ok, self.tr("Add interpreter"))
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        set_accessible(cancel, self.tr("Cancel"))
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        form = QFormLayout()
        caption = QLabel(self.tr("Interpreter ID"), self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setBuddy(self._interpreter)
        form.addRow(caption, self._interpreter)
        layout = QVBoxLayout(self)
        layout.addWidget(self._search)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._count)
        layout.addLayout(form)
        layout.addWidget(self._buttons)

        self._search.textChanged.connect(self._on_query)
        self._search.move_requested.connect(self._move)
        self._search.returnPressed.connect(self._accept_if_chosen)
        self._list.doubleClicked.connect(self._accept_if_chosen)
        self._list.selectionModel().currentChanged.connect(self._update_ok)
        self._on_query("")
        self._search.setFocus()
        set_accessible(self, self.windowTitle())

    # ------------------------------------------------------------ results

    def selected_code(self) -> str | None:
        index = self._list.currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    def interpreter_id(self) -> str:
        return self._interpreter.text().strip()

    def set_query(self, text: str) -> None:
        self._search.setText(text)

    def visible_codes(self) -> list[str]:
        """The codes shown, in order (for tests and for keyboard users' checks)."""
        return [
            self._filter.index(row, 0).data(CODE_ROLE) for row in range(self._filter.rowCount())
        ]

    def accept(self) -> None:
        code = self.selected_code()
        if code is None:
            return
        self.language_chosen.emit(code, self.interpreter_id())
        super().accept()

    # ------------------------------------------------------------ internals

    def _on_query(self, text: str) -> None:
        self._filter.set_query(text)
        count = self._filter.rowCount()
        self._count.setText(plural(self.tr("%n language(s)", "", count), count))
        if count:
            self._list.setCurrentIndex(self._filter.index(0, 0))
            self._list.scrollToTop()
        self._update_ok()

    def _move(self, step: int) -> None:
        rows = self._filter.rowCount()
        if not rows:
            return
        current = self._list.currentIndex().row()
        row = min(max(current + step, 0), rows - 1)
        self._list.setCurrentIndex(self._filter.index(row, 0))

    def _accept_if_chosen(self) -> None:
        if self.selected_code() is not None:
            self.accept()

    def _update_ok(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.selected_code() is not None)
