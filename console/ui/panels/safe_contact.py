"""The safe-contact banner: how this person may (not) be reached, always in view.

Shown at the top of every session tab of the case: whether a call back, a text
and a voicemail are safe, the safe times, a shared-device risk, and the code
words (advocates only, hidden until asked for).  "Edit…" opens the editor; the
profile is stored on the case (``case.safe_contact``) and synced.  The banner
also shows what :class:`~console.ui.panels.outbound_guard.OutboundGuard` found
about the last outbound reply.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from console.app.casework import Casework, touches
from console.protocol import Entity, SafeContactProfile, SafetyAnswer, Session
from console.store.conflicts import Resolution
from console.store.writes import UnknownRecordError
from console.widgets.refresh import RefreshWhenShown

from ._common import BANNER_BACKGROUND, BANNER_TEXT, frame, heading, label
from .outbound_guard import OutboundGuard
from .safe_contact_editor import SafeContactEditor, day_names

log = logging.getLogger(__name__)

MASK = "••••"


class SafeContactBanner(QWidget):
    """The case's safe-contact profile in one glance (module doc)."""

    def __init__(self, casework: Casework, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if session.case_id is None:
            raise ValueError("a safe-contact banner needs a session with a case")
        self.casework = casework
        self.session = session
        self.case_id = session.case_id
        self.guard = OutboundGuard(casework, session, self)
        self.editor: SafeContactEditor | None = None
        self._reveal = False
        self.setAccessibleName(self.tr("Safe contact"))
        box = frame(self, object_name="safeContact", css="border-radius: 4px;")
        box.setStyleSheet(
            f"#safeContact {{ background: {BANNER_BACKGROUND}; border-radius: 4px; }}"
            f" #safeContact QLabel {{ color: {BANNER_TEXT}; }}"
        )
        self.title = heading(self.tr("Safe contact"), box)
        self.summary = label(parent=box, name=self.tr("How this person may be reached"))
        self.times = label(parent=box, name=self.tr("Safe times"))
        self.codes = label(parent=box, name=self.tr("Code words (advocates only)"))
        self.warnings = label(parent=box, name=self.tr("Warnings about the last reply"))
        font = self.warnings.font()
        font.setBold(True)
        self.warnings.setFont(font)
        self.warnings.hide()
        self.reveal_button = QPushButton(self.tr("Show code words"), box)
        self.reveal_button.setAccessibleName(self.tr("Show or hide the code words"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._toggle_reveal)
        self.edit_button = QPushButton(self.tr("Edit…"), box)
        self.edit_button.setAccessibleName(self.tr("Edit the safe-contact profile"))
        self.edit_button.clicked.connect(self.edit)
        self.keep_mine = QPushButton(self.tr("Keep mine"), box)
        self.keep_mine.setAccessibleName(self.tr("Keep the profile from this computer"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"), box)
        self.keep_theirs.setAccessibleName(self.tr("Keep the profile on the server"))
        self.keep_mine.clicked.connect(lambda: self._resolve(Resolution.KEEP_LOCAL))
        self.keep_theirs.clicked.connect(lambda: self._resolve(Resolution.KEEP_SERVER))

        text = QVBoxLayout()
        text.setSpacing(2)
        for widget in (self.title, self.summary, self.times, self.codes, self.warnings):
            text.addWidget(widget)
        buttons = QVBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addStretch(1)
        inner = QHBoxLayout(box)
        inner.setContentsMargins(8, 6, 8, 6)
        inner.addLayout(text, 1)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)

        self.guard.warned.connect(self.show_warnings)
        self._reread = RefreshWhenShown(self, self.refresh)
        casework.records_changed.connect(self._records_changed)
        casework.pull_soon()  # the case record carries the profile
        self.refresh()

    # ------------------------------------------------------------ showing

    def profile(self) -> SafeContactProfile | None:
        return self.casework.safe_contact(self.case_id)

    def _records_changed(self, cases: frozenset[str] | None) -> None:
        if touches(cases, self.case_id):
            self._reread.request()  # at once if seen, else when next shown

    def refresh(self) -> None:
        case = self.casework.case(self.case_id)
        profile = case.safe_contact if case is not None else None
        self.edit_button.setEnabled(case is not None)
        if case is None:
            self.edit_button.setToolTip(self.tr("The case has not reached this computer yet."))
        else:
            self.edit_button.setToolTip("")
        conflicted = bool(self.casework.record_conflicts(self.case_id, Entity.CASE))
        self.keep_mine.setVisible(conflicted)
        self.keep_theirs.setVisible(conflicted)
        if profile is None:
            self.summary.setText(
                self.tr(
                    "Nothing recorded yet about how to reach this person safely. Ask before"
                    " any call back, text or voicemail."
                )
            )
            self.times.hide()
            self.codes.hide()
            self.reveal_button.hide()
        else:
            self._show(profile)
        if conflicted:
            self.summary.setText(
                self.summary.text()
                + "\n"
                + self.tr("Changed here and elsewhere: choose which profile to keep.")
            )

    def _answer(self, answer: SafetyAnswer) -> str:
        return {
            SafetyAnswer.YES: self.tr("safe"),
            SafetyAnswer.NO: self.tr("NOT safe"),
            SafetyAnswer.UNKNOWN: self.tr("ask first"),
        }[answer]

    def _show(self, profile: SafeContactProfile) -> None:
        parts = [
            self.tr("Call back: {a}").format(a=self._answer(profile.safe_to_call)),
            self.tr("Text: {a}").format(a=self._answer(profile.safe_to_text)),
            self.tr("Voicemail: {a}").format(a=self._answer(profile.may_leave_voicemail)),
        ]
        if profile.shared_device_risk is SafetyAnswer.YES:
            parts.append(self.tr("Shared device: others may see it"))
        self.summary.setText(" · ".join(parts))
        names = day_names()
        spans = []
        for span in profile.safe_times:
            days = ", ".join(names[d] for d in span.days) or self.tr("every day")
            spans.append(f"{days} {span.start}–{span.end}")
        times = "; ".join(spans)
        if profile.timezone and spans:
            times += f" ({profile.timezone})"
        if profile.safe_times_note:
            times = f"{times} · {profile.safe_times_note}" if times else profile.safe_times_note
        self.times.setText(self.tr("Safe times: {t}").format(t=times) if times else "")
        self.times.setVisible(bool(times))
        has_codes = bool(profile.code_word_safe or profile.code_word_unsafe)
        self.reveal_button.setVisible(has_codes)
        self.codes.setVisible(has_codes)
        if has_codes:
            safe = profile.code_word_safe or "—"
            unsafe = profile.code_word_unsafe or "—"
            if not self._reveal:
                safe = MASK if profile.code_word_safe else "—"
                unsafe = MASK if profile.code_word_unsafe else "—"
            self.codes.setText(
                self.tr("Code words (advocates only): safe “{safe}”, not safe “{unsafe}”").format(
                    safe=safe, unsafe=unsafe
                )
            )

    def _toggle_reveal(self, on: bool) -> None:
        self._reveal = on
        self.reveal_button.setText(self.tr("Hide code words") if on else self.tr("Show code words"))
        self.refresh()

    def show_warnings(self, messages: list[str]) -> None:
        """Show what the guard found about an outbound reply (empty: clear)."""
        self.warnings.setText("\n".join(messages))
        self.warnings.setVisible(bool(messages))

    def set_session(self, session: Session) -> None:
        self.session = session
        self.guard.set_session(session)

    # ------------------------------------------------------------ editing

    def edit(self) -> SafeContactEditor:
        """Open the editor (``open()``); saving stores the profile on the case."""
        editor = SafeContactEditor(self.profile(), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self.save)
        editor.open()
        self.editor = editor
        editor.destroyed.connect(lambda: setattr(self, "editor", None))
        return editor

    def save(self, profile: SafeContactProfile) -> bool:
        try:
            self.casework.save_safe_contact(self.case_id, profile)
        except UnknownRecordError:
            self.show_warnings([self.tr("The case has not reached this computer yet: try again.")])
            return False
        log.info("safe-contact profile saved")
        self.refresh()
        return True

    def _resolve(self, resolution: Resolution) -> None:
        found = self.casework.record_conflicts(self.case_id, Entity.CASE)
        if found:
            self.casework.resolve_record(found[0], resolution)
        self.refresh()
