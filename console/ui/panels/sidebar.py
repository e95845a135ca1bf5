"""The case side of a session tab: Notes | Checklists | Report | Referrals.

One widget the session tab puts where the notes panel was.  The checklist
tab's title shows the progress of the run shown ("Checklists 3/10").
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from console.app.casework import Casework
from console.app.reference import Reference
from console.app.tasks import TaskOwner
from console.protocol import Session

from .checklist_panel import ChecklistPanel
from .referral_panel import ReferralPanel
from .reporting_dialog import ReportingPanel


class CaseSidebar(QTabWidget):
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
        self.notes = notes
        self.checklists = ChecklistPanel(casework, reference, session, self)
        self.reporting = ReportingPanel(casework, session, self)
        self.referrals = ReferralPanel(casework, reference, session, tasks, self)
        self.addTab(notes, self.tr("Notes"))
        self.addTab(self.checklists, self.tr("Checklists"))
        self.addTab(self.reporting, self.tr("Report"))
        self.addTab(self.referrals, self.tr("Referrals"))
        self.checklists.progress_changed.connect(self._progress)
        self._progress(*self.checklists.progress_now())

    def _progress(self, done: int, total: int) -> None:
        index = self.indexOf(self.checklists)
        if total:
            self.setTabText(
                index, self.tr("Checklists {done}/{total}").format(done=done, total=total)
            )
        else:
            self.setTabText(index, self.tr("Checklists"))
