"""One checklist run as a tree the checklist panel shows: sections, then their items.

The model adapts the domain's :class:`~console.domain.checklists.Run` (an
immutable value read from the cache) and its template in one language; it
keeps no copy of its own beyond the rows of the last run it was given.
Giving it a newer version of the same run (an item marked here, or pulled from
the server) only announces the rows that changed, so selection and scrolling
stay where the advocate left them.  Column 0 is the item, column 1 its state in
words (the state never shows by colour or mark alone).  Items a later template
version retired, or that the template does not know, are kept under a last
section "Kept from an earlier version".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from console.domain.checklists import Run, RunRow
from console.protocol import ChecklistTemplate, ItemState

ModelIndex = QModelIndex | QPersistentModelIndex

#: A mark before each item, beside the state in words (column 1).
STATE_MARKS = {
    ItemState.TODO: "○",
    ItemState.DONE: "✓",
    ItemState.DECLINED: "✕",
    ItemState.NOT_APPLICABLE: "–",
}

_KEPT = "\x00kept"  # the id of the section of retired and unknown items


class ChecklistRole(IntEnum):
    ITEM_ID = Qt.ItemDataRole.UserRole + 1  # None on a section row
    STATE = Qt.ItemDataRole.UserRole + 2  # ItemState
    COMMENT = Qt.ItemDataRole.UserRole + 3
    HELP = Qt.ItemDataRole.UserRole + 4
    SECTION_TITLE = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True, slots=True)
class _Section:
    id: str
    title: str
    rows: tuple[RunRow, ...]


def _sections(template: ChecklistTemplate, run: Run, language: str) -> list[_Section]:
    rows = run.rows(template, language)
    order = [s.id for s in template.sections]
    grouped: dict[str, list[RunRow]] = {s: [] for s in order}
    titles: dict[str, str] = {}
    kept: list[RunRow] = []
    for row in rows:
        if row.retired or not row.known or row.section_id not in grouped:
            kept.append(row)
            continue
        assert row.section_id is not None
        grouped[row.section_id].append(row)
        titles[row.section_id] = row.section_title
    sections = [_Section(s, titles[s], tuple(grouped[s])) for s in order if grouped[s]]
    if kept:
        sections.append(
            _Section(
                _KEPT,
                QCoreApplication.translate("ChecklistModel", "Kept from an earlier version"),
                tuple(kept),
            )
        )
    return sections


class ChecklistModel(QAbstractItemModel):
    """Sections (top level) and their items (children), two columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: list[_Section] = []
        self._shape: tuple[object, ...] = ()

    # ------------------------------------------------------------ feeding

    def set_run(self, template: ChecklistTemplate | None, run: Run | None, language: str) -> None:
        """Show ``run`` of ``template`` in ``language`` (None: show nothing)."""
        sections = [] if template is None or run is None else _sections(template, run, language)
        shape = tuple((s.id, s.title, tuple(r.item_id for r in s.rows)) for s in sections)
        if shape != self._shape:
            self.beginResetModel()
            self._sections, self._shape = sections, shape
            self.endResetModel()
            return
        before, self._sections = self._sections, sections
        for number, (old, new) in enumerate(zip(before, sections, strict=True)):
            for row, (a, b) in enumerate(zip(old.rows, new.rows, strict=True)):
                if a != b:
                    parent = self.index(number, 0)
                    self.dataChanged.emit(self.index(row, 0, parent), self.index(row, 1, parent))

    def clear(self) -> None:
        self.set_run(None, None, "en")

    # ------------------------------------------------------------ lookups

    def row_of(self, index: ModelIndex) -> RunRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        section = self._sections[index.internalId() - 1]
        return section.rows[index.row()]

    def index_of(self, item_id: str, column: int = 0) -> QModelIndex:
        for number, section in enumerate(self._sections):
            for row, entry in enumerate(section.rows):
                if entry.item_id == item_id:
                    return self.index(row, column, self.index(number, 0))
        return QModelIndex()

    def item_ids(self) -> list[str]:
        """Every item shown, in order."""
        return [r.item_id for s in self._sections for r in s.rows]

    # ------------------------------------------------------------ the model

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 (Qt's default argument)
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 (Qt's overloads: parent() and parent(child))
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        if not parent.isValid():
            return len(self._sections)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._sections[parent.row()].rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 2

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ChecklistModel", "Item")
                if section == 0
                else QCoreApplication.translate("ChecklistModel", "State")
            )
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            section = self._sections[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return section.title if index.column() == 0 else None
            if role == ChecklistRole.SECTION_TITLE:
                return section.title
            return None
        row = self.row_of(index)
        assert row is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{STATE_MARKS[row.state]} {row.text}"
            return row.state_label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.text}: {row.state_label}" if index.column() == 0 else row.state_label
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.text  # the template's own words (never a comment typed for a contact)
        values: dict[int, Any] = {
            ChecklistRole.ITEM_ID: row.item_id,
            ChecklistRole.STATE: row.state,
            ChecklistRole.COMMENT: row.comment,
            ChecklistRole.HELP: row.help,
            ChecklistRole.SECTION_TITLE: row.section_title,
        }
        return values.get(role)


def combine_items(mine: dict[str, Any], theirs: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """Two versions of a run's items (wire dicts) as one, and how many items differ.

    An item answered on one side only takes that answer; where both sides
    answered differently, this side's answer and comment win (the advocate
    chose "combine" having seen that count).  A comment missing on one side
    is taken from the other.
    """
    combined: dict[str, Any] = {}
    differing = 0
    todo = ItemState.TODO.value
    for item_id in [*mine, *(i for i in theirs if i not in mine)]:
        a, b = mine.get(item_id), theirs.get(item_id)
        if a is None or b is None:
            only = a if a is not None else b
            combined[item_id] = dict(only or {})
            continue
        a_state, b_state = a.get("state", todo), b.get("state", todo)
        if a_state == todo and b_state != todo:
            chosen, other = dict(b), a
        else:
            chosen, other = dict(a), b
            if b_state not in (a_state, todo):
                differing += 1
        if not chosen.get("comment") and other.get("comment"):
            chosen["comment"] = other["comment"]
        combined[item_id] = chosen
    return combined, differing
