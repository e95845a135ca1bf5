"""Look in: a lead reads any live chat or text, read-only, as it happens.

A window of its own with the transcript and no composer.  It loads the session
(``GET /sessions/{id}``) and then takes every ``message.*`` event of that
session from the board service; messages are upserted by id, so one that
arrives both in the load and as an event shows once.  After a reconnect the
board reloads, and the window loads the transcript again.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from console.app.board import BoardService
from console.app.board_table import state_text
from console.domain.text import inert, one_line
from console.net.errors import ApiError, NetError
from console.protocol import Message, Session, SessionDetail
from console.widgets import (
    ChannelBadge,
    ElapsedLabel,
    Tag,
    TagKind,
    TranscriptModel,
    TranscriptView,
)

log = logging.getLogger(__name__)


class LookInWindow(QWidget):
    def __init__(self, service: BoardService, session: Session, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.service = service
        self.session = session
        self.closed_session = False
        self._task: asyncio.Task[None] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        label = inert(one_line(session.contact.label, 60))
        self.setWindowTitle(self.tr("Looking in: {label}").format(label=label))
        self.setAccessibleName(self.tr("Looking in on {label}, read-only").format(label=label))
        self.resize(560, 640)

        header = QHBoxLayout()
        self.badge = ChannelBadge(session.channel, self)
        self.title = QLabel(label, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.read_only = Tag(self.tr("Read-only"), TagKind.INFO, self)
        self.state = QLabel(self)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setAccessibleName(self.tr("State"))
        self.elapsed = ElapsedLabel(self)
        self.elapsed.setAccessibleName(self.tr("Time in this state"))
        header.addWidget(self.badge)
        header.addWidget(self.title, 1)
        for widget in (self.read_only, self.state, self.elapsed):
            header.addWidget(widget)

        self.transcript = TranscriptModel(self)
        self.transcript.set_contact_label(session.contact.label)
        self.view = TranscriptView(self)
        self.view.set_transcript(self.transcript)
        self.view.setAccessibleName(self.tr("Transcript, read-only"))

        self.footer = QLabel(
            self.tr("You are reading along. The advocate and the contact do not see you."), self
        )
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.footer.setWordWrap(True)
        self.footer.setObjectName("lookInFooter")
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setAccessibleName(self.tr("Close this window"))
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        service.message_received.connect(self._message)
        service.session_changed.connect(self._changed)
        service.session_gone.connect(self._gone)
        service.reloaded.connect(self.load)
        self._names()
        self.show_session(session)
        self.load()

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """(Re)load the transcript; a load still running is cancelled first."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        # The app's task owner: cancelled at shutdown even if this window never closes.
        self._task = self.service.tasks.start(self._load())

    async def _load(self) -> None:
        try:
            detail = await self.service.detail(self.session.id)
        except ApiError as error:
            log.info("Look-in load refused (%s)", error.code)
            self.footer.setText(
                self.tr("This conversation cannot be opened: {reason}").format(
                    reason=inert(one_line(error.message, 200))
                )
            )
            return
        except NetError:
            self.footer.setText(
                self.tr("The server is not answering; the transcript may be behind.")
            )
            return
        self.apply_detail(detail)

    def apply_detail(self, detail: SessionDetail) -> None:
        self._names()
        for message in detail.messages:
            self.transcript.upsert(message)
        self.show_session(detail)

    # ------------------------------------------------------------ live

    def _names(self) -> None:
        self.transcript.set_advocate_names(self.service.state.names, me=self.service.me.id)

    def _message(self, message: Message) -> None:
        if message.session_id == self.session.id:
            self.transcript.upsert(message)

    def _changed(self, session: Session) -> None:
        if session.id == self.session.id:
            self.show_session(session)

    def _gone(self, session_id: str) -> None:
        if session_id == self.session.id:
            self.closed_session = True
            self.state.setText(self.tr("Closed"))
            self.elapsed.stop()

    def show_session(self, session: Session) -> None:
        self.session = session
        holder = self.service.state.name_of(session.advocate_id)
        state = state_text(session.state)
        if holder:
            state = self.tr("{state} with {name}").format(state=state, name=one_line(holder, 40))
        self.state.setText(state)
        self.elapsed.set_start(self.service.state.since(session))

    def closeEvent(self, event: QCloseEvent) -> None:
        for signal, slot in (
            (self.service.message_received, self._message),
            (self.service.session_changed, self._changed),
            (self.service.session_gone, self._gone),
            (self.service.reloaded, self.load),
        ):
            signal.disconnect(slot)
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)
