"""The reporting guide: a decision flow, one question at a time, then what to do.

Immediate danger leads to emergency services and the shift lead; a possible
minor to the mandated report; an adult speaking for themselves to their
consent (who, to what, to whom, how, until when); no consent means no report.
The questions, outcomes and wording are data (``resources/reporting/flow.json``,
:mod:`console.domain.reporting`).  Saving writes a note of kind ``report``
through :class:`~console.app.casework.Casework`: saved here at once, synced,
and audited by the backend.  :class:`ReportingPanel` sits in the session tab;
:class:`ReportingDialog` holds one in a window (open it with ``open()``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.app.casework import Casework
from console.domain.checklists import localized
from console.domain.consent import ConsentParty
from console.domain.reporting import (
    REMARKS_MAX,
    ConsentNeed,
    Flow,
    FlowError,
    OutcomeKind,
    Walk,
    load_flow,
)
from console.protocol import NoteKind, Session

from ._common import LanguageToggle, frame, heading, label, muted
from .consent_form import ConsentForm
from .plain_edit import PlainTextEdit

log = logging.getLogger(__name__)

_URGENT = frozenset({OutcomeKind.IMMINENT_DANGER, OutcomeKind.MANDATED_REPORT})


class ReportingPanel(QWidget):
    """One walk through the reporting flow for one session's case (module doc)."""

    saved = Signal(str)  # the report note's id

    def __init__(
        self,
        casework: Casework,
        session: Session,
        parent: QWidget | None = None,
        *,
        flow: Flow | None = None,
    ) -> None:
        super().__init__(parent)
        if session.case_id is None:
            raise ValueError("a reporting panel needs a session with a case")
        self.casework = casework
        self.session = session
        self.case_id = session.case_id
        self.flow = flow or load_flow()
        self.walk: Walk = self.flow.start()
        self.note_id: str | None = None
        self.setAccessibleName(self.tr("Reporting guide"))

        self.language = LanguageToggle(session.language, self)
        self.back_button = QPushButton(self.tr("Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the previous question"))
        self.restart_button = QPushButton(self.tr("Start over"), self)
        self.restart_button.setAccessibleName(self.tr("Start the reporting guide over"))
        self.path = QListWidget(self)
        self.path.setAccessibleName(self.tr("Answers so far (activate one to change it)"))
        self.path.setWordWrap(True)
        self.path.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.question = heading("", self, 1.15)
        self.question.setAccessibleName(self.tr("Question"))
        self.question_help = muted(name=self.tr("About this question"))
        self.answers_box = QWidget(self)
        self.answers_layout = QVBoxLayout(self.answers_box)
        self.answers_layout.setContentsMargins(0, 0, 0, 0)
        self.answer_buttons: dict[str, QPushButton] = {}

        self.outcome_box = frame(self, object_name="outcome", css="border: 2px solid #5b6573;")
        self.outcome_title = heading("", self.outcome_box, 1.2)
        self.outcome_title.setAccessibleName(self.tr("Outcome"))
        self.outcome_summary = label(parent=self.outcome_box, name=self.tr("What this means"))
        self.outcome_steps = label(parent=self.outcome_box, name=self.tr("What to do now"))
        self.outcome_notify = label(parent=self.outcome_box, name=self.tr("Who to tell"))
        inner = QVBoxLayout(self.outcome_box)
        for widget in (
            self.outcome_title,
            self.outcome_summary,
            self.outcome_steps,
            self.outcome_notify,
        ):
            inner.addWidget(widget)

        self.record_consent = QCheckBox(self.tr("Record consent given"), self)
        self.record_consent.setAccessibleName(self.tr("Record consent given"))
        self.consent_form = ConsentForm(self.flow, session.channel, self.language.language(), self)
        self.remarks = PlainTextEdit(self)
        self.remarks.setPlaceholderText(self.tr("Remarks for the record (optional)"))
        self.remarks.setAccessibleName(self.tr("Remarks"))
        self.remarks.setMaximumHeight(90)
        self.status = muted(name=self.tr("Report state"))
        self.save_button = QPushButton(self.tr("Save report note"), self)
        self.save_button.setAccessibleName(self.tr("Save the report note to the case"))

        content = QWidget(self)
        body = QVBoxLayout(content)
        body.addWidget(self.path)
        body.addWidget(self.question)
        body.addWidget(self.question_help)
        body.addWidget(self.answers_box)
        body.addWidget(self.outcome_box)
        body.addWidget(self.record_consent)
        body.addWidget(self.consent_form)
        body.addWidget(self.remarks)
        body.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a bar that comes and goes re-wraps the labels, which can make
        # it come and go again, for ever.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Reporting guide"), self), 1)
        top.addWidget(self.language)
        top.addWidget(self.back_button)
        top.addWidget(self.restart_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.back_button.clicked.connect(self.back)
        self.restart_button.clicked.connect(self.restart)
        self.path.itemActivated.connect(lambda item: self.revisit(self.path.row(item)))
        self.language.language_changed.connect(self._language_changed)
        self.record_consent.toggled.connect(lambda _on: self._show())
        self.consent_form.changed.connect(self._update_save)
        self.remarks.textChanged.connect(self._update_save)
        self.save_button.clicked.connect(self.save)
        self._show()

    # ------------------------------------------------------------ walking

    def answer(self, choice: str) -> None:
        """Answer the current question."""
        current = self.walk.current
        if current is None:
            return
        self.walk.answer(current.id, choice)
        self.note_id = None
        self._prepare_consent()
        self._show()

    def back(self) -> None:
        self.walk.back()
        self.note_id = None
        self._show()

    def revisit(self, step: int) -> None:
        """Go back to the ``step``-th question answered (its later answers are dropped)."""
        while len(self.walk.path) > step:
            self.walk.back()
        self.note_id = None
        self._show()

    def restart(self) -> None:
        self.walk = self.flow.start()
        self.note_id = None
        self.record_consent.setChecked(False)
        self.remarks.clear()
        self._show()

    def _prepare_consent(self) -> None:
        outcome = self.walk.outcome
        if outcome is None:
            return
        speaking_for_self = any(s.node == "speaker" and s.choice == "yes" for s in self.walk.path)
        self.consent_form.set_party(
            ConsentParty.SURVIVOR if speaking_for_self else ConsentParty.REPORTER
        )
        self.record_consent.setChecked(outcome.consent is ConsentNeed.REQUIRED)

    # ------------------------------------------------------------ showing

    def _language_changed(self, language: str) -> None:
        self.consent_form.set_language(language)
        self._show()

    def _show(self) -> None:
        language = self.language.language()
        flow = self.flow
        self.path.clear()
        for step in self.walk.path:
            node = flow.node(step.node)
            answer = node.answer(step.choice)
            self.path.addItem(
                f"{localized(node.question, language)} → {localized(answer.label, language)}"
            )
        self.path.setVisible(bool(self.walk.path))
        shown = range(min(self.path.count(), 4))
        height = sum(self.path.sizeHintForRow(n) for n in shown)
        self.path.setFixedHeight(height + 2 * self.path.frameWidth() + 4 if height else 0)
        self.back_button.setEnabled(bool(self.walk.path))
        current = self.walk.current
        self.question.setVisible(current is not None)
        self.question_help.setVisible(current is not None and bool(current.help))
        self.answers_box.setVisible(current is not None)
        for button in self.answer_buttons.values():
            self.answers_layout.removeWidget(button)
            button.deleteLater()
        self.answer_buttons = {}
        if current is not None:
            self.question.setText(localized(current.question, language))
            self.question_help.setText(localized(current.help, language) if current.help else "")
            for answer in current.answers:
                button = QPushButton(localized(answer.label, language), self.answers_box)
                button.setAccessibleName(self.tr("Answer: {answer}").format(answer=button.text()))
                button.clicked.connect(lambda _c=False, a=answer.id: self.answer(a))
                self.answers_layout.addWidget(button)
                button.show()  # made while the panel may already be shown
                self.answer_buttons[answer.id] = button
        self._show_outcome(language)
        self._update_save()

    def _show_outcome(self, language: str) -> None:
        outcome = self.walk.outcome
        self.outcome_box.setVisible(outcome is not None)
        if outcome is None:
            self.record_consent.hide()
            self.consent_form.hide()
            self.remarks.hide()
            return
        urgent = outcome.kind in _URGENT
        color = "#b42318" if urgent else "#2e7d32" if outcome.notify == [] else "#1f6fb2"
        self.outcome_box.setStyleSheet(f"#outcome {{ border: 2px solid {color}; }}")
        self.outcome_title.setText(localized(outcome.title, language))
        self.outcome_summary.setText(localized(outcome.summary, language))
        steps = [f"{n}. {localized(s, language)}" for n, s in enumerate(outcome.steps, 1)]
        self.outcome_steps.setText("\n".join(steps))
        names = "; ".join(
            self.flow.label(self.flow.recipients, k, language) for k in outcome.notify
        )
        self.outcome_notify.setText(
            self.tr("Tell: {names}").format(names=names) if outcome.notify else ""
        )
        self.outcome_notify.setVisible(bool(outcome.notify))
        need = outcome.consent
        self.record_consent.setVisible(need in (ConsentNeed.OPTIONAL, ConsentNeed.NOT_NEEDED))
        show_form = need is ConsentNeed.REQUIRED or (
            need is not ConsentNeed.NONE and self.record_consent.isChecked()
        )
        self.consent_form.setVisible(show_form)
        self.remarks.show()

    def _wants_consent(self) -> bool:
        outcome = self.walk.outcome
        if outcome is None or outcome.consent is ConsentNeed.NONE:
            return False
        return outcome.consent is ConsentNeed.REQUIRED or self.record_consent.isChecked()

    def problem(self) -> str:
        """Why the report note cannot be saved yet ("" when it can)."""
        if self.walk.outcome is None:
            return self.tr("Answer the questions to reach an outcome.")
        if self._wants_consent() and self.consent_form.problem():
            return self.consent_form.problem()
        if len(self.remarks.toPlainText()) > REMARKS_MAX:
            return self.tr("Remarks are at most 4,000 characters.")
        return ""

    def _update_save(self) -> None:
        problem = self.problem()
        self.save_button.setEnabled(not problem and self.note_id is None)
        if self.note_id is not None:
            self.status.setText(self.tr("Report note saved to the case."))
        elif self.walk.outcome is not None:
            self.status.setText(problem)
        else:
            self.status.setText("")

    # ------------------------------------------------------------ saving

    def note_text(self) -> str:
        """The body of the report note as it would be saved now."""
        consent = self.consent_form.consent() if self._wants_consent() else None
        return self.walk.report_note(
            consent, self.language.language(), remarks=self.remarks.toPlainText()
        )

    def save(self) -> str | None:
        """Write the report note to the case; returns its id (None when not possible)."""
        if self.problem() or self.note_id is not None:
            return None
        try:
            body = self.note_text()
        except FlowError as error:
            self.status.setText(str(error))
            return None
        self.note_id = self.casework.add_note(self.case_id, self.session.id, body, NoteKind.REPORT)
        outcome = self.walk.outcome
        log.info("report note saved (%s)", outcome.kind.value if outcome else "?")
        self._update_save()
        self.saved.emit(self.note_id)
        return self.note_id


class ReportingDialog(QDialog):
    """The reporting guide in its own window: ``dialog.open()``, never ``exec()``."""

    def __init__(self, casework: Casework, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reporting guide"))
        self.setAccessibleName(self.tr("Reporting guide"))
        self.panel = ReportingPanel(casework, session, self)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close the reporting guide"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(620, 640)
