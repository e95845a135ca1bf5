"""One session in its own tab, composed of parts.

Header (channel, contact, language, flags, time in state), the case's
safe-contact banner, then the body for the channel (a transcript and composer
for chat and text, the call panel for calls) beside the case work (notes,
checklists, the reporting guide, referrals), then the session's actions (end
with a disposition, close after wrap-up).  Every reply passes the safe-contact
guard first: a held reply goes back into the reply box, never lost.  The tab
owns its tasks: closing it cancels them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.app.casework import Casework, reply_draft_key
from console.app.reference import Reference
from console.app.shift import TRANSCRIPT_PAGE, Shift
from console.app.tasks import TaskOwner
from console.domain.text import embed, inert, one_line
from console.protocol import (
    Author,
    CallAction,
    Channel,
    Message,
    Session,
    SessionState,
)
from console.store.errors import CacheError
from console.widgets import (
    CallPanel,
    ChannelBadge,
    Composer,
    DispositionDialog,
    ElapsedLabel,
    Tag,
    TagKind,
    TranscriptModel,
    TranscriptView,
    disposition_name,
)
from console.widgets.announce import announce

from .notes_panel import NotesPanel
from .panels import (
    CaseSidebar,
    SafeContactBanner,
    insert_into_composer,
    install_canned_shortcut,
)

log = logging.getLogger(__name__)

TITLE_COALESCE_MS = 150


class SessionTab(QWidget):
    unread_changed = Signal(int)
    title_changed = Signal()
    #: what was announced to a screen reader (a new message from the contact)
    announced = Signal(str)

    def __init__(
        self,
        shift: Shift,
        casework: Casework,
        session: Session,
        parent: QWidget | None = None,
        *,
        reference: Reference | None = None,
    ) -> None:
        super().__init__(parent)
        self.shift = shift
        self.casework = casework
        self.session = session
        self.reference = reference
        self.tasks = TaskOwner(f"tab:{session.id[:8]}")
        self.unread = 0
        self._title_timer = QTimer(self)
        self._title_timer.setSingleShot(True)
        self._title_timer.setInterval(TITLE_COALESCE_MS)
        self._title_timer.timeout.connect(self.title_changed.emit)
        self._background_unread = 0
        self._scrolled_unseen = 0
        self.setAccessibleName(
            self.tr("Session with {label}").format(label=embed(session.contact.label, 60))
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addLayout(self._build_header())
        self.safe_contact: SafeContactBanner | None = None
        if session.case_id is not None:
            self.safe_contact = SafeContactBanner(casework, session, self)
            outer.addWidget(self.safe_contact)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        conversation = QWidget(self.splitter)
        layout = QVBoxLayout(conversation)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(conversation)
        self.notes: NotesPanel | None = None
        self.sidebar: CaseSidebar | None = None
        if session.case_id is not None:
            self.notes = NotesPanel(
                casework,
                session.case_id,
                session.id,
                shift.user.id,
                shift.user.display_name,
                self.splitter,
            )
            if reference is not None:
                self.sidebar = CaseSidebar(
                    self.notes, casework, reference, session, self.tasks, self.splitter
                )
                self.splitter.addWidget(self.sidebar)
            else:
                self.splitter.addWidget(self.notes)
            self.tasks.start(casework.refresh_history(session.case_id), key="history")
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
        outer.addWidget(self.splitter, 1)

        self.transcript: TranscriptModel | None = None
        self._older: list[Message] = []  # a whole transcript's earlier part, not yet shown
        self._earliest_id: str | None = None
        self.view: TranscriptView | None = None
        self.composer: Composer | None = None
        self.call_panel: CallPanel | None = None
        if session.channel is Channel.CALL:
            self.call_panel = CallPanel(self)
            self.call_panel.call_action.connect(self._call_action)
            self.call_panel.interpreter_requested.connect(self._add_interpreter)
            layout.addWidget(self.call_panel, 1)
        else:
            self.transcript = TranscriptModel(self)
            self.transcript.set_contact_label(session.contact.label)
            self.transcript.set_advocate_names(
                {shift.user.id: shift.user.display_name}, me=shift.user.id
            )
            self.view = TranscriptView(self)
            self.view.set_transcript(self.transcript)
            self.view.unseen_changed.connect(self._unseen_changed)
            self.earlier_button = QPushButton(self.tr("Show earlier messages"), self)
            self.earlier_button.setAccessibleName(self.tr("Show earlier messages"))
            self.earlier_button.clicked.connect(self.show_earlier)
            self.earlier_button.hide()
            layout.addWidget(self.earlier_button)
            layout.addWidget(self.view, 1)
            self.composer = Composer(session.channel, self)
            draft = casework.draft(reply_draft_key(session.id))
            if draft:
                self.composer.set_draft(draft)
            self.composer.draft_changed.connect(
                lambda text: casework.save_draft(reply_draft_key(session.id), text)
            )
            self.composer.submitted.connect(self._send)
            install_canned_shortcut(self.composer, lambda: self.session.language)
            if self.sidebar is not None:
                composer = self.composer
                self.sidebar.insert_requested.connect(
                    lambda text: insert_into_composer(composer, text)
                )
            layout.addWidget(self.composer)

        actions = QHBoxLayout()
        actions.addStretch(1)
        self.end_button = QPushButton(self.tr("&End session…"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.end_button.clicked.connect(self.ask_disposition)
        self.close_button = QPushButton(self.tr("C&lose tab"))
        self.close_button.setAccessibleName(self.tr("Close session and tab"))
        self.close_button.clicked.connect(self.request_close)
        actions.addWidget(self.end_button)
        actions.addWidget(self.close_button)
        layout.addLayout(actions)
        self.update_session(session)
        shift.session_closed.connect(self._left_this_console)

    def _title_soon(self) -> None:
        """Tab titles change at most every ``TITLE_COALESCE_MS`` (a busy chat would
        otherwise re-lay out the tab bar for every message)."""
        if not self._title_timer.isActive():
            self._title_timer.start()

    # ------------------------------------------------------------ parts

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        self.channel_badge = ChannelBadge(self.session.channel, self)
        header.addWidget(self.channel_badge)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        header.addWidget(self.label, 1)
        self.language_tag = Tag(parent=self)
        self.relay_tag = Tag(self.tr("711 relay"), TagKind.INFO, self)
        self.interpreter_tag = Tag(self.tr("Interpreter needed"), TagKind.ATTENTION, self)
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.elapsed = ElapsedLabel(self)
        self.elapsed.setAccessibleName(self.tr("Time in this state"))
        for widget in (
            self.language_tag,
            self.relay_tag,
            self.interpreter_tag,
            self.state_label,
            self.elapsed,
        ):
            header.addWidget(widget)
        return header

    # ------------------------------------------------------------ updates from the shift

    def update_session(self, session: Session) -> None:
        self.session = session
        self.label.setText(inert(one_line(session.contact.label, 80)))
        self.language_tag.setText(session.language.upper())
        self.relay_tag.setVisible(session.contact.relay)
        self.interpreter_tag.setVisible(
            session.interpreter_needed and session.contact.interpreter is None
        )
        self.state_label.setText(_state_text(session))
        since = {
            SessionState.ACTIVE: session.accepted_at,
            SessionState.WRAP_UP: session.ended_at,
        }.get(session.state, session.queued_at)
        self.elapsed.set_start(since)
        live = session.state is SessionState.ACTIVE
        self.end_button.setVisible(live)
        self.close_button.setVisible(session.state is SessionState.WRAP_UP)
        if self.composer is not None:
            if session.contact.opted_out:
                self.composer.set_blocked(
                    self.tr("The texter opted out (STOP): nothing can be sent.")
                )
            elif not live:
                self.composer.set_blocked(self.tr("This conversation has ended."))
            else:
                self.composer.set_blocked(None)
        if self.call_panel is not None:
            self.call_panel.set_session(session)
        if self.safe_contact is not None:
            self.safe_contact.set_session(session)
        self._title_soon()

    def load_transcript(self, messages: list[Message]) -> None:
        """Show the newest page; earlier messages wait behind "Show earlier messages".

        A page from the cache may have more before it; a whole transcript from
        the server keeps its earlier part here until asked for.
        """
        if self.transcript is None:
            return
        page = messages[-TRANSCRIPT_PAGE:]
        self._older = messages[:-TRANSCRIPT_PAGE] if len(messages) > TRANSCRIPT_PAGE else []
        self._earliest_id = page[0].id if page else None
        self.transcript.merge(page)  # one reset, not one insert per message
        self.earlier_button.setVisible(len(messages) >= TRANSCRIPT_PAGE)

    def show_earlier(self) -> int:
        """Add the page before the earliest message shown; returns how many came."""
        if self.transcript is None or self._earliest_id is None:
            return 0
        if self._older:
            page = self._older[-TRANSCRIPT_PAGE:]
            del self._older[-TRANSCRIPT_PAGE:]
        else:
            page = self.casework.cache.messages(
                self.session.id, last=TRANSCRIPT_PAGE, before_id=self._earliest_id
            )
        if page:
            self._earliest_id = page[0].id
            self.transcript.merge(page)
        if not page or (not self._older and len(page) < TRANSCRIPT_PAGE):
            self.earlier_button.hide()  # the start of the conversation is shown
        return len(page)

    def hasHeightForWidth(self) -> bool:
        """A tab takes the height the window gives it.

        Otherwise every layout pass asks every tab, shown or not, how tall its
        wrapped labels would be at this width (a text layout each), and one long
        label makes the main window taller than the screen.
        """
        return False

    def add_message(self, message: Message) -> None:
        if self.transcript is None:
            return
        known = self.transcript.row_of_message(message.id) is not None
        self.transcript.upsert(message)
        if known or message.author is not Author.CONTACT:
            return
        label = one_line(self.session.contact.label, 40)
        if self.isVisible():
            spoken = self.tr("{label} wrote: {body}").format(label=label, body=message.body)
        else:
            self._background_unread += 1
            self._announce_unread()
            spoken = self.tr("New message from {label}").format(label=label)
        if getattr(self.window(), "locked", False):
            # Locked (the sessions are hidden): nothing about the contact is said aloud.
            spoken = self.tr("New message")
        self.announced.emit(announce(self, spoken))

    def seen(self) -> None:
        """The advocate is looking at this tab: background messages are read."""
        if self._background_unread:
            self._background_unread = 0
            self._announce_unread()

    def add_pending(self, client_msg_id: str, body: str) -> None:
        if self.transcript is not None:
            self.transcript.pending(client_msg_id, body, advocate_id=self.shift.user.id)

    def mark_failed(self, client_msg_id: str) -> None:
        if self.transcript is not None:
            self.transcript.mark_send_failed(client_msg_id)

    def title(self) -> str:
        text = embed(self.session.contact.label, 24)
        return f"{text} ({self.unread})" if self.unread else text

    # ------------------------------------------------------------ actions

    def _unseen_changed(self, count: int) -> None:
        self._scrolled_unseen = count
        self._announce_unread()

    def _announce_unread(self) -> None:
        """Unread: messages that came while the tab was hidden, or below the scrolled view."""
        count = max(self._background_unread, self._scrolled_unseen)
        if count != self.unread:
            self.unread = count
            self.unread_changed.emit(count)
            self._title_soon()

    def _send(self, body: str) -> None:
        if self.safe_contact is not None and not self.safe_contact.guard.review_reply(body).allowed:
            # Held (the banner says why): back into the reply box once it has cleared itself.
            QTimer.singleShot(0, lambda: self._hold(body))
            return
        self.shift.send(self.session.id, body)  # queued in the cache before it is shown
        self.casework.clear_draft(reply_draft_key(self.session.id))

    def _hold(self, body: str) -> None:
        if self.composer is not None:
            self.composer.set_draft(body)
            self.casework.save_draft(reply_draft_key(self.session.id), body)

    def _call_action(self, action: str) -> None:
        self.tasks.start(self.shift.call_action(self.session.id, CallAction(action)), key="call")

    def _add_interpreter(self, language: str, interpreter_id: str) -> None:
        self.tasks.start(
            self.shift.call_action(
                self.session.id,
                CallAction.ADD_INTERPRETER,
                language=language,
                interpreter_id=interpreter_id or None,
            ),
            key="call",
        )

    def ask_disposition(self) -> None:
        dialog = DispositionDialog(self)
        dialog.finished.connect(lambda result: self._disposition_chosen(dialog, result))
        dialog.open()

    def _disposition_chosen(self, dialog: DispositionDialog, result: int) -> None:
        choice = dialog.selected() if result else None
        dialog.deleteLater()
        if choice is not None:
            self.tasks.start(self.shift.end(self.session.id, choice), key="end")

    def request_close(self) -> None:
        self.tasks.start(self.shift.close(self.session.id), key="close")

    def _left_this_console(self, session_id: str, _removed: object) -> None:
        """Moved to someone else, or closed: nothing typed here is lost (kept as notes)."""
        if session_id != self.session.id or self.session.case_id is None:
            return
        self.shift.session_closed.disconnect(self._left_this_console)
        reply = self.composer.text() if self.composer is not None else ""
        note = self.notes.take_unsaved() if self.notes is not None else ""
        try:
            self.casework.keep_unsent(self.session.case_id, session_id, reply=reply, note=note)
        except CacheError as error:  # the drafts stay in the cache: the sign-out check sees them
            log.warning("Unsent text not kept as notes (%s)", error.code)

    async def dispose(self) -> None:
        await self.tasks.cancel_all()


def _state_text(session: Session) -> str:
    names = {
        SessionState.QUEUED: QCoreApplication.translate("SessionTab", "Waiting"),
        SessionState.OFFERED: QCoreApplication.translate("SessionTab", "Offered"),
        SessionState.ACTIVE: QCoreApplication.translate("SessionTab", "Active"),
        SessionState.WRAP_UP: QCoreApplication.translate("SessionTab", "Wrap-up"),
        SessionState.CLOSED: QCoreApplication.translate("SessionTab", "Closed"),
    }
    text = names[session.state]
    if session.contact_left and session.state is SessionState.WRAP_UP:
        text = QCoreApplication.translate("SessionTab", "Contact left · wrap-up")
    if session.disposition is not None:
        text += " · " + disposition_name(session.disposition)
    return text
