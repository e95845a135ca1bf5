"""What the board's three table models share: keyed rows, roles, live times, filtering.

A :class:`KeyedTableModel` adapts one collection of :class:`BoardState`: it
keeps only the order of its rows (a list of ids) and reads every cell from the
state, so nothing is copied.  :meth:`KeyedTableModel.sync` applies a
:class:`~console.app.board_state.Changes` as row inserts, removals and
``dataChanged`` for the touched rows only; :meth:`KeyedTableModel.tick`
refreshes the live time columns once a second.

Meaning beyond words goes through custom roles (:class:`BoardRole`): the
screens turn a presence, a channel or a :class:`Tone` into colours and shapes,
always next to the words the model gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from console.protocol import Channel, Presence, SessionState

from .board_settings import BoardSettings, WaitLevel
from .board_state import BoardState

__all__ = [
    "SESSION_MIME",
    "BoardFilter",
    "BoardRole",
    "KeyedTableModel",
    "Tone",
    "channel_text",
    "elapsed_text",
    "presence_text",
    "state_text",
    "wait_tone",
]

ModelIndex = QModelIndex | QPersistentModelIndex

#: What a dragged session carries: its id, UTF-8.
SESSION_MIME = "application/x-advocate-console-session"


class BoardRole(IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1  # the row's id (advocate id or session id)
    SORT = KEY + 1  # a value that sorts right (seconds as float, names folded)
    TONE = KEY + 2  # Tone value (str) for cells that carry urgency
    PRESENCE = KEY + 3  # Presence value (str) in the presence column
    CHANNEL = KEY + 4  # Channel value (str) in a channel column


class Tone(StrEnum):
    """Urgency of a cell; shown as a tint and a shape, next to its words."""

    CALM = "calm"
    ATTENTION = "attention"
    WARNING = "warning"
    DANGER = "danger"
    FULL = "full"  # at capacity


_WAIT_TONE = {
    WaitLevel.FRESH: Tone.CALM,
    WaitLevel.WAITING: Tone.ATTENTION,
    WaitLevel.LONG: Tone.WARNING,
    WaitLevel.VERY_LONG: Tone.DANGER,
}


def wait_tone(level: WaitLevel) -> Tone:
    return _WAIT_TONE[level]


def elapsed_text(seconds: float | None) -> str:
    """``m:ss`` below an hour, ``h:mm:ss`` after; a dash when unknown."""
    if seconds is None:
        return "–"
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def presence_text(presence: Presence) -> str:
    # Same context and source texts as the status bar's, so one translation serves both.
    names = {
        Presence.AVAILABLE: QCoreApplication.translate("Presence", "Available"),
        Presence.AWAY: QCoreApplication.translate("Presence", "Away"),
        Presence.BREAK: QCoreApplication.translate("Presence", "On break"),
        Presence.OFFLINE: QCoreApplication.translate("Presence", "Offline"),
        Presence.BUSY: QCoreApplication.translate("Presence", "Busy: at capacity"),
        Presence.WRAP_UP: QCoreApplication.translate("Presence", "Wrap-up"),
    }
    return names[presence]


def channel_text(channel: Channel) -> str:
    names = {
        Channel.CALL: QCoreApplication.translate("Channel", "Call"),
        Channel.CHAT: QCoreApplication.translate("Channel", "Chat"),
        Channel.TEXT: QCoreApplication.translate("Channel", "Text"),
    }
    return names[channel]


def state_text(state: SessionState) -> str:
    names = {
        SessionState.QUEUED: QCoreApplication.translate("SessionState", "Waiting"),
        SessionState.OFFERED: QCoreApplication.translate("SessionState", "Offered"),
        SessionState.ACTIVE: QCoreApplication.translate("SessionState", "Active"),
        SessionState.WRAP_UP: QCoreApplication.translate("SessionState", "Wrap-up"),
        SessionState.CLOSED: QCoreApplication.translate("SessionState", "Closed"),
    }
    return names[state]


class KeyedTableModel(QAbstractTableModel):
    """Rows named by id; cells read from the shared :class:`BoardState`."""

    #: columns whose value is a live time (refreshed by :meth:`tick`)
    time_columns: Sequence[int] = ()
    #: whether rows can be dragged (sessions onto an advocate)
    draggable = False

    def __init__(
        self, state: BoardState, settings: BoardSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.settings = settings
        self._keys: list[str] = []
        self._rows: dict[str, int] = {}
        # The last object seen per row: a row the state has dropped must still answer
        # until its removal is over (views and proxies read it during beginRemoveRows).
        self._last: dict[str, Any] = {}

    # ------------------------------------------------------------ for subclasses

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def wanted(self) -> Iterable[str]:
        """The ids this table shows now, in the state's order."""
        raise NotImplementedError

    def current(self, key: str) -> Any:
        """The row's object in the state now, or None once the state has dropped it."""
        raise NotImplementedError

    def cell(self, key: str, column: int, role: int) -> Any:
        raise NotImplementedError

    # ------------------------------------------------------------ rows

    def item(self, key: str) -> Any:
        """The row's object: the state's, or the last one seen while the row is removed."""
        value = self.current(key)
        if value is None:
            return self._last[key]
        self._last[key] = value
        return value

    def key_at(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, key: str) -> int | None:
        return self._rows.get(key)

    def keys(self) -> list[str]:
        return list(self._keys)

    def sync(self, changed: Iterable[str] = ()) -> None:
        """Match the rows to :meth:`wanted`; refresh the ``changed`` rows that stay."""
        wanted = list(self.wanted())
        keep = set(wanted)
        for row in range(len(self._keys) - 1, -1, -1):
            if self._keys[row] not in keep:
                self.beginRemoveRows(QModelIndex(), row, row)
                key = self._keys.pop(row)
                self._reindex()
                self.endRemoveRows()
                self._last.pop(key, None)
        last = self.columnCount() - 1
        for key in changed:
            at = self._rows.get(key)
            if at is not None:
                self.dataChanged.emit(self.index(at, 0), self.index(at, last))
        new = [key for key in wanted if key not in self._rows]
        for key in new:
            self._last[key] = self.current(key)
        if new:
            first = len(self._keys)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._keys.extend(new)
            self._reindex()
            self.endInsertRows()

    def tick(self) -> None:
        """The live times moved on: refresh those columns (and their tone)."""
        if not self._keys:
            return
        roles = [
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            BoardRole.SORT,
            BoardRole.TONE,
        ]
        bottom = len(self._keys) - 1
        for column in self.time_columns:
            self.dataChanged.emit(self.index(0, column), self.index(bottom, column), roles)

    def _reindex(self) -> None:
        self._rows = {key: row for row, key in enumerate(self._keys)}

    # ------------------------------------------------------------ QAbstractItemModel

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        headers = self.headers()
        if not 0 <= section < len(headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        key = self._keys[index.row()]
        if role == BoardRole.KEY:
            return key
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self.cell(key, index.column(), Qt.ItemDataRole.ToolTipRole)
            if text is None:
                text = self.cell(key, index.column(), Qt.ItemDataRole.DisplayRole)
            return text
        return self.cell(key, index.column(), role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.draggable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ------------------------------------------------------------ dragging sessions

    def mimeTypes(self) -> list[str]:
        return [SESSION_MIME] if self.draggable else []

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        valid = [i for i in indexes if i.isValid() and i.model() is self]
        if self.draggable and valid:
            data.setData(SESSION_MIME, self._keys[valid[0].row()].encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction if self.draggable else Qt.DropAction.IgnoreAction


class BoardFilter(QSortFilterProxyModel):
    """Sorts by :attr:`BoardRole.SORT` and keeps rows whose words match the filter text."""

    def __init__(self, source: KeyedTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(BoardRole.SORT)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(True)

    def source(self) -> KeyedTableModel:
        model = self.sourceModel()
        assert isinstance(model, KeyedTableModel)
        return model

    def set_text(self, text: str) -> None:
        self.setFilterFixedString(text.strip())

    def key_at(self, row: int) -> str | None:
        index = self.index(row, 0)
        return index.data(BoardRole.KEY) if index.isValid() else None

    def row_of(self, key: str) -> int | None:
        source_row = self.source().row_of(key)
        if source_row is None:
            return None
        mapped = self.mapFromSource(self.source().index(source_row, 0))
        return mapped.row() if mapped.isValid() else None
