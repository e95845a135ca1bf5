"""The "Reassign…" dialog: only the advocates who can take the session, and a reason.

The dialog does not move anything itself: :attr:`ReassignDialog.submitted`
hands the choice to the board, which asks the server; on success the board
closes the dialog, on a refusal it shows why here (:meth:`show_refusal`) with a
fresh list, so the lead can pick someone else at once.  Opened with
``open()`` (never ``exec()``: the console's loop keeps running).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.protocol import ReassignRequest

# The wire model's limit on a reason, read from its declaration.
REASON_MAX = next(
    int(m.max_length)
    for m in ReassignRequest.model_fields["reason"].metadata
    if getattr(m, "max_length", None) is not None
)


@dataclass(frozen=True, slots=True)
class Choice:
    """One person the session may go to."""

    id: str
    name: str
    detail: str  # "Available · chats 1/3 · ES, EN"

    def text(self) -> str:
        return f"{self.name} — {self.detail}"


class ReassignDialog(QDialog):
    submitted = Signal(str, str)  # advocate id, reason

    def __init__(
        self,
        summary: str,
        choices: list[Choice],
        *,
        empty_text: str,
        note: str | None = None,
        preselect: str | None = None,
        reason: str = "",
        take: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Take it myself") if take else self.tr("Reassign session"))
        self.setMinimumWidth(460)
        self._take = take

        self.summary = QLabel(summary, self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Session"))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

        self.note = QLabel(self)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setText(note or "")
        self.note.setVisible(bool(note))

        self.list_label = QLabel(self.tr("&Give it to:") if not take else self.tr("&Taken by:"))
        self.choices = QListWidget(self)
        self.choices.setAccessibleName(
            self.tr("Advocates who can take it") if not take else self.tr("You")
        )
        self.list_label.setBuddy(self.choices)
        self.empty = QLabel(empty_text, self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(empty_text)

        self.reason_label = QLabel(self.tr("&Reason (required; the advocate sees it):"), self)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("For example: Spanish speaker needed"))
        self.reason.setText(reason)
        self.reason_label.setBuddy(self.reason)

        self.refusal = QLabel(self)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("refusal")
        self.refusal.setStyleSheet("QLabel#refusal { color: #b42318; font-weight: 600; }")
        self.refusal.setAccessibleName(self.tr("Why it did not work"))
        self.refusal.hide()

        self.buttons = QDialogButtonBox(self)
        self.move_button: QPushButton = self.buttons.addButton(
            self.tr("&Take it") if take else self.tr("&Move"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.move_button.setAccessibleName(
            self.tr("Take the session") if take else self.tr("Move the session")
        )
        self.move_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (
            self.summary,
            self.note,
            self.list_label,
            self.choices,
            self.empty,
            self.reason_label,
            self.reason,
            self.refusal,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.choices.currentItemChanged.connect(lambda *_: self._update())
        self.reason.textChanged.connect(lambda *_: self._update())
        self.reason.returnPressed.connect(self._submit)
        self._busy = False
        self.set_choices(choices, preselect)
        (self.reason if self.chosen() is not None else self.choices).setFocus()
        if reason:
            self.reason.selectAll()

    # ------------------------------------------------------------ state

    def set_choices(self, choices: list[Choice], preselect: str | None = None) -> None:
        keep = preselect or self.chosen()
        self.choices.clear()
        for choice in choices:
            item = QListWidgetItem(choice.text(), self.choices)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, choice.text())
            if choice.id == keep:
                self.choices.setCurrentItem(item)
        if self.choices.currentItem() is None and self.choices.count() == 1:
            self.choices.setCurrentRow(0)
        self.choices.setVisible(bool(choices))
        self.list_label.setVisible(bool(choices))
        self.empty.setVisible(not choices)
        self._update()

    def chosen(self) -> str | None:
        item = self.choices.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return value if isinstance(value, str) else None

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def can_submit(self) -> bool:
        return not self._busy and self.chosen() is not None and bool(self.reason_text())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choices.setEnabled(not busy)
        self.reason.setReadOnly(busy)
        self._update()

    def show_refusal(self, text: str, choices: list[Choice] | None = None) -> None:
        """The server said no: say why, offer the fresh list, let the lead try again."""
        self.set_busy(False)
        self.refusal.setText(text)
        self.refusal.show()
        if choices is not None:
            self.set_choices(choices)
        if self.choices.isVisibleTo(self):
            self.choices.setFocus()
        else:
            self.reason.setFocus()

    def _update(self) -> None:
        self.move_button.setEnabled(self.can_submit())

    def _submit(self) -> None:
        advocate_id = self.chosen()
        if not self.can_submit() or advocate_id is None:
            if not self.reason_text():
                self.reason.setFocus()
            return
        self.refusal.hide()
        self.set_busy(True)
        self.submitted.emit(advocate_id, self.reason_text())
