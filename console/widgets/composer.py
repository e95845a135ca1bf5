"""The reply box of a chat or text session.

Enter sends, Shift+Enter starts a new line.  For texts (SMS) a live counter
shows the segments and characters ("2 segments · 210/1600"); a reply over the
channel's limit cannot be sent and the composer says why, without cutting what
the advocate typed.  Pasting takes plain text only.  The draft is reported,
debounced, through ``draft_changed`` so that it can be saved as it is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.domain.sms import segments
from console.protocol import CHAT_BODY_MAX, TEXT_BODY_MAX, Channel
from console.widgets._theme import shades
from console.widgets._util import plural, set_accessible, set_text_color, signals_blocked

__all__ = ["Composer", "ComposerEdit"]

DRAFT_DEBOUNCE_MS = 300
LIMITS = {Channel.CHAT: CHAT_BODY_MAX, Channel.TEXT: TEXT_BODY_MAX}


class ComposerEdit(QPlainTextEdit):
    """A plain-text edit where Enter asks to send and Shift+Enter adds a line."""

    send_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.NoModifier:
                event.accept()
                self.send_requested.emit()
                return
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
                event.accept()
                return
        super().keyPressEvent(event)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste the plain text only: never HTML, images or files."""
        if source.hasText():
            self.textCursor().insertText(source.text())


class Composer(QWidget):
    """Reply box with a send button, a length counter and a reason when blocked."""

    #: the reply to send (white space trimmed at both ends)
    submitted = Signal(str)
    #: the draft, at most every ``DRAFT_DEBOUNCE_MS`` while typing
    draft_changed = Signal(str)

    def __init__(self, channel: Channel = Channel.CHAT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._channel = channel
        self._blocked_reason = ""

        self._edit = ComposerEdit(self)
        self._edit.setTabChangesFocus(True)
        self._edit.setPlaceholderText(
            self.tr("Type a reply. Enter sends; Shift+Enter starts a new line.")
        )
        self._edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._edit.setMinimumHeight(self._edit.fontMetrics().lineSpacing() * 3 + 12)
        self._edit.setMaximumHeight(self._edit.fontMetrics().lineSpacing() * 5 + 12)
        set_accessible(
            self._edit,
            self.tr("Reply"),
            self.tr("Enter sends the reply; Shift+Enter starts a new line."),
        )

        self._send = QPushButton(self.tr("Send"), self)
        self._send.setAutoDefault(False)
        set_accessible(self._send, self.tr("Send reply"))

        self._counter = QLabel(self)
        self._counter.setTextFormat(Qt.TextFormat.PlainText)
        set_accessible(self._counter, self.tr("Reply length"))

        self._notice = QLabel(self)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setWordWrap(True)
        font = self._notice.font()
        font.setWeight(QFont.Weight.DemiBold)
        self._notice.setFont(font)
        self._notice.hide()
        set_accessible(self._notice, self.tr("Why the reply cannot be sent"))

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self.flush_draft)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._notice, 1)
        row.addStretch(0)
        row.addWidget(self._counter)
        row.addWidget(self._send)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self._edit)
        layout.addLayout(row)

        self._edit.textChanged.connect(self._on_text_changed)
        self._edit.send_requested.connect(self.submit)
        self._send.clicked.connect(self.submit)
        self.setFocusProxy(self._edit)
        set_accessible(self, self.tr("Reply box"))
        self.set_channel(channel)

    # ------------------------------------------------------------ state

    def channel(self) -> Channel:
        return self._channel

    def set_channel(self, channel: Channel) -> None:
        """Chat (4,000 characters) or text (1,600 characters, SMS segments)."""
        if channel not in LIMITS:
            raise ValueError(f"no replies are typed on a {channel.value} session")
        self._channel = channel
        self._refresh()

    def limit(self) -> int:
        return LIMITS[self._channel]

    def set_blocked(self, reason: str | None) -> None:
        """Refuse to send, showing ``reason``; ``None`` allows sending again.

        The draft stays, and can still be typed: it may be sent once allowed.
        """
        self._blocked_reason = reason or ""
        self._refresh()

    def blocked_reason(self) -> str:
        return self._blocked_reason

    def text(self) -> str:
        return self._edit.toPlainText()

    def editor(self) -> ComposerEdit:
        return self._edit

    def set_draft(self, text: str) -> None:
        """Put a saved draft back without reporting it as a change."""
        with signals_blocked(self._edit):
            self._edit.setPlainText(text)
        self._draft_timer.stop()
        self._refresh()
        cursor = self._edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self._edit.setTextCursor(cursor)

    def flush_draft(self) -> None:
        """Report the draft now if a change is waiting (before a tab closes)."""
        self._draft_timer.stop()
        self.draft_changed.emit(self.text())

    def can_send(self) -> bool:
        return not self._problem() and bool(self.text().strip())

    # ------------------------------------------------------------ sending

    def submit(self) -> None:
        """Send the reply if it may be sent; otherwise show why not."""
        if not self.can_send():
            self._show_notice(self._problem())
            return
        self.submitted.emit(self.text().strip())
        with signals_blocked(self._edit):
            self._edit.clear()
        self._refresh()
        self.flush_draft()

    def _problem(self) -> str:
        """Why the current reply cannot be sent ("" when nothing stands in the way)."""
        if self._blocked_reason:
            return self._blocked_reason
        length = len(self.text().strip())
        limit = self.limit()
        if length <= limit:
            return ""
        shown_limit = QLocale().toString(limit)
        if self._channel == Channel.TEXT:
            text = self.tr(
                "Too long by %n character(s): a text reply can have at most {limit}.",
                "",
                length - limit,
            )
        else:
            text = self.tr(
                "Too long by %n character(s): a chat reply can have at most {limit}.",
                "",
                length - limit,
            )
        return plural(text, length - limit).format(limit=shown_limit)

    # ------------------------------------------------------------ display

    def _on_text_changed(self) -> None:
        self._refresh()
        self._draft_timer.start()

    def _refresh(self) -> None:
        body = self.text().strip()
        length = len(body)
        limit = self.limit()
        if self._channel == Channel.TEXT and length:
            count, _per = segments(body)
            parts = plural(self.tr("%n segment(s)", "", count), count)
            self._counter.setText(f"{parts} · {length}/{limit}")
            description = self.tr("{count} characters of {limit}, sent as {parts}")
        else:
            parts = ""
            self._counter.setText(f"{length}/{limit}")
            description = self.tr("{count} characters of {limit}")
        self._counter.setAccessibleDescription(
            description.format(count=length, limit=limit, parts=parts)
        )
        colors = shades(self)
        set_text_color(self._counter, colors.danger if length > limit else colors.muted)
        self._edit.setReadOnly(bool(self._blocked_reason))
        self._send.setEnabled(self.can_send())
        self._show_notice(self._problem())

    def _show_notice(self, text: str) -> None:
        if text != self._notice.text():
            self._notice.setText(text)
            self._notice.setAccessibleDescription(text)
        set_text_color(self._notice, shades(self).danger)
        self._notice.setVisible(bool(text))
