"""The main window: offers on top, one tab per session, shift status below.

Window chrome listens to the shift service and to the current tab only; each
part (offers, tabs, status bar) lives in its own module.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.app.context import Context
from console.domain.text import inert, one_line
from console.protocol import Message, Session, SessionRemoved, SettablePresence, User
from console.widgets import OfferList, TrainingBanner, channel_icon, format_elapsed

from .session_tab import SessionTab
from .status_bar import ShiftStatusBar

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.context = context
        self.shift = context.shift
        self.tabs_by_id: dict[str, SessionTab] = {}
        self.setWindowTitle(self.tr("Advocate Console"))
        self.resize(1280, 800)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if context.options.training:
            self.training_banner = TrainingBanner(central)
            layout.addWidget(self.training_banner)
        self.offline_banner = QLabel(
            self.tr(
                "Offline. Notes and replies are saved on this computer and go out, in order,"
                " when the connection returns."
            ),
            central,
        )
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setStyleSheet(
            "#offlineBanner { background: #5c3b00; color: white; padding: 6px 12px;"
            " font-weight: 600; }"
        )
        self.offline_banner.setAccessibleName(self.tr("Offline"))
        self.offline_banner.hide()
        layout.addWidget(self.offline_banner)
        self.offers = OfferList(central)
        self.offers.accepted.connect(lambda sid: self.context.tasks.start(self.shift.accept(sid)))
        self.offers.declined.connect(lambda sid: self.context.tasks.start(self.shift.decline(sid)))
        layout.addWidget(self.offers)

        self.stack = QStackedWidget(central)
        self.empty = QLabel(
            self.tr("No open sessions. New contacts are offered above, with a sound.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setObjectName("emptyState")
        self.tabs = QTabWidget(central)
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(True)
        self.tabs.setAccessibleName(self.tr("Open sessions"))
        self.tabs.currentChanged.connect(self._current_changed)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.board: QWidget | None = None
        if self.shift.is_lead:
            # Imported only for leads: Qt Charts is not loaded on advocates' start-up.
            from .lead.board import LeadBoard  # noqa: PLC0415 (leads only)

            self.board = LeadBoard(context, self.tabs)
            self.tabs.insertTab(0, self.board, self.tr("Shift board"))
            self.stack.setCurrentWidget(self.tabs)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = ShiftStatusBar(self.shift.user, context.server_url, self)
        self.status.presence_chosen.connect(self._presence_chosen)
        if context.keyring_message:
            self.status.show_notice(context.keyring_message)
        self.setStatusBar(self.status)

        self._build_actions()
        self._connect_shift()
        self._title_timer = QTimer(self)
        self._title_timer.setInterval(1000)
        self._title_timer.timeout.connect(self._refresh_titles)
        self._title_timer.start()

    # ------------------------------------------------------------ set-up

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Session"))
        accept = menu.addAction(self.tr("&Accept the oldest offer"))
        accept.setShortcut(QKeySequence("Ctrl+Shift+A"))
        accept.triggered.connect(self._accept_first_offer)
        decline = menu.addAction(self.tr("&Decline the oldest offer"))
        decline.setShortcut(QKeySequence("Ctrl+Shift+D"))
        decline.triggered.connect(self._decline_first_offer)
        menu.addSeparator()
        end = menu.addAction(self.tr("&End the current session…"))
        end.setShortcut(QKeySequence("Ctrl+Shift+E"))
        end.triggered.connect(lambda: self._current_tab_call("ask_disposition"))
        close = menu.addAction(self.tr("&Close the current tab (after wrap-up)"))
        close.setShortcut(QKeySequence("Ctrl+Shift+W"))
        close.triggered.connect(lambda: self._current_tab_call("request_close"))
        menu.addSeparator()
        next_tab = menu.addAction(self.tr("&Next session"))
        next_tab.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        next_tab.triggered.connect(lambda: self._step_tab(1))
        prev_tab = menu.addAction(self.tr("&Previous session"))
        prev_tab.setShortcuts([QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")])
        prev_tab.triggered.connect(lambda: self._step_tab(-1))
        menu.addSeparator()
        sign_out = menu.addAction(self.tr("Sign &out and end shift…"))
        sign_out.triggered.connect(self._sign_out)
        quit_action = menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for index in range(9):
            action = self.addAction(self.tr("Session {n}").format(n=index + 1))
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self._go_to_tab(i))

    def _connect_shift(self) -> None:
        shift = self.shift
        shift.offer_added.connect(self.offers.add_offer)
        shift.offer_removed.connect(lambda sid, _reason: self.offers.remove_offer(sid))
        shift.session_opened.connect(self._open_tab)
        shift.session_changed.connect(self._session_changed)
        shift.session_closed.connect(self._close_tab)
        shift.transcript_loaded.connect(self._transcript_loaded)
        shift.message_received.connect(self._message)
        shift.message_pending.connect(self._pending)
        shift.message_failed.connect(self._failed)
        shift.user_changed.connect(self._user_changed)
        shift.connection_changed.connect(self.status.set_connection)
        shift.connection_changed.connect(self._connection_changed)
        casework = self.context.casework
        casework.progress.connect(self.status.set_sync)
        self.status.set_sync(casework.state)
        shift.notice.connect(self.status.show_notice)

    # ------------------------------------------------------------ shift -> tabs

    def _open_tab(self, session: Session) -> None:
        if session.id in self.tabs_by_id:
            self.tabs_by_id[session.id].update_session(session)
            return
        tab = SessionTab(
            self.shift,
            self.context.casework,
            session,
            self.tabs,
            reference=self.context.reference,
        )
        tab.title_changed.connect(lambda t=tab: self._refresh_title(t))
        self.tabs_by_id[session.id] = tab
        index = self.tabs.addTab(tab, channel_icon(session.channel), tab.title())
        self.tabs.setTabToolTip(index, inert(one_line(session.contact.label, 80)))
        self.tabs.setCurrentIndex(index)
        self.stack.setCurrentWidget(self.tabs)

    def _session_changed(self, session: Session) -> None:
        tab = self.tabs_by_id.get(session.id)
        if tab is not None:
            tab.update_session(session)

    def _close_tab(self, session_id: str, removed: SessionRemoved | None) -> None:
        tab = self.tabs_by_id.pop(session_id, None)
        if tab is None:
            return
        label = one_line(inert(tab.session.contact.label), 40)
        if removed is not None and removed.reason == "reassigned":
            self.status.show_notice(
                self.tr("{who} moved {label} to another advocate: {why}").format(
                    who=removed.by_name or self.tr("A shift lead"),
                    label=label,
                    why=removed.note or "",
                )
            )
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.removeTab(index)
        self.context.tasks.start(tab.dispose())
        tab.deleteLater()
        if self.tabs.count() == 0 and self.board is None:
            self.stack.setCurrentWidget(self.empty)

    def _transcript_loaded(self, session_id: str, messages: list[Message]) -> None:
        tab = self.tabs_by_id.get(session_id)
        if tab is not None:
            tab.load_transcript(messages)

    def _message(self, message: Message) -> None:
        tab = self.tabs_by_id.get(message.session_id)
        if tab is not None:
            tab.add_message(message)

    def _pending(self, session_id: str, client_msg_id: str, body: str) -> None:
        tab = self.tabs_by_id.get(session_id)
        if tab is not None:
            tab.add_pending(client_msg_id, body)

    def _failed(self, session_id: str, client_msg_id: str, reason: str) -> None:
        tab = self.tabs_by_id.get(session_id)
        if tab is not None:
            tab.mark_failed(client_msg_id)
        self.status.show_notice(self.tr("A reply was not sent: {reason}").format(reason=reason))

    def _user_changed(self, user: User) -> None:
        self.status.set_user(user)

    def _connection_changed(self, state: str, _seconds: float) -> None:
        # "connecting" is the first attempt: only a lost connection shows the banner.
        self.offline_banner.setVisible(state in ("reconnecting", "offline"))

    def _sign_out(self) -> None:
        self.context.tasks.start(self._sign_out_now(), key="sign-out")

    async def _sign_out_now(self) -> None:
        refusal = await self.context.sign_out()
        if refusal is not None:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Not signed out"), refusal, parent=self
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def _presence_chosen(self, status: SettablePresence) -> None:
        self.context.tasks.start(self.shift.set_presence(status), key="presence")

    # ------------------------------------------------------------ chrome

    def _refresh_title(self, tab: SessionTab) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            elapsed = format_elapsed(tab.elapsed.seconds())
            self.tabs.setTabText(index, f"{tab.title()} · {elapsed}")

    def _refresh_titles(self) -> None:
        for tab in self.tabs_by_id.values():
            self._refresh_title(tab)

    def _current_changed(self, _index: int) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, SessionTab):
            tab.seen()
            if tab.composer is not None:
                tab.composer.setFocus()

    def _current_tab_call(self, method: str) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, SessionTab):
            getattr(tab, method)()

    def _step_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def _go_to_tab(self, index: int) -> None:
        if index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def _accept_first_offer(self) -> None:
        offers = self.shift.offers()
        if offers:
            self.context.tasks.start(self.shift.accept(offers[0].id))

    def _decline_first_offer(self) -> None:
        offers = self.shift.offers()
        if offers:
            self.context.tasks.start(self.shift.decline(offers[0].id))

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closed.emit()


def build_window(context: Context) -> MainWindow:
    return MainWindow(context)
