"""Case notes beside the conversation: the case's notes and an editor.

Drafts are saved to the encrypted cache as the advocate types (debounced), so a
crash or a power cut loses at most about a second, and a draft comes back in the
same case and session tab, never in another.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.app.casework import Casework, note_draft_key, touches
from console.app.notes_model import NotesModel, kind_name
from console.protocol import NOTE_BODY_MAX, Entity, NoteKind
from console.store.errors import CacheError
from console.widgets import channel_name, disposition_name
from console.widgets.refresh import RefreshWhenShown

from .conflict_dialog import ConflictDialog

DRAFT_DEBOUNCE_MS = 400


class PlainTextEdit(QPlainTextEdit):
    """Pastes plain text only."""

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(source.text())


class NotesPanel(QWidget):
    def __init__(
        self,
        casework: Casework,
        case_id: str,
        session_id: str,
        me: str,
        my_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.casework = casework
        self.case_id = case_id
        self.session_id = session_id
        self.draft_key = note_draft_key(case_id, session_id)
        self.setAccessibleName(self.tr("Case notes"))

        title = QLabel(self.tr("Case notes"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.model = NotesModel(me, {me: my_name}, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(self.tr("Notes of this case, newest first"))

        self.kind = QComboBox(self)
        for kind in NoteKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.kind.setAccessibleName(self.tr("Kind of note"))
        self.editor = PlainTextEdit(self)
        self.editor.setPlaceholderText(
            self.tr("Write a note. It is saved on this computer as you type.")
        )
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Draft state"))
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setAccessibleName(self.tr("Save note"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self.editor, self.save)

        self.conflict_button = QPushButton(self)
        self.conflict_button.setObjectName("conflictButton")
        self.conflict_button.setStyleSheet("#conflictButton { color: #7a1a12; font-weight: 600; }")
        self.conflict_button.clicked.connect(self.resolve_next_conflict)
        self.conflict_button.hide()

        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        self.history = QLabel(self)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Earlier contacts in this case"))
        layout.addWidget(self.history)
        layout.addWidget(self.conflict_button)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.editor, 2)
        layout.addLayout(row)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        draft = casework.draft(self.draft_key)
        if draft:
            self.editor.setPlainText(draft)
            self.status.setText(self.tr("Draft restored"))
        self.editor.textChanged.connect(self._typed)
        self._reread = RefreshWhenShown(self, self.refresh)
        casework.records_changed.connect(self._records_changed)
        self.refresh()

    def _records_changed(self, cases: frozenset[str] | None) -> None:
        if touches(cases, self.case_id):
            self._reread.request()  # at once if seen, else when next shown

    def refresh(self) -> None:
        self.model.set_notes(self.casework.notes(self.case_id))
        earlier = [s for s in self.casework.history(self.case_id) if s.id != self.session_id]
        if earlier:
            lines = [
                " · ".join(
                    part
                    for part in (
                        channel_name(s.channel),
                        s.queued_at.astimezone().strftime("%d %b %Y %H:%M"),
                        disposition_name(s.disposition) if s.disposition else "",
                    )
                    if part
                )
                for s in earlier[-5:]
            ]
            self.history.setText(self.tr("Earlier contacts:") + "\n" + "\n".join(lines))
        else:
            self.history.setText(self.tr("No earlier contacts in this case."))
        count = len(self.casework.record_conflicts(self.case_id, Entity.NOTE))
        self.conflict_button.setVisible(count > 0)
        self.conflict_button.setText(
            self.tr("%n note(s) changed in two places: choose what to keep…", "", count)
        )

    def resolve_next_conflict(self) -> ConflictDialog | None:
        conflicts = self.casework.record_conflicts(self.case_id, Entity.NOTE)
        if not conflicts:
            return None
        dialog = ConflictDialog(conflicts[0], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resolved.connect(
            lambda resolution, fields, c=conflicts[0]: self.casework.resolve(c, resolution, fields)
        )
        dialog.open()
        return dialog

    def _typed(self) -> None:
        self._draft_timer.start()
        self.status.setText(self.tr("Typing…"))
        too_long = len(self.editor.toPlainText()) > NOTE_BODY_MAX
        self.save_button.setEnabled(not too_long)
        if too_long:
            self.status.setText(self.tr("A note is at most 100,000 characters"))

    def flush_draft(self) -> None:
        self._draft_timer.stop()
        try:
            self.casework.save_draft(self.draft_key, self.editor.toPlainText())
        except CacheError as error:
            self.status.setText(
                self.tr("Draft not saved: storage failed ({what}).").format(
                    what=type(error).__name__
                )
            )
            return
        self.status.setText(self.tr("Draft saved on this computer"))

    def save(self) -> None:
        body = self.editor.toPlainText().strip()
        if not body or len(body) > NOTE_BODY_MAX:
            return
        kind = NoteKind(self.kind.currentData())
        try:
            self.casework.add_note(self.case_id, self.session_id, body, kind)
        except CacheError as error:
            # The environment's fault (disk full, locked...): the text stays in the editor.
            self.status.setText(
                self.tr(
                    "Not saved: this computer's storage failed ({what}). Your text is kept here."
                ).format(what=type(error).__name__)
            )
            return
        self._draft_timer.stop()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.casework.clear_draft(self.draft_key)
        self.status.setText(self.tr("Note saved"))

    def take_unsaved(self) -> str:
        """The unsaved text (for a tab that is going away); the draft is kept."""
        if self._draft_timer.isActive():
            self.flush_draft()
        return self.editor.toPlainText().strip()
