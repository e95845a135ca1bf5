"""The item shown in the checklist panel: its words, the person's answer, a comment.

The answer buttons carry the template's own state labels ("Chosen by the
person", "The person chose not to", ...), in the items' language.  Items kept
from an earlier version of a template are shown but cannot be changed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.checklists import COMMENT_MAX, RunRow
from console.protocol import ItemState

from ._common import heading, muted

BUTTON_STATES = (ItemState.DONE, ItemState.DECLINED, ItemState.NOT_APPLICABLE, ItemState.TODO)


class ChecklistItemView(QWidget):
    marked = Signal(object)  # ItemState
    comment_saved = Signal()
    previous_requested = Signal()
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_label = muted(name=self.tr("Section"))
        self.item_label = heading("", self, 1.1)
        self.item_label.setAccessibleName(self.tr("Item"))
        self.help_label = muted(name=self.tr("Why it matters"))
        self.state_buttons: dict[ItemState, QPushButton] = {}
        self.state_group = QButtonGroup(self)
        self.state_group.setExclusive(True)
        states = QHBoxLayout()
        for state in BUTTON_STATES:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Mark this item"))  # named by state with a row
            button.clicked.connect(lambda _c=False, s=state: self.marked.emit(s))
            self.state_group.addButton(button)
            self.state_buttons[state] = button
            states.addWidget(button)
        self.comment = QLineEdit(self)
        self.comment.setMaxLength(COMMENT_MAX)
        self.comment.setPlaceholderText(self.tr("Short comment (optional, up to 500 characters)"))
        self.comment.setAccessibleName(self.tr("Comment on this item"))
        self.comment.returnPressed.connect(self.comment_saved)
        self.comment_button = QPushButton(self.tr("Save comment"), self)
        self.comment_button.setAccessibleName(self.tr("Save comment"))
        self.comment_button.clicked.connect(self.comment_saved)
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = QPushButton(self.tr("Next unanswered ▶"), self)
        self.next_button.setAccessibleName(self.tr("Next unanswered item"))
        self.next_button.clicked.connect(self.next_requested)
        comment_row = QHBoxLayout()
        comment_row.addWidget(self.comment, 1)
        comment_row.addWidget(self.comment_button)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.section_label)
        layout.addWidget(self.item_label)
        layout.addWidget(self.help_label)
        layout.addLayout(states)
        layout.addLayout(comment_row)
        layout.addLayout(nav)
        layout.addStretch(1)

    def show_row(self, row: RunRow | None, labels: dict[ItemState, str], finished: bool) -> None:
        """Show one item (None: nothing to show; ``finished``: every item is answered)."""
        if row is None:
            self.section_label.setText("")
            self.item_label.setText(self.tr("Every item is answered.") if finished else "")
            self.help_label.setText("")
            for button in self.state_buttons.values():
                button.setEnabled(False)
            self.comment.setEnabled(False)
            self.comment_button.setEnabled(False)
            return
        editable = not row.retired and row.known
        self.section_label.setText(row.section_title)
        self.item_label.setText(row.text)
        self.help_label.setText(row.help)
        self.help_label.setVisible(bool(row.help))
        for state, button in self.state_buttons.items():
            button.setText(labels.get(state, state.value.replace("_", " ")))
            button.setAccessibleName(self.tr("Mark as: {state}").format(state=button.text()))
            button.setEnabled(editable)
            button.setChecked(state is row.state)
        if not self.comment.hasFocus():
            self.comment.setText(row.comment or "")
        self.comment.setEnabled(editable)
        self.comment_button.setEnabled(editable)
