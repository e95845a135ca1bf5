"""A checklist run changed in two places: both versions kept, the advocate chooses."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from console.app.casework import Casework
from console.app.checklist_model import combine_items
from console.protocol import ChecklistRunRecord, Entity
from console.store.conflicts import Conflict, Resolution

from ._common import frame, label, plural


class RunConflictBar(QWidget):
    """Shown while one of the case's runs is in conflict: keep mine, theirs, or combine."""

    def __init__(self, casework: Casework, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casework = casework
        self.case_id = case_id
        self.conflict: Conflict | None = None
        box = frame(self, object_name="runConflict", css="border: 1px solid #b42318;")
        self.text = label(parent=box, name=self.tr("Checklist conflict"))
        self.keep_mine = QPushButton(self.tr("Keep mine"), box)
        self.keep_theirs = QPushButton(self.tr("Keep theirs"), box)
        self.combine = QPushButton(self.tr("Combine both"), box)
        for button, name in (
            (self.keep_mine, self.tr("Keep the answers given on this computer")),
            (self.keep_theirs, self.tr("Keep the answers on the server")),
            (self.combine, self.tr("Combine the answers of both versions")),
        ):
            button.setAccessibleName(name)
        self.keep_mine.clicked.connect(lambda: self.resolve(Resolution.KEEP_LOCAL))
        self.keep_theirs.clicked.connect(lambda: self.resolve(Resolution.KEEP_SERVER))
        self.combine.clicked.connect(lambda: self.resolve(Resolution.MERGE))
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_mine)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.combine)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.text)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.hide()

    def refresh(self) -> None:
        found = self.casework.record_conflicts(self.case_id, Entity.CHECKLIST_RUN)
        self.conflict = found[0] if found else None
        if self.conflict is None:
            self.hide()
            return
        _fields, differing = self._combined(self.conflict)
        text = self.tr(
            "This checklist was changed on this computer and elsewhere. Both versions are"
            " kept until you choose. %n item(s) answered differently; combining keeps every"
            " answer and, where they differ, yours.",
            "",
            differing,
        )
        self.text.setText(plural(text, differing))
        self.show()

    @staticmethod
    def _combined(conflict: Conflict) -> tuple[dict[str, Any], int]:
        server = conflict.server
        assert isinstance(server, ChecklistRunRecord)
        theirs = {k: v.model_dump(mode="json") for k, v in server.items.items()}
        mine = dict(conflict.local.fields.get("items") or {})
        items, differing = combine_items(mine, theirs)
        fields = {**conflict.local.fields, "items": items}
        return fields, differing

    def resolve(self, resolution: Resolution) -> None:
        conflict = self.conflict
        if conflict is None:
            return
        fields = self._combined(conflict)[0] if resolution is Resolution.MERGE else None
        self.casework.resolve_record(conflict, resolution, fields)
        self.refresh()
