"""The main window: offers on top, one tab per session, shift status below.

Window chrome listens to the shift service and to the current tab only; each
part (offers, tabs, status bar) lives in its own module.

Locking (issue 7): after ``lock_after_s`` with no input (clamped to at most
15 minutes) or on Ctrl+L the lock screen replaces everything in the window:
the session tabs, offers, menus and status bar are hidden (not only covered),
the window's dialogs are hidden with them, the title becomes generic, and
:attr:`MainWindow.locked` / :attr:`MainWindow.lock_changed` tell others
(tray, notifications) to keep quiet.  Sessions keep running underneath.  When
the server ends the sign-in the lock screen says so and only closing is left.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.app.alerts import Alerts
from console.app.context import Context
from console.app.idle import DEFAULT_IDLE_S
from console.app.settings import Preferences
from console.app.unlock import PasswordCheck, default_check
from console.domain.text import LinkTarget, as_rich_text, embed, one_line
from console.protocol import Message, Session, SessionRemoved, SettablePresence, User
from console.sync.state import SyncPhase, SyncProgress
from console.widgets import (
    OfferList,
    TrainingBanner,
    TranscriptView,
    channel_icon,
    channel_name,
    format_elapsed,
)
from console.widgets._theme import Look, Scheme
from console.widgets.announce import announce

from . import shortcuts
from .help_overlay import install_help
from .link_dialog import LinkDialog
from .lock_screen import LockScreen
from .session_tab import SessionTab
from .settings_dialog import SettingsDialog
from .status_bar import ShiftStatusBar
from .window_lock import WindowLock

log = logging.getLogger(__name__)


DIRTY_TITLES_MS = 400  # background tabs' unread counts, set together


class MainWindow(QMainWindow):
    closed = Signal()
    #: what was announced to a screen reader (an offer)
    announced = Signal(str)
    #: True when the lock screen went up, False when it came down
    lock_changed = Signal(bool)

    def __init__(
        self,
        context: Context,
        *,
        lock_after_s: float | None = DEFAULT_IDLE_S,
        password_check: PasswordCheck | None = None,
        unlock_delay_s: float = 1.0,
    ) -> None:
        super().__init__()
        self.context = context
        self.shift = context.shift
        self.tabs_by_id: dict[str, SessionTab] = {}
        self._title = self.tr("Advocate Console")
        self.setWindowTitle(self._title)
        self.resize(1280, 800)
        #: opens a confirmed link (tests replace it: nothing is opened for real)
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._lock_after_s = lock_after_s

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
        self.tabs.tabBar().setAccessibleName(self.tr("Session tabs"))
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
        self.content = central
        check = password_check or default_check(
            training=context.options.training,
            server_url=context.server_url,
            username=self.shift.user.username,
        )
        self.lock_screen = LockScreen(
            check, context.tasks, self.shift.user.display_name, delay_base_s=unlock_delay_s
        )
        self.lock_screen.sign_out_requested.connect(self._sign_out)
        self.lock_screen.close_requested.connect(self.close)
        self.screens = QStackedWidget(self)
        self.screens.addWidget(central)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)

        self.status = ShiftStatusBar(self.shift.user, context.server_url, self)
        self.status.presence_chosen.connect(self._presence_chosen)
        if context.keyring_message:
            self.status.show_notice(context.keyring_message)
        self.setStatusBar(self.status)

        self._build_actions()
        self._connect_shift()
        self.alerts = Alerts(
            self.shift,
            context.settings,
            lambda: self,
            self,
            current_session=self.current_session_id,
        )
        self.locker.changed.connect(self.alerts.set_locked)
        self._title_timer = QTimer(self)
        self._title_timer.setInterval(1000)
        self._title_timer.timeout.connect(self._refresh_titles)
        self._title_timer.start()
        # Titles whose unread count changed, set together: each setTabText lays the
        # whole tab bar out again, and twenty busy chats would do it many times a second.
        self._dirty_titles: set[SessionTab] = set()
        self._dirty_timer = QTimer(self)
        self._dirty_timer.setSingleShot(True)
        self._dirty_timer.setInterval(DIRTY_TITLES_MS)
        self._dirty_timer.timeout.connect(self._refresh_dirty_titles)

    # ------------------------------------------------------------ set-up

    def _build_actions(self) -> None:
        self.locker = WindowLock(
            self,
            self.screens,
            self.content,
            self.lock_screen,
            lock_after_s=self._lock_after_s,
            language=self.context.options.language,
            title=lambda: self._title,
        )
        self.locker.changed.connect(self._lock_changed)
        self.lock_action = self.locker.action
        self.idle = self.locker.idle
        menu = self.menuBar().addMenu(self.tr("&Session"))
        accept = menu.addAction(self.tr("&Accept the oldest offer"))
        shortcuts.apply(accept, "accept_offer")
        accept.triggered.connect(self._accept_first_offer)
        decline = menu.addAction(self.tr("&Decline the oldest offer"))
        shortcuts.apply(decline, "decline_offer")
        decline.triggered.connect(self._decline_first_offer)
        menu.addSeparator()
        end = menu.addAction(self.tr("&End the current session…"))
        shortcuts.apply(end, "end_session")
        end.triggered.connect(lambda: self._current_tab_call("ask_disposition"))
        close = menu.addAction(self.tr("&Close the current tab (after wrap-up)"))
        shortcuts.apply(close, "close_tab")
        close.triggered.connect(lambda: self._current_tab_call("request_close"))
        menu.addSeparator()
        next_tab = menu.addAction(self.tr("&Next session"))
        shortcuts.apply(next_tab, "next_session")
        next_tab.triggered.connect(lambda: self._step_tab(1))
        prev_tab = menu.addAction(self.tr("&Previous session"))
        shortcuts.apply(prev_tab, "previous_session")
        prev_tab.triggered.connect(lambda: self._step_tab(-1))
        menu.addSeparator()
        menu.addAction(self.lock_action)
        sign_out = menu.addAction(self.tr("Sign &out and end shift…"))
        sign_out.triggered.connect(self._sign_out)
        quit_action = menu.addAction(self.tr("&Quit"))
        shortcuts.apply(quit_action, "quit")
        quit_action.triggered.connect(self.close)
        settings = self.menuBar().addMenu(self.tr("&Tools"))
        self.settings_action = settings.addAction(self.tr("&Settings…"))
        shortcuts.apply(self.settings_action, "settings")
        self.settings_action.triggered.connect(self.open_settings)
        self.help_overlay, help_action = install_help(self, lead=self.shift.is_lead)
        self.menuBar().addMenu(self.tr("&Help")).addAction(help_action)
        for index in range(9):
            action = self.addAction(self.tr("Session {n}").format(n=index + 1))
            action.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self._go_to_tab(i))

    def _connect_shift(self) -> None:
        shift = self.shift
        shift.offer_added.connect(self.offers.add_offer)
        shift.offer_added.connect(self._announce_offer)
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
        casework.progress.connect(self._sync_progress)
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
        tab.title_changed.connect(lambda t=tab: self._title_dirty(t))
        self.tabs_by_id[session.id] = tab
        index = self.tabs.addTab(tab, channel_icon(session.channel), tab.title())
        self.tabs.setTabToolTip(index, as_rich_text(one_line(session.contact.label, 80)))
        for view in tab.findChildren(TranscriptView):
            view.link_requested.connect(self.confirm_link)
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
        self._dirty_titles.discard(tab)
        label = embed(tab.session.contact.label, 40)
        if removed is not None and removed.reason == "reassigned":
            self.status.show_notice(
                self.tr("{who} moved {label} to another advocate: {why}").format(
                    who=embed(removed.by_name, 60) if removed.by_name else self.tr("A shift lead"),
                    label=label,
                    why=embed(removed.note, 200) if removed.note else "",
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
        self.status.show_notice(
            self.tr("A reply was not sent: {reason}").format(reason=embed(reason, 200))
        )

    def _user_changed(self, user: User) -> None:
        self.status.set_user(user)

    def _connection_changed(self, state: str, _seconds: float) -> None:
        # "connecting" is the first attempt: only a lost connection shows the banner.
        self.offline_banner.setVisible(state in ("reconnecting", "offline"))
        if state == "signed_out":
            self.signed_out_by_server("unauthenticated")

    def _sync_progress(self, progress: SyncProgress) -> None:
        if progress.phase is SyncPhase.SIGNED_OUT:
            self.signed_out_by_server("unauthenticated")

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
            text = f"{tab.title()} · {elapsed}"
            if self.tabs.tabText(index) != text:
                self.tabs.setTabText(index, text)

    def _title_dirty(self, tab: SessionTab) -> None:
        if tab is self.tabs.currentWidget():
            self._refresh_title(tab)  # the one in front at once
            return
        self._dirty_titles.add(tab)
        if not self._dirty_timer.isActive():
            self._dirty_timer.start()

    def _refresh_dirty_titles(self) -> None:
        dirty, self._dirty_titles = self._dirty_titles, set()
        for tab in dirty:
            self._refresh_title(tab)

    def _refresh_titles(self) -> None:
        self._dirty_titles.clear()
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

    # ------------------------------------------------------------ lock

    @property
    def locked(self) -> bool:
        """True while the lock screen is up: tray messages and notifications keep quiet."""
        return self.locker.locked

    @property
    def signed_out(self) -> bool:
        return self.locker.signed_out

    def lock(self) -> None:
        """Hide every session behind the lock screen (sessions keep running)."""
        self.locker.lock()

    def unlock(self) -> None:
        """Back to the sessions (the lock screen does this after the password)."""
        self.locker.unlock()

    def _announce_offer(self, session: Session) -> None:
        """A screen reader hears the offer at once (never who it is from: the screen
        may be locked, and the banner has the rest)."""
        spoken = self.tr("New {channel} offer. Ctrl+Shift+A accepts it.").format(
            channel=channel_name(session.channel).lower()
        )
        self.announced.emit(announce(self, spoken, assertive=True))

    def current_session_id(self) -> str | None:
        tab = self.tabs.currentWidget()
        return tab.session.id if isinstance(tab, SessionTab) else None

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.context.settings, self, lead=self.shift.is_lead)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def signed_out_by_server(self, reason: str) -> None:
        """The server refused the sign-in (a reused refresh token revokes it): say so.

        Everything stays hidden; the only way on is closing the console (and
        signing in again).  Unsynced work stays in this computer's cache.
        """
        self.locker.signed_out_by_server(reason)

    def _lock_changed(self, locked: bool) -> None:
        if not locked:
            tab = self.tabs.currentWidget()
            if isinstance(tab, SessionTab) and tab.composer is not None:
                tab.composer.setFocus()
        self.lock_changed.emit(locked)

    # ------------------------------------------------------------ links

    def confirm_link(self, target: LinkTarget) -> None:
        """Show where a contact's link really goes; open it only when confirmed."""
        if self.locked:
            return
        dialog = LinkDialog(target, self, opener=self.open_url)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.alerts.stop()
        self.locker.close()
        event.accept()
        self.closed.emit()


def build_window(context: Context) -> MainWindow:
    """The main window with the workstation's look, idle lock time and password check."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    look = Look(app)

    def apply_look(prefs: Preferences) -> None:
        look.apply(Scheme(prefs.interface.theme.value), prefs.interface.text_size)

    apply_look(context.settings.prefs)
    context.settings.changed.connect(apply_look)
    window = MainWindow(
        context,
        lock_after_s=context.settings.prefs.policy.idle_lock_minutes * 60,
        password_check=context.password_check,
    )
    look.setParent(window)  # kept alive with the window

    def closed() -> None:  # the platform's look again; stop following the OS and settings
        look.restore()
        with contextlib.suppress(RuntimeError):  # closed twice: already disconnected
            context.settings.changed.disconnect(apply_look)

    window.closed.connect(closed)
    return window
