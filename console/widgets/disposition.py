"""Choosing the hotline's category for a contact when it ends (its disposition).

The categories are the hotline's (``protocol.Disposition``, DOMAIN.md section 0).
The short explanations can be replaced by the hotline's own wording
(``explanations``), for example loaded from ``resources/`` with the protocol.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.protocol import Disposition
from console.widgets._theme import shades
from console.widgets._util import set_accessible, set_text_color

__all__ = ["DispositionDialog", "disposition_explanation", "disposition_name"]


def disposition_name(disposition: Disposition) -> str:
    names = {
        Disposition.CRISIS: QCoreApplication.translate("Disposition", "Crisis"),
        Disposition.TIP: QCoreApplication.translate("Disposition", "Tip"),
        Disposition.REFERRAL: QCoreApplication.translate("Disposition", "Referral"),
        Disposition.TRAINING_TECHNICAL_ASSISTANCE: QCoreApplication.translate(
            "Disposition", "Training and technical assistance"
        ),
        Disposition.GENERAL_INFORMATION: QCoreApplication.translate(
            "Disposition", "General information"
        ),
        Disposition.HIGH_RISK: QCoreApplication.translate("Disposition", "High risk"),
        Disposition.OTHER: QCoreApplication.translate("Disposition", "Other"),
    }
    return names[disposition]


def disposition_explanation(disposition: Disposition) -> str:
    texts = {
        Disposition.CRISIS: QCoreApplication.translate(
            "Disposition",
            "Someone needs emergency help or a response within 24 hours, or a victim is "
            "known to be in immediate danger.",
        ),
        Disposition.TIP: QCoreApplication.translate(
            "Disposition",
            "The contact knows of a specific possible trafficking situation or victim, "
            "with no known immediate danger.",
        ),
        Disposition.REFERRAL: QCoreApplication.translate(
            "Disposition", "A request for services or for anti-trafficking contacts."
        ),
        Disposition.TRAINING_TECHNICAL_ASSISTANCE: QCoreApplication.translate(
            "Disposition", "A request for training, or for technical help with a case or program."
        ),
        Disposition.GENERAL_INFORMATION: QCoreApplication.translate(
            "Disposition", "Questions about trafficking or about the hotline, with no case."
        ),
        Disposition.HIGH_RISK: QCoreApplication.translate(
            "Disposition",
            "Exploitation without clear force, fraud or coercion, or a related issue "
            "(domestic violence, child abuse, smuggling, runaway youth) with no trafficking "
            "indicators.",
        ),
        Disposition.OTHER: QCoreApplication.translate(
            "Disposition", "None of the above (say why in the notes)."
        ),
    }
    return texts[disposition]


class DispositionDialog(QDialog):
    """One category, with a short explanation under each; use ``open()`` and ``finished``."""

    #: the chosen ``Disposition`` value, when the dialog is accepted
    disposition_chosen = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        selected: Disposition | None = None,
        explanations: Mapping[Disposition, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Category of this contact"))
        self._group = QButtonGroup(self)
        self._buttons: dict[Disposition, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        intro = QLabel(self.tr("Choose the category that fits this contact best."), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(8)
        muted = shades(self).muted
        for position, disposition in enumerate(Disposition):
            button = QRadioButton(disposition_name(disposition), self)
            font = button.font()
            font.setWeight(QFont.Weight.DemiBold)
            button.setFont(font)
            text = (explanations or {}).get(disposition) or disposition_explanation(disposition)
            set_accessible(button, disposition_name(disposition), text)
            explanation = QLabel(text, self)
            explanation.setTextFormat(Qt.TextFormat.PlainText)
            explanation.setWordWrap(True)
            explanation.setContentsMargins(26, 0, 0, 8)
            explanation.setBuddy(button)
            set_text_color(explanation, muted)
            self._group.addButton(button, position)
            self._buttons[disposition] = button
            pair = QVBoxLayout()
            pair.setSpacing(0)
            pair.addWidget(button)
            pair.addWidget(explanation)
            layout.addLayout(pair)

        self._box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self._box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save category"))
        set_accessible(ok, self.tr("Save category"))
        set_accessible(self._box.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self._box.accepted.connect(self.accept)
        self._box.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addSpacing(8)
        layout.addWidget(self._box)
        self._group.idToggled.connect(self._update_ok)
        set_accessible(self, self.windowTitle())
        self.set_selected(selected)
        self.setMinimumWidth(460)

    def selected(self) -> Disposition | None:
        for disposition, button in self._buttons.items():
            if button.isChecked():
                return disposition
        return None

    def set_selected(self, disposition: Disposition | None) -> None:
        if disposition is None:
            self._group.setExclusive(False)
            for button in self._buttons.values():
                button.setChecked(False)
            self._group.setExclusive(True)
        else:
            self._buttons[disposition].setChecked(True)
            self._buttons[disposition].setFocus()
        self._update_ok()

    def button(self, disposition: Disposition) -> QRadioButton:
        return self._buttons[disposition]

    def accept(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.disposition_chosen.emit(chosen.value)
        super().accept()

    def _update_ok(self) -> None:
        self._box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.selected() is not None)
