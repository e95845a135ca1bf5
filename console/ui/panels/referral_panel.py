"""Referral search beside the conversation, from the directory kept on this computer.

Search by words, service, language and region; each result shows the
organization, phones, languages, accessibility and hours.  The search runs on
the cached directory (:class:`~console.app.reference.Reference`), so it works
offline; before the directory was ever downloaded it asks the server.
"Add to case" writes a note of kind ``referral``; "Send to contact" puts a
short referral in the contact's language into the reply box, where only the
advocate's Enter sends it (:attr:`ReferralPanel.insert_requested`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.app.casework import Casework
from console.app.reference import Reference
from console.app.referrals import ReferralModel, detail_text, note_text, share_text
from console.app.tasks import TaskOwner
from console.net.errors import NetError
from console.protocol import Channel, NoteKind, ReferralService, Session

from ._common import muted, plural

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 250
RESULTS = 50


class ReferralPanel(QWidget):
    """Search the referral directory and refer (module doc)."""

    #: a short referral for the reply box (never sent by the panel)
    insert_requested = Signal(str)
    #: a search finished (for tests and screen readers): the number of results
    searched = Signal(int)

    def __init__(
        self,
        casework: Casework,
        reference: Reference,
        session: Session,
        tasks: TaskOwner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if session.case_id is None:
            raise ValueError("a referral panel needs a session with a case")
        self.casework = casework
        self.reference = reference
        self.session = session
        self.case_id = session.case_id
        self.tasks = tasks
        self.setAccessibleName(self.tr("Referrals"))

        self.words = QLineEdit(self)
        self.words.setPlaceholderText(self.tr("Words: shelter, legal, counselling…"))
        self.words.setAccessibleName(self.tr("Search words"))
        self.words.setClearButtonEnabled(True)
        self.service = QComboBox(self)
        self.service.setEditable(True)
        self.service.setAccessibleName(self.tr("Service type"))
        self.language = QComboBox(self)
        self.language.setEditable(True)
        self.language.setAccessibleName(self.tr("Language the service speaks"))
        for text, code in (
            (self.tr("Any language"), ""),
            (self.tr("English"), "en"),
            (self.tr("Spanish"), "es"),
            (self.tr("Vietnamese"), "vi"),
            (self.tr("Chinese"), "zh"),
            (self.tr("Korean"), "ko"),
            (self.tr("Tagalog"), "tl"),
            (self.tr("Arabic"), "ar"),
            (self.tr("French"), "fr"),
            (self.tr("Haitian Creole"), "ht"),
            (self.tr("American Sign Language"), "ase"),
        ):
            self.language.addItem(text, code)
        primary = session.language.split("-", 1)[0].lower()
        if primary != "en":
            self.language.setCurrentIndex(max(self.language.findData(primary), 0))
        self.region = QLineEdit(self)
        self.region.setPlaceholderText(self.tr("City, county, state or ZIP"))
        self.region.setAccessibleName(self.tr("Region"))
        self.region.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setAccessibleName(self.tr("Search the directory"))
        self.update_button = QPushButton(self.tr("Update directory"), self)
        self.update_button.setAccessibleName(self.tr("Download the directory again"))
        self.status = muted(name=self.tr("Directory state"))

        self.model = ReferralModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        self.results.setAccessibleName(self.tr("Services found"))
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The service chosen"))
        self.add_button = QPushButton(self.tr("Add to case"), self)
        self.add_button.setAccessibleName(self.tr("Add this referral to the case notes"))
        self.send_button = QPushButton(self.tr("Send to contact…"), self)
        self.send_button.setAccessibleName(
            self.tr("Put this referral into the reply box (Enter sends it)")
        )
        self.send_button.setVisible(session.channel is not Channel.CALL)
        self.added = muted(name=self.tr("Referral state"))

        filters = QGridLayout()
        filters.addWidget(self.words, 0, 0, 1, 2)
        filters.addWidget(self.service, 1, 0)
        filters.addWidget(self.language, 1, 1)
        filters.addWidget(self.region, 2, 0)
        filters.addWidget(self.search_button, 2, 1)
        state = QHBoxLayout()
        state.addWidget(self.status, 1)
        state.addWidget(self.update_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.results)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.added, 1)
        actions.addWidget(self.add_button)
        actions.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(state)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search)
        self.words.textChanged.connect(lambda _t: self._debounce.start())
        self.region.textChanged.connect(lambda _t: self._debounce.start())
        self.words.returnPressed.connect(self.search)
        self.region.returnPressed.connect(self.search)
        self.service.currentTextChanged.connect(lambda _t: self._debounce.start())
        self.language.currentTextChanged.connect(lambda _t: self._debounce.start())
        self.search_button.clicked.connect(self.search)
        self.update_button.clicked.connect(lambda: reference.start(tasks))
        self.results.selectionModel().currentRowChanged.connect(self._picked)
        self.add_button.clicked.connect(self.add_to_case)
        self.send_button.clicked.connect(self.send_to_contact)
        reference.directory_changed.connect(self._directory_changed)
        reference.status_changed.connect(self._show_status)
        self._fill_services()
        self._show_status()
        self._picked(QModelIndex(), QModelIndex())

    # ------------------------------------------------------------ filters

    def filters(self) -> dict[str, str]:
        language = self.language.currentData()
        typed = self.language.currentText().strip()
        if language is None or self.language.itemText(self.language.currentIndex()) != typed:
            language = typed  # typed by hand: a code or a name
        service = self.service.currentText().strip()
        if service == self.tr("Any service"):
            service = ""
        return {
            "q": self.words.text().strip(),
            "service": service,
            "language": str(language or ""),
            "region": self.region.text().strip(),
        }

    def _fill_services(self) -> None:
        current = self.service.currentText()
        self.service.blockSignals(True)
        self.service.clear()
        self.service.addItem(self.tr("Any service"))
        for name in self.reference.service_types():
            self.service.addItem(name)
        if current and current != self.tr("Any service"):
            self.service.setCurrentText(current)
        self.service.blockSignals(False)

    # ------------------------------------------------------------ searching

    def search(self) -> None:
        """Search the directory with the filters shown (cached copy, else the server)."""
        self._debounce.stop()
        filters = self.filters()
        if self.reference.directory_fetched_at() is None:
            self.tasks.start(self._search_remote(filters), key="referral-search")
            return
        found = self.reference.search(limit=RESULTS, **filters)
        self._show_results(found)

    async def _search_remote(self, filters: dict[str, str]) -> None:
        self.status.setText(self.tr("Searching the server…"))
        try:
            found = await self.reference.search_remote(**filters)
        except NetError:
            self.status.setText(
                self.tr(
                    "The directory has not been downloaded to this computer yet, and the"
                    " server cannot be reached."
                )
            )
            self._show_results([])
            return
        self._show_results(found[:RESULTS])
        self._show_status()

    def _show_results(self, found: list[ReferralService]) -> None:
        self.model.set_services(found)
        if found:
            self.results.setCurrentIndex(self.model.index(0))
        else:
            self._picked(QModelIndex(), QModelIndex())
        self.results.setAccessibleDescription(
            plural(self.tr("%n service(s) found", "", len(found)), len(found))
        )
        self.searched.emit(len(found))

    def _directory_changed(self) -> None:
        self._fill_services()
        self._show_status()
        self.search()

    def _show_status(self) -> None:
        when = self.reference.directory_fetched_at()
        if self.reference.fetching:
            text = self.tr("Updating the directory…")
        elif when is None:
            text = self.tr("The directory is not on this computer yet: searching the server.")
        else:
            stamp = when.astimezone().strftime("%Y-%m-%d %H:%M")
            count = self.reference.directory_size()
            text = self.tr("{count} services on this computer, updated {when}.").format(
                count=count, when=stamp
            )
            if self.reference.offline:
                text = self.tr("Offline: ") + text
        self.status.setText(text)
        self.update_button.setEnabled(not self.reference.fetching)

    # ------------------------------------------------------------ the service chosen

    def current(self) -> ReferralService | None:
        index = self.results.currentIndex()
        return self.model.service_at(index.row()) if index.isValid() else None

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        service = self.model.service_at(current.row()) if current.isValid() else None
        self.detail.setPlainText(detail_text(service) if service else "")
        self.add_button.setEnabled(service is not None)
        self.send_button.setEnabled(service is not None)
        self.added.setText("")

    def add_to_case(self) -> str | None:
        """Record the referral as a note of kind ``referral``; returns the note's id."""
        service = self.current()
        if service is None:
            return None
        note_id = self.casework.add_note(
            self.case_id, self.session.id, note_text(service), NoteKind.REFERRAL
        )
        self.added.setText(self.tr("Added to the case notes."))
        return note_id

    def send_to_contact(self) -> str | None:
        """Put the short referral into the reply box; returns the text."""
        service = self.current()
        if service is None or self.session.channel is Channel.CALL:
            return None
        text = share_text(service, self.session.language)
        self.insert_requested.emit(text)
        self.added.setText(self.tr("In the reply box: press Enter to send it."))
        return text
