"""The consent record of a report: who consented, to what, to whom, how, until when.

Every choice comes from the reporting flow's data (``flow.consent``); the way
consent is given follows the channel (aloud on a call, in writing in a chat or
a text) and is shown, not chosen.  :meth:`ConsentForm.consent` returns the
:class:`~console.domain.consent.Consent`, or None with the reason when it is
not complete.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from console.domain.checklists import localized
from console.domain.consent import Consent, ConsentParty, method_for_channel
from console.domain.reporting import Flow
from console.protocol import Channel

from ._common import label

DEFAULT_DAYS = 90


class ConsentForm(QWidget):
    changed = Signal()

    def __init__(
        self, flow: Flow, channel: Channel, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.flow = flow
        self.channel = channel
        self.setAccessibleName(self.tr("Consent"))
        self.party = QComboBox(self)
        self.party.setAccessibleName(self.tr("Who consented"))
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(self.tr("Recipient the person agreed to"))
        self.scope_box = QWidget(self)
        self.scope_box.setAccessibleName(self.tr("Information the person agreed to share"))
        scope_layout = QVBoxLayout(self.scope_box)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.scopes: dict[str, QCheckBox] = {}
        for key in flow.consent.scopes:
            box = QCheckBox(self.scope_box)
            box.toggled.connect(lambda _on: self.changed.emit())
            scope_layout.addWidget(box)
            self.scopes[key] = box
        self.method = label(parent=self, name=self.tr("How consent was given"))
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setAccessibleName(self.tr("Consent valid until"))
        today = QDate.currentDate()
        self.until.setMinimumDate(today.addDays(1))
        self.until.setMaximumDate(today.addDays(flow.consent.max_days - 1))
        self.until.setDate(today.addDays(min(DEFAULT_DAYS, flow.consent.max_days - 1)))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._labels = [
            label(parent=self),
            label(parent=self),
            label(parent=self),
            label(parent=self),
            label(parent=self),
        ]
        form.addRow(self._labels[0], self.party)
        form.addRow(self._labels[1], self.scope_box)
        form.addRow(self._labels[2], self.recipient)
        form.addRow(self._labels[3], self.method)
        form.addRow(self._labels[4], self.until)
        self.party.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.recipient.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.set_language(language)

    def set_language(self, language: str) -> None:
        flow = self.flow
        for number, text in enumerate(
            (
                self.tr("Given by"),
                self.tr("What may be shared"),
                self.tr("With whom"),
                self.tr("How"),
                self.tr("Until"),
            )
        ):
            self._labels[number].setText(text)
        party = self.party.currentData()
        self.party.blockSignals(True)
        self.party.clear()
        for party_key, party_text in flow.consent.parties.items():
            self.party.addItem(localized(party_text, language), party_key.value)
        self.party.setCurrentIndex(max(self.party.findData(party), 0))
        self.party.blockSignals(False)
        recipient = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItem(self.tr("Choose…"), None)
        for recipient_key in flow.consent.recipients:
            self.recipient.addItem(
                flow.label(flow.recipients, recipient_key, language), recipient_key
            )
        self.recipient.setCurrentIndex(max(self.recipient.findData(recipient), 0))
        self.recipient.blockSignals(False)
        for scope_key, box in self.scopes.items():
            box.setText(flow.label(flow.consent.scopes, scope_key, language))
            box.setAccessibleName(box.text())
        method = method_for_channel(self.channel)
        self.method.setText(localized(flow.consent.methods[method], language))

    def set_party(self, party: ConsentParty) -> None:
        self.party.setCurrentIndex(max(self.party.findData(party.value), 0))

    def problem(self) -> str:
        """Why the consent cannot be recorded yet ("" when it can)."""
        if not any(box.isChecked() for box in self.scopes.values()):
            return self.tr("Tick what the person agreed to share.")
        if self.recipient.currentData() is None:
            return self.tr("Choose the recipient the person agreed to.")
        return ""

    def consent(self, now: datetime | None = None) -> Consent | None:
        if self.problem():
            return None
        given = now or datetime.now(UTC)
        day = self.until.date().toPython()
        assert isinstance(day, date)
        until = datetime.combine(day, time(23, 59), tzinfo=UTC)
        limit = given + timedelta(days=self.flow.consent.max_days)
        return Consent(
            party=ConsentParty(self.party.currentData()),
            scope=[key for key, box in self.scopes.items() if box.isChecked()],
            recipient=str(self.recipient.currentData()),
            method=method_for_channel(self.channel),
            channel=self.channel,
            given_at=given,
            until=min(until, limit),
        )
