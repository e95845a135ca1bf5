"""The board's table views: keyboard-first, sortable, sessions draggable onto advocates.

``BoardDecorations`` turns the models' meaning roles into what a view paints
(channel icons, presence dots, urgency shapes and tints) without the models
knowing any colour.  ``TablePanel`` is one titled section of the board: a
title with a count, a filter box and the table (or a calm "nobody waiting").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.app.board_table import SESSION_MIME, BoardFilter, BoardRole
from console.protocol import Channel, Presence
from console.widgets import channel_icon
from console.widgets.tones import Urgency, presence_dot, urgency_icon, urgency_tint

ModelIndex = QModelIndex | QPersistentModelIndex


class BoardDecorations(QIdentityProxyModel):
    """Icons and tints from the meaning roles; everything else passes through."""

    def __init__(self, source: BoardFilter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)

    def filter(self) -> BoardFilter:
        model = self.sourceModel()
        assert isinstance(model, BoardFilter)
        return model

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            channel = super().data(index, BoardRole.CHANNEL)
            if channel is not None:
                return channel_icon(Channel(channel))
            presence = super().data(index, BoardRole.PRESENCE)
            if presence is not None:
                return presence_dot(Presence(presence))
            tone = super().data(index, BoardRole.TONE)
            if tone is not None and tone != Urgency.CALM.value:
                return urgency_icon(Urgency(tone))
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            tone = super().data(index, BoardRole.TONE)
            return urgency_tint(Urgency(tone)) if tone is not None else None
        return super().data(index, role)


class BoardTable(QTableView):
    """A read-only table of whole rows; Enter or a double click activates a row."""

    activated_key = Signal(str)
    current_key_changed = Signal(object)  # str | None

    def __init__(self, model: BoardDecorations, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table: the board works without a mouse
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        header.setAccessibleName(
            QCoreApplication.translate(
                "BoardTable", "Columns of {table}; activate one to sort"
            ).format(table=name)
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.activated.connect(self._activated)
        selection = self.selectionModel()
        selection.currentRowChanged.connect(
            lambda *_: self.current_key_changed.emit(self.current_key())
        )

    def arrange(self, stretch: int, sort: int, order: Qt.SortOrder) -> None:
        """One column takes the spare width; rows start sorted by ``sort``."""
        self.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.sortByColumn(sort, order)

    def decorations(self) -> BoardDecorations:
        model = self.model()
        assert isinstance(model, BoardDecorations)
        return model

    def current_key(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        key = index.siblingAtColumn(0).data(BoardRole.KEY)
        return key if isinstance(key, str) else None

    def select_key(self, key: str) -> bool:
        model = self.decorations()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if index.data(BoardRole.KEY) == key:
                self.setCurrentIndex(index)
                self.selectRow(row)
                return True
        return False

    def key_at(self, index: QModelIndex) -> str | None:
        key = index.siblingAtColumn(0).data(BoardRole.KEY) if index.isValid() else None
        return key if isinstance(key, str) else None

    def _activated(self, index: QModelIndex) -> None:
        key = self.key_at(index)
        if key is not None:
            self.activated_key.emit(key)


class SessionTable(BoardTable):
    """Queue and live sessions: rows can be dragged onto an advocate."""

    def __init__(self, model: BoardDecorations, name: str, parent: QWidget | None = None) -> None:
        super().__init__(model, name, parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)


class RosterTable(BoardTable):
    """Advocates on shift: a session dropped on a row asks to move it there."""

    session_dropped = Signal(str, str)  # session id, advocate id

    def __init__(self, model: BoardDecorations, name: str, parent: QWidget | None = None) -> None:
        super().__init__(model, name, parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

    def _target(self, event: QDropEvent | QDragMoveEvent) -> str | None:
        if not event.mimeData().hasFormat(SESSION_MIME):
            return None
        return self.key_at(self.indexAt(event.position().toPoint()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(SESSION_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if self._target(event) is not None:
            self.setCurrentIndex(index)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        advocate_id = self._target(event)
        if advocate_id is None:
            event.ignore()
            return
        session_id = bytes(event.mimeData().data(SESSION_MIME).data()).decode()
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.session_dropped.emit(session_id, advocate_id)


class TablePanel(QWidget):
    """A titled section: "Waiting contacts (3)", a filter box, the table or an empty note."""

    def __init__(
        self,
        title: str,
        table: BoardTable,
        empty_text: str,
        filter_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self.table = table
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("panelHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.heading.setFont(font)
        self.heading.setBuddy(table)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(filter_name)
        self.filter.setMaximumWidth(220)
        self.filter.textChanged.connect(table.decorations().filter().set_text)
        self.empty = QLabel(empty_text, self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("emptyState")
        self.empty.setAccessibleName(empty_text)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(table)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        model: QAbstractItemModel = table.decorations().filter().source()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._refresh)
        self._refresh()

    def _refresh(self, *_: object) -> None:
        count = self.table.decorations().filter().source().rowCount()
        self.heading.setText(self._title.format(n=count))
        self.stack.setCurrentWidget(self.table if count else self.empty)
