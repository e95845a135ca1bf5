"""The audit log for a shift lead: a read-only table, newest first, paged from the server.

``AuditView(load, tasks)`` takes the loader (``ApiClient.audit``, or a stand-in
with the same keywords) and the task owner that runs its loads.  "Refresh"
reloads the first page for the action typed in the filter (an exact action or a
prefix ending in ``.``); "Older" appends the next page.  Entries hold ids, states
and kinds only (never a body or a name); the table shows them as plain text.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.app.tasks import TaskOwner
from console.domain.text import inert, one_line
from console.net.errors import ApiError, NetError
from console.protocol import AuditEntry

log = logging.getLogger(__name__)

PAGE = 100
AuditLoader = Callable[..., Awaitable[list[AuditEntry]]]
Index = QModelIndex | QPersistentModelIndex


class AuditModel(QAbstractTableModel):
    """Audit entries as rows: when, who, what, on what, details."""

    COLUMNS = ("at", "actor", "action", "subject", "detail")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[AuditEntry] = []
        self._headers = (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Action"),
            self.tr("Subject"),
            self.tr("Details"),
        )

    def replace(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def extend(self, entries: list[AuditEntry]) -> None:
        known = {e.id for e in self.entries}
        fresh = [e for e in entries if e.id not in known]
        if not fresh:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
        self.entries.extend(fresh)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "at":
            text = entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        elif column == "actor":
            text = entry.actor_id or ""
        elif column == "action":
            text = entry.action
        elif column == "subject":
            text = f"{entry.subject_type or ''} {entry.subject_id or ''}".strip()
        else:
            text = json.dumps(entry.detail, sort_keys=True, ensure_ascii=False)
        return inert(one_line(text, 300))


class AuditView(QWidget):
    def __init__(self, load: AuditLoader, tasks: TaskOwner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._tasks = tasks
        self._task: asyncio.Task[None] | None = None
        self.setAccessibleName(self.tr("Audit log, read-only"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Action, or a prefix such as auth."))
        self.filter.setAccessibleName(self.tr("Show only this action"))
        self.filter.returnPressed.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the audit log"))
        self.refresh_button.clicked.connect(self.refresh)
        self.older_button = QPushButton(self.tr("&Older"), self)
        self.older_button.setAccessibleName(self.tr("Show older audit entries"))
        self.older_button.setEnabled(False)
        self.older_button.clicked.connect(self.older)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.model = AuditModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setAccessibleName(self.tr("Audit columns"))
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Audit entries, newest first"))
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.older_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        self._start(append=False)

    def older(self) -> None:
        self._start(append=True)

    def _start(self, *, append: bool) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = self._tasks.start(self._fetch(append=append))

    @property
    def loading(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _fetch(self, *, append: bool) -> None:
        offset = len(self.model.entries) if append else 0
        action = self.filter.text().strip() or None
        self.status.setText(self.tr("Loading..."))
        try:
            entries = await self._load(action=action, limit=PAGE, offset=offset)
        except ApiError as error:
            log.info("Audit log refused (%s)", error.code)
            self.status.setText(
                self.tr("The audit log cannot be shown: {reason}").format(
                    reason=inert(one_line(error.message, 200))
                )
            )
            return
        except NetError as error:
            log.info("Audit log not loaded (%s)", type(error).__name__)
            self.status.setText(self.tr("The server cannot be reached; try again."))
            return
        if append:
            self.model.extend(entries)
        else:
            self.model.replace(entries)
        self.older_button.setEnabled(len(entries) == PAGE)
        self.status.setText(self.tr("%n entries", "", len(self.model.entries)))
