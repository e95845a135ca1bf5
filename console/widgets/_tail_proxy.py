"""A window onto the last rows of a long list model.

``QListView`` lays out every row again on each insert (``QListView::rowsInserted``
clears its layout), which costs one delegate ``sizeHint`` call per row: with
100,000 messages that is a third of a second per new message.  The transcript
view therefore shows the newest rows through this proxy and widens the window
towards the past when the advocate scrolls to the top.
"""

from __future__ import annotations

from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)

ModelIndex = QModelIndex | QPersistentModelIndex


class TailProxy(QAbstractProxyModel):
    """Rows ``[first, n)`` of a flat source model."""

    def __init__(self, page: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page = page
        self._first = 0
        self._inserting = False
        self._hidden_inserted = 0
        self._removing = False
        self._hidden_removed = 0
        self._connections: list[Any] = []

    # ------------------------------------------------------------ window

    def page(self) -> int:
        return self._page

    def hidden_above(self) -> int:
        """Source rows older than the window."""
        return self._first

    def extend(self, count: int | None = None) -> int:
        """Show up to ``count`` (default: a page) more rows above; returns how many."""
        more = min(self._page if count is None else count, self._first)
        if more > 0:
            self.beginInsertRows(QModelIndex(), 0, more - 1)
            self._first -= more
            self.endInsertRows()
        return more

    def trim(self, keep: int) -> int:
        """Hide the oldest rows so that at most ``keep`` stay; returns how many went."""
        extra = self.rowCount() - keep
        if extra > 0:
            self.beginRemoveRows(QModelIndex(), 0, extra - 1)
            self._first += extra
            self.endRemoveRows()
            return extra
        return 0

    # ------------------------------------------------------------ source

    def setSourceModel(self, source: QAbstractItemModel | None) -> None:
        self.beginResetModel()
        old = self.sourceModel()
        if old is not None:
            for signal, slot in self._connections:
                signal.disconnect(slot)
        self._connections = []
        super().setSourceModel(source)  # type: ignore[arg-type]  # None detaches, as in C++
        if source is not None:
            pairs = [
                (source.modelAboutToBeReset, self.beginResetModel),
                (source.modelReset, self._on_reset),
                (source.layoutAboutToBeChanged, self._on_layout_about),
                (source.layoutChanged, self._on_reset),
                (source.rowsAboutToBeMoved, self._on_layout_about),
                (source.rowsMoved, self._on_reset),
                (source.rowsAboutToBeInserted, self._on_about_insert),
                (source.rowsInserted, self._on_inserted),
                (source.rowsAboutToBeRemoved, self._on_about_remove),
                (source.rowsRemoved, self._on_removed),
                (source.dataChanged, self._on_data_changed),
            ]
            for signal, slot in pairs:
                signal.connect(slot)
            self._connections = pairs
        self._first = max(0, self._source_rows() - self._page)
        self.endResetModel()

    def _source_rows(self) -> int:
        source = self.sourceModel()
        return 0 if source is None else source.rowCount()

    def _on_layout_about(self, *_args: object) -> None:
        self.beginResetModel()

    def _on_reset(self, *_args: object) -> None:
        self._first = max(0, self._source_rows() - self._page)
        self.endResetModel()

    def _on_about_insert(self, parent: QModelIndex, start: int, end: int) -> None:
        if parent.isValid():
            return
        if start >= self._first:
            self.beginInsertRows(QModelIndex(), start - self._first, end - self._first)
            self._inserting = True
        else:
            self._hidden_inserted = end - start + 1

    def _on_inserted(self, parent: QModelIndex, _start: int, _end: int) -> None:
        if parent.isValid():
            return
        if self._inserting:
            self._inserting = False
            self.endInsertRows()
        else:
            self._first += self._hidden_inserted
            self._hidden_inserted = 0

    def _on_about_remove(self, parent: QModelIndex, start: int, end: int) -> None:
        if parent.isValid():
            return
        self._hidden_removed = max(0, min(end, self._first - 1) - start + 1)
        visible_start = max(start, self._first)
        if visible_start <= end:
            self.beginRemoveRows(QModelIndex(), visible_start - self._first, end - self._first)
            self._removing = True

    def _on_removed(self, parent: QModelIndex, _start: int, _end: int) -> None:
        if parent.isValid():
            return
        self._first -= self._hidden_removed
        self._hidden_removed = 0
        if self._removing:
            self._removing = False
            self.endRemoveRows()

    def _on_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]
    ) -> None:
        first = max(top_left.row(), self._first) - self._first
        last = bottom_right.row() - self._first
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, 0), roles)

    def size_key(self, proxy_row: int) -> tuple[int, int] | None:
        """The source's (uid, revision) of a shown row (see ``TranscriptModel.size_key``)."""
        source = self.sourceModel()
        key_of = getattr(source, "size_key", None)
        return None if key_of is None else key_of(proxy_row + self._first)

    # ------------------------------------------------------------ mapping

    def mapToSource(self, proxy_index: ModelIndex) -> QModelIndex:
        source = self.sourceModel()
        if source is None or not proxy_index.isValid():
            return QModelIndex()
        return source.index(proxy_index.row() + self._first, proxy_index.column())

    def mapFromSource(self, source_index: ModelIndex) -> QModelIndex:
        if not source_index.isValid() or source_index.row() < self._first:
            return QModelIndex()
        return self.index(source_index.row() - self._first, source_index.column())

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        if parent.isValid():
            return 0
        return max(0, self._source_rows() - self._first)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() or self.sourceModel() is None else 1

    def index(self, row: int, column: int = 0, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 (Qt signature)
        # A view asks this for every shown row of each layout pass: the bounds are
        # checked here, not through hasIndex (two more calls back into Python).
        if column != 0 or row < 0 or parent.isValid() or row >= self.rowCount():
            return QModelIndex()
        return self.createIndex(row, column)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: ModelIndex) -> QModelIndex: ...
    def parent(self, child: ModelIndex | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        return QModelIndex()

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and self.rowCount() > 0
