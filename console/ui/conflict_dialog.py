"""Two versions of one note, side by side: the advocate decides, nothing is dropped."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.text import inert
from console.protocol import NoteRecord
from console.store.conflicts import Conflict, Resolution


class ConflictDialog(QDialog):
    """Keep mine, keep theirs, keep both as two notes, or save a merge."""

    resolved = Signal(object, object)  # Resolution, merged fields or None

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Two versions of this note"))
        self.setAccessibleName(self.tr("Resolve a note conflict"))
        server = conflict.server
        assert isinstance(server, NoteRecord)
        mine = str(conflict.local.fields.get("body", ""))
        intro = QLabel(
            self.tr(
                "This note was changed on the server while you edited it here. Both versions"
                " are kept until you choose."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.mine = self._text(mine, self.tr("Your version"))
        self.theirs = self._text(server.body, self.tr("Version on the server"))
        if conflict.local.deleted:
            self.mine.setPlainText(self.tr("(You deleted this note.)"))
        self.merged = QPlainTextEdit(f"{mine}\n\n{server.body}".strip())
        self.merged.setAccessibleName(self.tr("Merged text"))

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Yours (on this computer)")), 0, 0)
        grid.addWidget(
            QLabel(self.tr("On the server (version {v})").format(v=server.version)), 0, 1
        )
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        grid.addWidget(QLabel(self.tr("Or merge them:")), 2, 0, 1, 2)
        grid.addWidget(self.merged, 3, 0, 1, 2)

        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_both = QPushButton(self.tr("Keep both as two notes"))
        self.save_merge = QPushButton(self.tr("Save the merge"))
        self.later = QPushButton(self.tr("Decide later"))
        for button, name in (
            (self.keep_mine, self.tr("Keep your version")),
            (self.keep_theirs, self.tr("Keep the version on the server")),
            (self.keep_both, self.tr("Keep both versions as two notes")),
            (self.save_merge, self.tr("Save the merged text")),
            (self.later, self.tr("Decide later; both versions stay")),
        ):
            button.setAccessibleName(name)
        for button, resolution in (
            (self.keep_mine, Resolution.KEEP_LOCAL),
            (self.keep_theirs, Resolution.KEEP_SERVER),
            (self.keep_both, Resolution.KEEP_BOTH),
            (self.save_merge, Resolution.MERGE),
        ):
            button.clicked.connect(lambda _=False, r=resolution: self._choose(r))
            buttons.addWidget(button)
        self.keep_both.setEnabled(not conflict.local.deleted)
        buttons.addStretch(1)
        buttons.addWidget(self.later)
        self.later.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)

    def _text(self, body: str, name: str) -> QPlainTextEdit:
        view = QPlainTextEdit(inert(body))
        view.setReadOnly(True)
        view.setAccessibleName(name)
        return view

    def _choose(self, resolution: Resolution) -> None:
        fields = None
        if resolution is Resolution.MERGE:
            fields = {"body": self.merged.toPlainText()}
        self.resolved.emit(resolution, fields)
        self.accept()
