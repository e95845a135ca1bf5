"""Guided checklists beside the conversation: safety planning, indicators, protocol.

Start a run from a template, then walk it step by step (after each first
answer the next unanswered item comes up) or jump to any item in the list,
grouped by section.  Each item is marked chosen / declined by the person / not
applicable, with a short comment.  Every change is a ``checklist_run`` record
written to the encrypted cache at once and synced like a note; runs belong to
the case, so they follow the session when a lead moves it.  Progress shows in
the panel and through :attr:`ChecklistPanel.progress_changed` (for the tab's
title).  The items show in the session's language, with a toggle.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from console.app.casework import Casework, touches
from console.app.checklist_model import ChecklistModel
from console.app.reference import Reference
from console.domain.checklists import (
    ChecklistError,
    Run,
    assess_indicators,
    localized,
)
from console.protocol import (
    ChecklistKind,
    ChecklistRunRecord,
    ChecklistTemplate,
    ItemState,
    Session,
)
from console.store.fields import Cached, RecordSync
from console.widgets.refresh import RefreshWhenShown

from ._common import LanguageToggle, frame, label, muted
from .checklist_item import ChecklistItemView
from .run_conflicts import RunConflictBar

log = logging.getLogger(__name__)

_KIND_ORDER = {ChecklistKind.SAFETY_PLAN: 0, ChecklistKind.INDICATORS: 1, ChecklistKind.PROTOCOL: 2}
_STAGE_ORDER = ("immediate_danger", "planning_to_leave", "after_leaving", "digital")


def _template_order(template: ChecklistTemplate) -> tuple[int, int, str]:
    stage = template.stage or ""
    rank = _STAGE_ORDER.index(stage) if stage in _STAGE_ORDER else len(_STAGE_ORDER)
    return _KIND_ORDER.get(template.kind, 9), rank, template.id


class ChecklistPanel(QWidget):
    """The checklists of one case, in one session tab (module doc)."""

    #: answered and total items of the run shown (0, 0 when none)
    progress_changed = Signal(int, int)

    def __init__(
        self,
        casework: Casework,
        reference: Reference,
        session: Session,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if session.case_id is None:
            raise ValueError("a checklist panel needs a session with a case")
        self.casework = casework
        self.reference = reference
        self.session = session
        self.case_id = session.case_id
        self.run_id: str | None = None  # the run shown
        self.item_id: str | None = None  # the item shown in the detail area
        self._run: Run | None = None
        self._template: ChecklistTemplate | None = None
        self._progress: tuple[int, int] = (-1, -1)
        self.setAccessibleName(self.tr("Checklists"))

        self.language = LanguageToggle(session.language, self)
        self.template_picker = QComboBox(self)
        self.template_picker.setAccessibleName(self.tr("Checklist to start"))
        self.template_picker.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setAccessibleName(self.tr("Start this checklist"))
        self.run_picker = QComboBox(self)
        self.run_picker.setAccessibleName(self.tr("Checklists of this case"))
        self.run_picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress of this checklist"))
        self.progress.setTextVisible(True)
        self.sync_label = muted(name=self.tr("Sync state of this checklist"))
        self.empty_label = muted(
            self.tr("No checklist started for this case yet: choose one above and press Start."),
            name=self.tr("No checklist yet"),
        )
        self.conflicts = RunConflictBar(casework, self.case_id, self)
        self.assessment = frame(
            self, object_name="assessment", css="background: #fff4e5; border: 1px solid #b7791f;"
        )
        self.assessment.setStyleSheet(
            self.assessment.styleSheet() + " #assessment QLabel { color: #2b2100; }"
        )
        self.assessment_text = label(parent=self.assessment, name=self.tr("What the answers show"))
        QVBoxLayout(self.assessment).addWidget(self.assessment_text)
        self.assessment.hide()

        self.model = ChecklistModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Items of the checklist, by section"))
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setAccessibleName(self.tr("Columns: item and state"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.detail = ChecklistItemView(self)
        self.state_buttons = self.detail.state_buttons
        self.comment = self.detail.comment
        self.item_label = self.detail.item_label
        self.detail.marked.connect(self.mark)
        self.detail.comment_saved.connect(self.save_comment)
        self.detail.previous_requested.connect(lambda: self.step(-1))
        self.detail.next_requested.connect(self.next_unanswered)

        top = QHBoxLayout()
        top.addWidget(self.template_picker, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.language)
        runs = QHBoxLayout()
        runs.addWidget(self.run_picker, 1)
        runs.addWidget(self.sync_label)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(runs)
        layout.addWidget(self.progress)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.assessment)
        layout.addWidget(self.empty_label)
        layout.addWidget(split, 1)

        self.start_button.clicked.connect(self.start_selected)
        self.run_picker.currentIndexChanged.connect(self._run_picked)
        self.language.language_changed.connect(lambda _l: self._language_changed())
        self.tree.selectionModel().currentRowChanged.connect(self._tree_moved)
        self._reread = RefreshWhenShown(self, self.refresh)
        casework.records_changed.connect(self._records_changed)
        casework.pull_soon()  # a case just moved here brings its runs
        reference.templates_changed.connect(self._language_changed)  # refill and re-show
        self._fill_templates()
        self.refresh()

    # ------------------------------------------------------------ building

    def _fill_templates(self) -> None:
        current = self.template_picker.currentData()
        language = self.language.language()
        self.template_picker.blockSignals(True)
        self.template_picker.clear()
        for template in sorted(self.reference.templates(), key=_template_order):
            self.template_picker.addItem(localized(template.title, language), template.id)
        index = self.template_picker.findData(current)
        self.template_picker.setCurrentIndex(max(index, 0))
        self.template_picker.blockSignals(False)

    # ------------------------------------------------------------ reading the case

    def runs(self) -> list[Cached]:
        return [
            c
            for c in self.casework.runs(self.case_id)
            if isinstance(c.record, ChecklistRunRecord) and not c.record.deleted
        ]

    def _records_changed(self, cases: frozenset[str] | None) -> None:
        if touches(cases, self.case_id):
            self._reread.request()  # at once if seen, else when next shown

    def refresh(self) -> None:
        """Re-read the case's runs from the cache (after any local or pulled change)."""
        runs = self.runs()
        if self.run_id is None or all(c.id != self.run_id for c in runs):
            self.run_id = runs[-1].id if runs else None
            self.item_id = None
        self._fill_runs(runs)
        shown = next((c for c in runs if c.id == self.run_id), None)
        self._show(shown)
        self.conflicts.refresh()

    def _fill_runs(self, runs: list[Cached]) -> None:
        language = self.language.language()
        entries: list[tuple[str, str]] = []
        for cached in runs:
            record = cached.record
            assert isinstance(record, ChecklistRunRecord)
            template = self.reference.template(record.template_id)
            if template is None:
                text = self.tr("Unknown checklist ({id})").format(id=record.template_id)
            else:
                progress = Run.from_record(record).progress(template)
                title = localized(template.title, language)
                text = f"{title} · {progress.answered}/{progress.total}"
            entries.append((text, cached.id))
        self.run_picker.blockSignals(True)
        shown = [
            (self.run_picker.itemText(n), self.run_picker.itemData(n))
            for n in range(self.run_picker.count())
        ]
        if shown != entries:  # refreshed after every sync: rebuild only on a change
            self.run_picker.clear()
            for text, run_id in entries:
                self.run_picker.addItem(text, run_id)
        self.run_picker.setCurrentIndex(self.run_picker.findData(self.run_id))
        self.run_picker.setVisible(bool(runs))
        self.run_picker.blockSignals(False)

    def _show(self, cached: Cached | None) -> None:
        language = self.language.language()
        record = cached.record if cached is not None else None
        template = None
        run = None
        if isinstance(record, ChecklistRunRecord):
            template = self.reference.template(record.template_id)
            run = Run.from_record(record)
        self._run, self._template = run, template
        self.model.set_run(template, run, language)
        self.tree.expandAll()
        has_run = run is not None and template is not None
        self.empty_label.setVisible(cached is None)
        self.detail.setEnabled(has_run)
        self.tree.setVisible(cached is not None)
        self.progress.setVisible(has_run)
        self.sync_label.setText(_sync_text(cached.sync) if cached is not None else "")
        if run is not None and template is not None:
            progress = run.progress(template)
            self.progress.setRange(0, max(progress.total, 1))
            self.progress.setValue(progress.answered)
            self.progress.setFormat(
                self.tr("{done} of {total} answered").format(
                    done=progress.answered, total=progress.total
                )
            )
            self._announce(progress.answered, progress.total)
            if self.item_id is None:
                ids = self.model.item_ids()
                self.item_id = run.next_item(template) or (ids[0] if ids else None)
            self._show_assessment(template, run, language)
        else:
            self._announce(0, 0)
            self.assessment.hide()
        self._show_item()

    def _announce(self, done: int, total: int) -> None:
        if (done, total) != self._progress:
            self._progress = (done, total)
            self.progress_changed.emit(done, total)

    def _show_assessment(self, template: ChecklistTemplate, run: Run, language: str) -> None:
        if template.kind is not ChecklistKind.INDICATORS:
            self.assessment.hide()
            return
        found = assess_indicators(template, run)
        lines = [localized(rule.text, language) for rule in found.rules]
        if found.minor_in_commercial_sex and not lines:
            lines.append(
                self.tr(
                    "A minor in commercial sex: no force, fraud or coercion is needed."
                    " This is a mandated report: open the reporting guide."
                )
            )
        if lines:
            lines.append(self.tr("Indicators are not proof."))
        self.assessment_text.setText("\n".join(lines))
        self.assessment.setVisible(bool(lines))

    def _show_item(self) -> None:
        template, run = self._template, self._run
        index = self.model.index_of(self.item_id) if self.item_id else QModelIndex()
        row = self.model.row_of(index)
        if row is None or template is None or run is None:
            self.detail.show_row(None, {}, finished=run is not None)
            return
        language = self.language.language()
        labels = {s: localized(t, language) for s, t in template.state_labels.items()}
        self.detail.show_row(row, labels, finished=False)
        selection = self.tree.selectionModel()
        if selection.currentIndex() != index:
            selection.blockSignals(True)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.blockSignals(False)
            self.tree.scrollTo(index)

    # ------------------------------------------------------------ actions

    def start_selected(self) -> str | None:
        """Start a run of the template chosen in the picker; returns its id."""
        template_id = self.template_picker.currentData()
        template = self.reference.template(str(template_id)) if template_id else None
        if template is None:
            return None
        return self.start(template)

    def start(self, template: ChecklistTemplate) -> str:
        run = Run.start(template)
        self.run_id = self.casework.save_run(self.case_id, self.session.id, run)
        self.item_id = None
        log.info("checklist run started (%s)", template.id)
        self.refresh()
        return self.run_id

    def show_run(self, run_id: str) -> None:
        self.run_id = run_id
        self.item_id = None
        self.refresh()

    def show_item(self, item_id: str) -> None:
        """Jump to one item."""
        self.item_id = item_id
        self._show_item()

    def mark(self, state: ItemState) -> None:
        """Mark the item shown; after a first answer, move on to the next unanswered."""
        run, template, item_id = self._run, self._template, self.item_id
        if run is None or template is None or item_id is None or self.run_id is None:
            return
        first_answer = run.item(item_id).state is ItemState.TODO and state is not ItemState.TODO
        try:
            updated = run.with_state(template, item_id, state)
            typed = self.comment.text()
            if typed.strip() != (run.item(item_id).comment or ""):
                updated = updated.with_comment(template, item_id, typed)
        except ChecklistError:
            log.warning("an item could not be marked (%s)", template.id)
            return
        self._save(updated)
        if first_answer:
            self.item_id = updated.next_item(template, after=item_id) or item_id
        self.comment.clear()
        self.refresh()

    def save_comment(self) -> None:
        run, template, item_id = self._run, self._template, self.item_id
        if run is None or template is None or item_id is None:
            return
        try:
            updated = run.with_comment(template, item_id, self.comment.text())
        except ChecklistError:
            return  # the line edit cannot hold more than the limit
        if updated.item(item_id) != run.item(item_id):
            self._save(updated)
            self.comment.clearFocus()
            self.refresh()

    def next_unanswered(self) -> None:
        run, template = self._run, self._template
        if run is None or template is None:
            return
        found = run.next_item(template, after=self.item_id)
        if found is not None:
            self.show_item(found)

    def step(self, delta: int) -> None:
        ids = self.model.item_ids()
        if not ids:
            return
        position = ids.index(self.item_id) if self.item_id in ids else 0
        self.show_item(ids[max(0, min(len(ids) - 1, position + delta))])

    def _save(self, run: Run) -> None:
        assert self.run_id is not None
        self.casework.save_run(self.case_id, self.session.id, run, self.run_id)

    # ------------------------------------------------------------ reactions

    def _run_picked(self, _index: int) -> None:
        run_id = self.run_picker.currentData()
        if run_id and run_id != self.run_id:
            self.show_run(str(run_id))

    def _tree_moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_of(current)
        if row is not None and row.item_id != self.item_id:
            self.show_item(row.item_id)

    def _language_changed(self) -> None:
        self._fill_templates()
        self.refresh()

    def progress_now(self) -> tuple[int, int]:
        return max(self._progress[0], 0), max(self._progress[1], 0)


def _sync_text(sync: RecordSync) -> str:
    return {
        RecordSync.SYNCED: QCoreApplication.translate("ChecklistPanel", "Saved and synced"),
        RecordSync.PENDING: QCoreApplication.translate(
            "ChecklistPanel", "Saved here, waiting to sync"
        ),
        RecordSync.CONFLICT: QCoreApplication.translate(
            "ChecklistPanel", "Changed in two places: choose below"
        ),
        RecordSync.REJECTED: QCoreApplication.translate(
            "ChecklistPanel", "Not accepted by the server: kept here"
        ),
    }[sync]
