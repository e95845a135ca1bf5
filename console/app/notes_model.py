"""The notes of one case, newest first, as a list model the notes panel shows."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from console.domain.text import inert
from console.protocol import NoteKind, NoteRecord
from console.store.fields import Cached, RecordSync

ModelIndex = QModelIndex | QPersistentModelIndex


class NoteRole(IntEnum):
    BODY = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2
    SYNC = Qt.ItemDataRole.UserRole + 3
    HEADER = Qt.ItemDataRole.UserRole + 4
    NOTE_ID = Qt.ItemDataRole.UserRole + 5


def kind_name(kind: NoteKind) -> str:
    return {
        NoteKind.NOTE: QCoreApplication.translate("NotesModel", "Note"),
        NoteKind.REPORT: QCoreApplication.translate("NotesModel", "Report"),
        NoteKind.REFERRAL: QCoreApplication.translate("NotesModel", "Referral"),
    }[kind]


def sync_name(state: RecordSync) -> str:
    return {
        RecordSync.SYNCED: QCoreApplication.translate("NotesModel", "Saved and synced"),
        RecordSync.PENDING: QCoreApplication.translate("NotesModel", "Saved here, waiting to sync"),
        RecordSync.CONFLICT: QCoreApplication.translate(
            "NotesModel", "Conflict: both versions kept"
        ),
        RecordSync.REJECTED: QCoreApplication.translate(
            "NotesModel", "Not accepted by the server: kept here"
        ),
    }[state]


class NotesModel(QAbstractListModel):
    def __init__(
        self, me: str, names: dict[str, str] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._me = me
        self._names = dict(names or {})
        self._rows: list[Cached] = []
        # The header line of each note, made once: a view asks data() for several
        # roles of every row on each layout pass.
        self._headers: dict[tuple[str, int, RecordSync, str], str] = {}

    def set_notes(self, notes: list[Cached]) -> None:
        fresh = [n for n in notes if isinstance(n.record, NoteRecord)]
        if [(n.id, n.record.version, n.sync, n.record.updated_at) for n in fresh] == [
            (n.id, n.record.version, n.sync, n.record.updated_at) for n in self._rows
        ]:
            return  # nothing changed: keep the view's selection and scroll
        self.beginResetModel()
        self._rows = fresh
        keys = {_key(n) for n in fresh}
        self._headers = {k: v for k, v in self._headers.items() if k in keys}
        self.endResetModel()

    def note_at(self, row: int) -> Cached | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def _author(self, note: NoteRecord) -> str:
        if note.author_id is None or note.author_id == self._me:
            return QCoreApplication.translate("NotesModel", "You")
        return self._names.get(
            note.author_id, QCoreApplication.translate("NotesModel", "Another advocate")
        )

    def _header(self, cached: Cached) -> str:
        key = _key(cached)
        header = self._headers.get(key)
        if header is None:
            note = cached.record
            assert isinstance(note, NoteRecord)
            header = self._headers[key] = " · ".join(
                (
                    kind_name(note.kind),
                    self._author(note),
                    note.updated_at.astimezone().strftime("%d %b %H:%M"),
                    sync_name(cached.sync),
                )
            )
        return header

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        cached = self._rows[index.row()]
        note = cached.record
        assert isinstance(note, NoteRecord)
        header = self._header(cached)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{header}\n{inert(note.body)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{header}. {inert(note.body)}"
        if role == NoteRole.BODY:
            return note.body
        if role == NoteRole.KIND:
            return note.kind.value
        if role == NoteRole.SYNC:
            return cached.sync.value
        if role == NoteRole.HEADER:
            return header
        if role == NoteRole.NOTE_ID:
            return note.id
        return None


_ROLES = frozenset(
    {int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole), *map(int, NoteRole)}
)


def _key(cached: Cached) -> tuple[str, int, RecordSync, str]:
    record = cached.record
    return cached.id, record.version, cached.sync, record.updated_at.isoformat()
