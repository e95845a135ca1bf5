"""Editing a case's safe-contact profile (a dialog: ``open()``, then ``saved``)."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.protocol import (
    CODE_WORD_MAX,
    SAFE_NOTE_MAX,
    SafeContactProfile,
    SafeTimeRange,
    SafetyAnswer,
    Weekday,
)

from ._common import label

MAX_RANGES = 14
#: Offered in the time-zone picker; any IANA name may be typed.
TIME_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Puerto_Rico",
)
DAYS = tuple(Weekday)


def answer_names() -> dict[SafetyAnswer, str]:
    return {
        SafetyAnswer.YES: QCoreApplication.translate("SafeContactEditor", "Yes"),
        SafetyAnswer.NO: QCoreApplication.translate("SafeContactEditor", "No"),
        SafetyAnswer.UNKNOWN: QCoreApplication.translate("SafeContactEditor", "Not asked yet"),
    }


def day_names() -> dict[Weekday, str]:
    return dict(
        zip(
            DAYS,
            (
                QCoreApplication.translate("SafeContactEditor", "Mon"),
                QCoreApplication.translate("SafeContactEditor", "Tue"),
                QCoreApplication.translate("SafeContactEditor", "Wed"),
                QCoreApplication.translate("SafeContactEditor", "Thu"),
                QCoreApplication.translate("SafeContactEditor", "Fri"),
                QCoreApplication.translate("SafeContactEditor", "Sat"),
                QCoreApplication.translate("SafeContactEditor", "Sun"),
            ),
            strict=True,
        )
    )


class _RangeRow(QWidget):
    """One safe time range: days (none ticked: every day), from, to."""

    def __init__(self, span: SafeTimeRange | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = day_names()
        self.days: dict[Weekday, QCheckBox] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for day in DAYS:
            box = QCheckBox(names[day], self)
            box.setAccessibleName(self.tr("Safe on {day}").format(day=names[day]))
            box.setChecked(span is not None and day in span.days)
            self.days[day] = box
            row.addWidget(box)
        self.start = QTimeEdit(self)
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Safe from"))
        self.end = QTimeEdit(self)
        self.end.setDisplayFormat("HH:mm")
        self.end.setAccessibleName(self.tr("Safe until"))
        self.start.setTime(QTime.fromString(span.start if span else "09:00", "HH:mm"))
        self.end.setTime(QTime.fromString(span.end if span else "17:00", "HH:mm"))
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove this safe time"))
        row.addWidget(self.start)
        row.addWidget(label("–", self))
        row.addWidget(self.end)
        row.addWidget(self.remove)

    def value(self) -> SafeTimeRange:
        return SafeTimeRange(
            days=[d for d, box in self.days.items() if box.isChecked()],
            start=self.start.time().toString("HH:mm"),
            end=self.end.time().toString("HH:mm"),
        )


class SafeContactEditor(QDialog):
    """Edit the profile; ``saved`` carries the new one (validated)."""

    saved = Signal(object)  # SafeContactProfile

    def __init__(self, profile: SafeContactProfile | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        profile = profile or SafeContactProfile()
        self.setWindowTitle(self.tr("How to reach this person safely"))
        self.setAccessibleName(self.tr("Edit the safe-contact profile"))
        names = answer_names()
        self.answers: dict[str, QComboBox] = {}
        form = QFormLayout()
        for field, text in (
            ("safe_to_call", self.tr("Safe to call back?")),
            ("safe_to_text", self.tr("Safe to text?")),
            ("may_leave_voicemail", self.tr("May we leave a voicemail?")),
            ("shared_device_risk", self.tr("Could someone else see the phone?")),
        ):
            combo = QComboBox(self)
            combo.setAccessibleName(text)
            for answer in (SafetyAnswer.UNKNOWN, SafetyAnswer.YES, SafetyAnswer.NO):
                combo.addItem(names[answer], answer.value)
            combo.setCurrentIndex(combo.findData(getattr(profile, field).value))
            self.answers[field] = combo
            form.addRow(label(text, self), combo)

        self.ranges_box = QWidget(self)
        self.ranges_layout = QVBoxLayout(self.ranges_box)
        self.ranges_layout.setContentsMargins(0, 0, 0, 0)
        self.ranges: list[_RangeRow] = []
        for span in profile.safe_times:
            self._add_range(span)
        self.add_range_button = QPushButton(self.tr("Add a safe time"), self)
        self.add_range_button.setAccessibleName(self.tr("Add a safe time"))
        self.add_range_button.clicked.connect(lambda: self._add_range(None))
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.setAccessibleName(self.tr("The person's time zone"))
        self.timezone.addItem("")
        self.timezone.addItems(TIME_ZONES)
        self.timezone.setCurrentText(profile.timezone or "")
        self.note = QLineEdit(profile.safe_times_note or "", self)
        self.note.setMaxLength(SAFE_NOTE_MAX)
        self.note.setAccessibleName(self.tr("Safe times in the person's words"))
        self.note.setPlaceholderText(self.tr("e.g. weekday mornings after the kids leave"))
        self.code_safe = QLineEdit(profile.code_word_safe or "", self)
        self.code_safe.setMaxLength(CODE_WORD_MAX)
        self.code_safe.setAccessibleName(self.tr("Code word meaning safe to talk"))
        self.code_unsafe = QLineEdit(profile.code_word_unsafe or "", self)
        self.code_unsafe.setMaxLength(CODE_WORD_MAX)
        self.code_unsafe.setAccessibleName(self.tr("Code word meaning not safe"))
        form.addRow(label(self.tr("Safe times"), self), self.ranges_box)
        form.addRow(label("", self), self.add_range_button)
        form.addRow(label(self.tr("Time zone"), self), self.timezone)
        form.addRow(label(self.tr("In their words"), self), self.note)
        form.addRow(label(self.tr("Code word: safe"), self), self.code_safe)
        form.addRow(label(self.tr("Code word: not safe"), self), self.code_unsafe)

        self.problem = label(parent=self, name=self.tr("Why the profile cannot be saved"))
        self.problem.hide()
        save = QPushButton(self.tr("Save"), self)
        save.setAccessibleName(self.tr("Save the safe-contact profile"))
        save.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Close without saving"))
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Record only what the person told you. Code words are seen by advocates"
                    " only and are never sent."
                ),
                self,
            )
        )
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(720, self.sizeHint().height())

    def _add_range(self, span: SafeTimeRange | None) -> None:
        if len(self.ranges) >= MAX_RANGES:
            return
        row = _RangeRow(span, self.ranges_box)
        row.remove.clicked.connect(lambda: self._remove_range(row))
        self.ranges.append(row)
        self.ranges_layout.addWidget(row)
        row.show()  # added to a dialog already shown

    def _remove_range(self, row: _RangeRow) -> None:
        self.ranges.remove(row)
        self.ranges_layout.removeWidget(row)
        row.deleteLater()

    def profile(self) -> SafeContactProfile:
        """The profile as filled in; raises ValidationError when it is not valid."""
        return SafeContactProfile(
            **{k: SafetyAnswer(c.currentData()) for k, c in self.answers.items()},
            safe_times=[row.value() for row in self.ranges],
            safe_times_note=self.note.text().strip() or None,
            timezone=self.timezone.currentText().strip() or None,
            code_word_safe=self.code_safe.text().strip() or None,
            code_word_unsafe=self.code_unsafe.text().strip() or None,
        )

    def save(self) -> None:
        try:
            profile = self.profile()
            if profile.timezone:
                ZoneInfo(profile.timezone)
        except (ValidationError, ZoneInfoNotFoundError, ValueError):
            self.problem.setText(self.tr("Check the time zone: use a name like America/Chicago."))
            self.problem.show()
            return
        self.saved.emit(profile)
        self.accept()
