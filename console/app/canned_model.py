"""Canned replies found by a search, as a list model in one language."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from console.domain.canned import CannedReply, search
from console.protocol import Channel

ModelIndex = QModelIndex | QPersistentModelIndex


class CannedRole(IntEnum):
    TEXT = Qt.ItemDataRole.UserRole + 1  # the reply in the model's language
    REPLY_ID = Qt.ItemDataRole.UserRole + 2


class CannedModel(QAbstractListModel):
    def __init__(
        self, language: str, channel: Channel | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._channel = channel
        self._query = ""
        self._rows: list[CannedReply] = search("", channel=channel)

    def set_query(self, query: str) -> None:
        self._query = query
        self.beginResetModel()
        self._rows = search(query, channel=self._channel)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def language(self) -> str:
        return self._language

    def reply_at(self, row: int) -> CannedReply:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        reply = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{reply.title_for(self._language)}\n{reply.text_for(self._language)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return reply.title_for(self._language)
        if role == CannedRole.TEXT:
            return reply.text_for(self._language)
        if role == CannedRole.REPLY_ID:
            return reply.id
        return None
