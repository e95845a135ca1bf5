"""Call control for one call session: timers, hold, mute, relay and interpreter.

The panel shows the state the server reports (``set_session``) and reports
what the advocate asks for through signals; it changes nothing by itself.
The voice runs on the hotline's telephony: this is call control only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.domain.text import as_rich_text, one_line
from console.protocol import CallAction, Channel, Session, SessionState
from console.widgets._icons import Glyph, glyph_pixmap
from console.widgets._languages import language_info
from console.widgets._theme import channel_color, shades
from console.widgets._util import set_accessible, set_text_color
from console.widgets.badges import Tag, TagKind
from console.widgets.language_picker import LanguagePicker
from console.widgets.timers import ElapsedLabel, Ticker, format_elapsed

__all__ = ["CallPanel", "LanguagePicker"]

LABEL_MAX = 48


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    set_text_color(label, shades(parent).muted)
    return label


def _big(parent: QWidget, ticker: Ticker | None) -> ElapsedLabel:
    label = ElapsedLabel(parent, ticker=ticker)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


class CallPanel(QWidget):
    """Talk and hold timers, Hold/Resume, Mute/Unmute, relay notice, interpreter."""

    #: "hold" | "resume" | "mute" | "unmute" | "drop_interpreter"
    call_action = Signal(str)
    #: (BCP 47 language, interpreter id or ""): add an interpreter to the call
    interpreter_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, *, ticker: Ticker | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._picker: LanguagePicker | None = None
        self._preferred_languages: list[str] = []

        icon = QLabel(self)
        icon.setPixmap(
            glyph_pixmap(Glyph.PHONE, 22, channel_color(Channel.CALL), self.devicePixelRatioF())
        )
        self._caller = QLabel(self)
        self._caller.setTextFormat(Qt.TextFormat.PlainText)
        font = self._caller.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self._caller.setFont(font)
        self._caller.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._language = Tag("", TagKind.NEUTRAL, self)
        self._relay_tag = Tag(self.tr("711 relay"), TagKind.INFO, self)
        self._hold_tag = Tag(self.tr("On hold"), TagKind.ATTENTION, self)
        self._mute_tag = Tag(self.tr("Muted"), TagKind.ATTENTION, self)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(icon)
        header.addWidget(self._caller, 1)
        for tag in (self._hold_tag, self._mute_tag, self._relay_tag, self._language):
            header.addWidget(tag)

        self._relay_notice = QLabel(self)
        self._relay_notice.setObjectName("relayNotice")
        self._relay_notice.setTextFormat(Qt.TextFormat.PlainText)
        self._relay_notice.setWordWrap(True)
        self._relay_notice.setText(
            self.tr(
                "711 relay call: a relay operator types or voices every turn. Speak to the "
                "caller, not the operator; expect pauses; say “Go ahead” when you finish "
                "each turn. Replies come to you through the operator."
            )
        )
        self._relay_notice.setStyleSheet(
            "QLabel#relayNotice { background: #dbe8f7; color: #163d66; border-left: 4px solid "
            "#1f6fb2; border-radius: 4px; padding: 8px 10px; font-weight: 600; }"
        )
        set_accessible(self._relay_notice, self.tr("Relay call reminder"))

        self._talk = _big(self, ticker)
        set_accessible(self._talk, self.tr("Talk time"))
        self._hold = _big(self, ticker)
        set_accessible(self._hold, self.tr("Time on hold"))
        self._hold_caption = _caption(self.tr("On hold"), self)
        timers = QGridLayout()
        timers.setHorizontalSpacing(28)
        timers.setVerticalSpacing(0)
        timers.addWidget(_caption(self.tr("Talk time"), self), 0, 0)
        timers.addWidget(self._hold_caption, 0, 1)
        timers.addWidget(self._talk, 1, 0)
        timers.addWidget(self._hold, 1, 1)
        timers.setColumnStretch(2, 1)

        self._hold_button = QPushButton(self)
        self._mute_button = QPushButton(self)
        for button in (self._hold_button, self._mute_button):
            button.setMinimumHeight(32)
            button.setMinimumWidth(110)
            button.setAutoDefault(False)
        self._hold_button.clicked.connect(self._on_hold_clicked)
        self._mute_button.clicked.connect(self._on_mute_clicked)
        controls = QHBoxLayout()
        controls.addWidget(self._hold_button)
        controls.addWidget(self._mute_button)
        controls.addStretch(1)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        self._interpreter_text = QLabel(self)
        self._interpreter_text.setTextFormat(Qt.TextFormat.PlainText)
        self._interpreter_text.setWordWrap(True)
        self._interpreter_time = ElapsedLabel(self, ticker=ticker)
        set_accessible(self._interpreter_time, self.tr("Interpreter time"))
        self._needed_tag = Tag(self.tr("Interpreter needed"), TagKind.ATTENTION, self)
        self._minutes = QLabel(self)
        self._minutes.setTextFormat(Qt.TextFormat.PlainText)
        self._add_button = QPushButton(self.tr("Add interpreter…"), self)
        self._drop_button = QPushButton(self.tr("Drop interpreter"), self)
        for button in (self._add_button, self._drop_button):
            button.setAutoDefault(False)
        set_accessible(self._add_button, self.tr("Add interpreter"))
        set_accessible(self._drop_button, self.tr("Drop interpreter"))
        self._add_button.clicked.connect(self.open_language_picker)
        self._drop_button.clicked.connect(
            lambda: self.call_action.emit(CallAction.DROP_INTERPRETER.value)
        )
        interpreter_row = QHBoxLayout()
        interpreter_row.addWidget(self._interpreter_text, 1)
        interpreter_row.addWidget(self._interpreter_time)
        interpreter_row.addWidget(self._needed_tag)
        interpreter_row.addWidget(self._add_button)
        interpreter_row.addWidget(self._drop_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self._relay_notice)
        layout.addLayout(timers)
        layout.addLayout(controls)
        layout.addWidget(line)
        layout.addWidget(_caption(self.tr("Interpreter"), self))
        layout.addLayout(interpreter_row)
        layout.addWidget(self._minutes)
        layout.addStretch(1)
        set_accessible(self, self.tr("Call controls"))
        self._show(None)

    # ------------------------------------------------------------ data in

    def set_session(self, session: Session | None) -> None:
        """Show the call as the server reports it."""
        if session is not None and session.channel != Channel.CALL:
            raise ValueError("CallPanel shows call sessions only")
        self._session = session
        self._show(session)

    def session(self) -> Session | None:
        return self._session

    def set_preferred_languages(self, codes: list[str]) -> None:
        """Languages listed first in the picker (the hotline's usual interpreter languages)."""
        self._preferred_languages = list(codes)

    # ------------------------------------------------------------ picker

    def open_language_picker(self) -> LanguagePicker:
        """Open the language picker (window-modal, ``open()``: it never blocks)."""
        if self._picker is not None:
            self._picker.raise_()
            return self._picker
        picker = LanguagePicker(self, preferred=self._preferred_languages)
        picker.language_chosen.connect(self.interpreter_requested)
        picker.finished.connect(self._picker_closed)
        self._picker = picker
        picker.open()
        return picker

    def _picker_closed(self, _result: int) -> None:
        if self._picker is not None:
            self._picker.deleteLater()
            self._picker = None

    # ------------------------------------------------------------ buttons

    def _on_hold_clicked(self) -> None:
        on_hold = (
            self._session is not None
            and self._session.call is not None
            and self._session.call.on_hold
        )
        self.call_action.emit(CallAction.RESUME.value if on_hold else CallAction.HOLD.value)

    def _on_mute_clicked(self) -> None:
        muted = (
            self._session is not None
            and self._session.call is not None
            and self._session.call.muted
        )
        self.call_action.emit(CallAction.UNMUTE.value if muted else CallAction.MUTE.value)

    # ------------------------------------------------------------ display

    def _show(self, session: Session | None) -> None:
        live = session is not None and session.state == SessionState.ACTIVE
        call = session.call if session is not None else None
        on_hold = bool(call and call.on_hold)
        muted = bool(call and call.muted)

        label = one_line(session.contact.label, LABEL_MAX) if session else ""
        self._caller.setText(label or self.tr("No call"))
        self._caller.setToolTip(as_rich_text(label) if label else "")
        relay = bool(session and session.contact.relay)
        self._relay_tag.setVisible(relay)
        self._relay_notice.setVisible(relay)
        self._hold_tag.setVisible(on_hold)
        self._mute_tag.setVisible(muted)
        if session is not None:
            self._language.setText(language_info(session.language).label())
        self._language.setVisible(session is not None)

        if session is not None and session.accepted_at is not None:
            end = session.ended_at
            if end is not None:
                self._talk.set_frozen((end - session.accepted_at).total_seconds())
            else:
                self._talk.set_start(session.accepted_at)
        else:
            self._talk.set_start(None)
        held = call.held_seconds if call else 0.0
        if on_hold and call is not None and call.hold_since is not None and live:
            self._hold.set_start(call.hold_since, base_seconds=held)
            self._hold_caption.setText(self.tr("On hold now (in all)"))
        else:
            self._hold.set_frozen(held)
            self._hold_caption.setText(self.tr("Time on hold"))

        self._hold_button.setText(self.tr("Resume") if on_hold else self.tr("Hold"))
        set_accessible(self._hold_button, self._hold_button.text())
        self._mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))
        set_accessible(self._mute_button, self._mute_button.text())
        self._hold_button.setEnabled(live)
        self._mute_button.setEnabled(live)
        self._show_interpreter(session, live)

    def _show_interpreter(self, session: Session | None, live: bool) -> None:
        interpreter = session.contact.interpreter if session else None
        if interpreter is not None:
            language = language_info(interpreter.language).label()
            if interpreter.interpreter_id:
                ident = one_line(interpreter.interpreter_id, 32)
                text = self.tr("{language} · ID {id}").format(language=language, id=ident)
            else:
                text = language
            self._interpreter_text.setText(text)
            self._interpreter_time.set_start(interpreter.joined_at, running=live)
        else:
            self._interpreter_text.setText(self.tr("No interpreter on the call"))
            self._interpreter_time.set_start(None)
        self._interpreter_time.setVisible(interpreter is not None)
        self._needed_tag.setVisible(
            bool(session and session.interpreter_needed and interpreter is None)
        )
        self._add_button.setVisible(interpreter is None)
        self._add_button.setEnabled(live)
        self._drop_button.setVisible(interpreter is not None)
        self._drop_button.setEnabled(live)

        minutes = sum(entry.minutes for entry in session.interpreter_log) if session else 0.0
        if minutes:
            shown = format_elapsed(minutes * 60)
            self._minutes.setText(
                self.tr("Interpreter time on this call so far: {time}").format(time=shown)
            )
        self._minutes.setVisible(bool(minutes))
