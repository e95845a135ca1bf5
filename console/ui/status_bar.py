"""The status bar: presence, connection, who is signed in, and notices."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from console.protocol import SettablePresence, User
from console.sync.state import SyncPhase, SyncProgress
from console.widgets import ConnectionIndicator, PresenceSelector

NOTICE_MS = 15_000
LARGE_BACKLOG = 50  # mutations: below this a drain is too quick for a bar


class ShiftStatusBar(QStatusBar):
    presence_chosen = Signal(object)  # SettablePresence

    def __init__(self, user: User, server: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("Latest notice"))
        self.addWidget(self.notice, 1)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice.clear)
        self.sync_progress = QProgressBar(self)
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setTextVisible(True)
        self.sync_progress.setAccessibleName(self.tr("Sync progress"))
        self.sync_progress.hide()
        self.pending = QLabel()
        self.pending.setTextFormat(Qt.TextFormat.PlainText)
        self.pending.setAccessibleName(self.tr("Changes waiting to sync"))
        self.presence = PresenceSelector(self)
        self.presence.presence_requested.connect(
            lambda value: self.presence_chosen.emit(SettablePresence(value))
        )
        self.connection = ConnectionIndicator(self)
        self.user_label = QLabel()
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setAccessibleName(self.tr("Signed in as"))
        self.user_label.setToolTip(server)
        for widget in (
            self.sync_progress,
            self.pending,
            self.presence,
            self.connection,
            self.user_label,
        ):
            self.addPermanentWidget(widget)
        self.set_user(user)

    def set_user(self, user: User) -> None:
        role = self.tr("shift lead") if user.role.value == "lead" else self.tr("advocate")
        self.user_label.setText(f"{user.display_name} ({role})")
        self.presence.set_presence(user.presence)

    def set_connection(self, state: str, seconds: float) -> None:
        if state == "online":
            self.connection.set_online()
        elif state == "connecting":
            self.connection.set_connecting()
        elif state == "reconnecting":
            self.connection.set_reconnecting(seconds)
        elif state == "signed_out":
            self.connection.set_offline(self.tr("signed out"))
        else:
            self.connection.set_offline()

    def set_sync(self, progress: SyncProgress) -> None:
        """Pending changes always; a bar while a large backlog drains."""
        if progress.pending:
            self.pending.setText(self.tr("%n change(s) waiting to sync", "", progress.pending))
        else:
            self.pending.setText(self.tr("All changes synced"))
        draining = progress.phase is SyncPhase.SENDING and progress.total >= LARGE_BACKLOG
        self.sync_progress.setVisible(draining)
        if draining:
            self.sync_progress.setRange(0, progress.total)
            self.sync_progress.setValue(progress.sent)
            self.sync_progress.setFormat(self.tr("Syncing %v of %m"))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self._notice_timer.start(NOTICE_MS)
