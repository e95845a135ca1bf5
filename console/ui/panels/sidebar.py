"""The case side of a session tab: Notes | Checklists | Report | Referrals.

One widget the session tab puts where the notes panel was.  The checklist
tab's title shows the progress of the run shown ("Checklists 3/10").  The
reporting guide and the referral search are built the first time they are
shown (or asked for): fifty open tabs should not each hold two panels nobody
opened.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from console.app.casework import Casework
from console.app.reference import Reference
from console.app.tasks import TaskOwner
from console.protocol import Session

from .checklist_panel import ChecklistPanel
from .referral_panel import ReferralPanel
from .reporting_dialog import ReportingPanel


class CaseSidebar(QTabWidget):
    #: text the referral search offers for the reply box (forwarded once it is built)
    insert_requested = Signal(str)

    def __init__(
        self,
        notes: QWidget,
        casework: Casework,
        reference: Reference,
        session: Session,
        tasks: TaskOwner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Case work"))
        self.setDocumentMode(True)
        self.tabBar().setAccessibleName(self.tr("Parts of the case work"))
        self.notes = notes
        self._casework, self._reference, self._session, self._tasks = (
            casework,
            reference,
            session,
            tasks,
        )
        self.checklists = ChecklistPanel(casework, reference, session, self)
        self._reporting: ReportingPanel | None = None
        self._referrals: ReferralPanel | None = None
        self.addTab(notes, self.tr("Notes"))
        self.addTab(self.checklists, self.tr("Checklists"))
        self._report_index = self.addTab(QWidget(self), self.tr("Report"))
        self._referrals_index = self.addTab(QWidget(self), self.tr("Referrals"))
        self.checklists.progress_changed.connect(self._progress)
        self._progress(*self.checklists.progress_now())
        self.currentChanged.connect(self._build_shown)

    @property
    def reporting(self) -> ReportingPanel:
        if self._reporting is None:
            self._reporting = ReportingPanel(self._casework, self._session, self)
            self._replace(self._report_index, self._reporting)
        return self._reporting

    @property
    def referrals(self) -> ReferralPanel:
        if self._referrals is None:
            panel = ReferralPanel(self._casework, self._reference, self._session, self._tasks, self)
            panel.insert_requested.connect(self.insert_requested)
            self._referrals = panel
            self._replace(self._referrals_index, panel)
        return self._referrals

    def _replace(self, index: int, panel: QWidget) -> None:
        """Put the built panel where its placeholder was (the current tab stays)."""
        current = self.currentIndex()
        placeholder = self.widget(index)
        text = self.tabText(index)
        self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, panel, text)
        self.setCurrentIndex(current)
        self.blockSignals(False)
        if placeholder is not None:
            placeholder.deleteLater()

    def _build_shown(self, index: int) -> None:
        if index == self._report_index:
            _ = self.reporting
        elif index == self._referrals_index:
            _ = self.referrals

    def _progress(self, done: int, total: int) -> None:
        index = self.indexOf(self.checklists)
        if total:
            self.setTabText(
                index, self.tr("Checklists {done}/{total}").format(done=done, total=total)
            )
        else:
            self.setTabText(index, self.tr("Checklists"))
