"""The shift lead's board: the whole shift at a glance, and the means to move work.

A one-line summary on top, then the advocates on shift beside the waiting
contacts, the live sessions below, and the charts of the shift at the bottom.
Every table sorts and filters; a session dragged onto an advocate, or the
"Reassign…" action (Ctrl+R), moves it (Ctrl+R in the roster offers the session
selected last to the advocate selected there); Ctrl+T takes it yourself; Ctrl+Shift+L
looks in.  Everything works from the keyboard: Tab moves between filter boxes and
tables, arrows move within a table, Enter on a session opens "Reassign…".
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.app.board import BoardService
from console.app.board_models import QueueModel, RosterModel, SessionsModel
from console.app.board_settings import BoardSettings
from console.app.board_table import BoardFilter, KeyedTableModel, elapsed_text
from console.app.context import Context
from console.protocol import Presence, Role

from .actions import BoardActions
from .audit_view import AuditView
from .charts import ShiftCharts
from .tables import BoardDecorations, BoardTable, RosterTable, SessionTable, TablePanel

__all__ = ["LeadBoard"]


class LeadBoard(QWidget):
    def __init__(
        self,
        context: Context,
        parent: QWidget | None = None,
        *,
        settings: BoardSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Shift board"))
        shift = context.shift
        self.service = BoardService(shift.api, shift, context.tasks, settings, parent=self)
        self.commands = BoardActions(self.service, context.tasks, self)
        self.commands.notice.connect(self.show_notice)
        self.service.load_failed.connect(self.show_notice)

        self.roster = RosterTable(
            self._chain(self.service.roster_model), self.tr("Advocates on shift")
        )
        self.queue = SessionTable(
            self._chain(self.service.queue_model), self.tr("Waiting contacts")
        )
        self.sessions = SessionTable(
            self._chain(self.service.sessions_model), self.tr("Live sessions")
        )
        self.roster_panel = TablePanel(
            self.tr("Advocates &on shift ({n})"),
            self.roster,
            self.tr("Nobody is on shift yet."),
            self.tr("Filter advocates"),
        )
        self.queue_panel = TablePanel(
            self.tr("&Waiting contacts ({n})"),
            self.queue,
            self.tr("Nobody is waiting."),
            self.tr("Filter waiting contacts"),
        )
        self.sessions_panel = TablePanel(
            self.tr("Live sess&ions ({n})"),
            self.sessions,
            self.tr("No live sessions."),
            self.tr("Filter live sessions"),
        )
        self.charts = ShiftCharts(self.service.history)
        ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
        roster, queue, live = RosterModel.Column, QueueModel.Column, SessionsModel.Column
        self.roster.arrange(roster.NAME, roster.PRESENCE, ascending)
        self.queue.arrange(queue.STATUS, queue.WAITED, descending)
        self.sessions.arrange(live.ADVOCATE, live.ADVOCATE, ascending)

        self._build_layout()
        self._connect()
        self._update_summary()
        self.service.start()

    # ------------------------------------------------------------ set-up

    def _chain(self, model: KeyedTableModel) -> BoardDecorations:
        return BoardDecorations(BoardFilter(model, self), self)

    def _build_layout(self) -> None:
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Shift summary"))
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.summary.setFont(font)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.buttons: list[QToolButton] = []
        for action in self.commands.actions():
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            top.addWidget(button)
            self.buttons.append(button)

        self.notice_bar = QFrame(self)
        self.notice_bar.setObjectName("boardNotice")
        self.notice_bar.setStyleSheet(
            "QFrame#boardNotice { background: #fff4d6; border: 1px solid #e3c36b;"
            " border-radius: 4px; }"
        )
        self.notice = QLabel(self.notice_bar)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Board notice"))
        self.notice.setStyleSheet("color: #2b2100;")
        dismiss = QPushButton(self.tr("&Dismiss"), self.notice_bar)
        dismiss.setAccessibleName(self.tr("Dismiss the notice"))
        dismiss.clicked.connect(self.notice_bar.hide)
        row = QHBoxLayout(self.notice_bar)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.notice, 1)
        row.addWidget(dismiss)
        self.notice_bar.hide()

        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.roster_panel)
        upper.addWidget(self.queue_panel)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.sessions_panel)
        self.splitter.addWidget(self.charts)
        self.audit = AuditView(self.service.api.audit, self.service.tasks, self)
        self.splitter.addWidget(self.audit)
        for index, stretch in enumerate((3, 3, 2, 1)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.splitter, 1)

        self.filter_action = QAction(self.tr("&Filter"), self)
        self.filter_action.setShortcut(QKeySequence.StandardKey.Find)
        self.filter_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.filter_action.triggered.connect(self.focus_filter)
        self.addAction(self.filter_action)
        self._set_tab_order(dismiss)
        for table in (self.queue, self.sessions):
            table.addActions(self.commands.actions())
        look_in = self.commands.look_in_action
        self.roster.addActions([self.commands.reassign_action, self.commands.take_action, look_in])

    def _set_tab_order(self, dismiss: QWidget) -> None:
        """Tab walks the board as a lead reads it: each filter, then its table."""
        chain: list[QWidget] = [*self.buttons, dismiss]
        for panel in (self.roster_panel, self.queue_panel, self.sessions_panel):
            chain += [panel.filter, panel.table]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        for view in self.charts.charts():
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # described to screen readers instead

    def _connect(self) -> None:
        self.roster.session_dropped.connect(self.commands.dropped)
        self.commands.advocate_hint = lambda: (
            self.roster.current_key() if self.roster.hasFocus() else None
        )
        for table in (self.queue, self.sessions):
            table.current_key_changed.connect(
                lambda key, t=table: self._current_from(t) if t.hasFocus() else None
            )
            table.activated_key.connect(self.commands.open_reassign)
            table.installEventFilter(self)
        self.service.changed.connect(self._update_summary)
        self.service.ticked.connect(self._update_summary)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, BoardTable):
            self._current_from(watched)
        return super().eventFilter(watched, event)

    def _current_from(self, table: BoardTable) -> None:
        key = table.current_key()
        if key is not None:
            self.commands.set_current(key)

    # ------------------------------------------------------------ what the lead sees

    def summary_text(self) -> str:
        state = self.service.state
        advocates = [p for p in state.roster.values() if p.role is Role.ADVOCATE]
        available = sum(1 for p in advocates if p.presence is Presence.AVAILABLE)
        waits = [state.clock.seconds_since(e.queued_at) or 0.0 for e in state.queue.values()]
        parts = [
            self.tr("{n} on shift").format(n=len(advocates)),
            self.tr("{n} available").format(n=available),
            self.tr("{n} waiting").format(n=len(waits)),
        ]
        if waits:
            parts.append(self.tr("longest wait {time}").format(time=elapsed_text(max(waits))))
        parts.append(self.tr("{n} live sessions").format(n=len(state.sessions)))
        return " · ".join(parts)

    def _update_summary(self) -> None:
        text = self.summary_text()
        if text != self.summary.text():
            self.summary.setText(text)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice_bar.show()

    def focus_filter(self) -> None:
        for panel in (self.queue_panel, self.sessions_panel, self.roster_panel):
            if panel.isAncestorOf(self.focusWidget()):
                panel.filter.setFocus()
                panel.filter.selectAll()
                return
        self.roster_panel.filter.setFocus()

    def select_session(self, session_id: str) -> bool:
        """Make ``session_id`` the board's current session (in whichever table shows it)."""
        for table in (self.sessions, self.queue):
            if table.select_key(session_id):
                table.setFocus()
                self.commands.set_current(session_id)
                return True
        return False
