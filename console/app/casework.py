"""Case work kept on the workstation: notes, drafts and their sync.

The screens bind to this QObject: it writes to the encrypted cache (each note a
record plus an outbox mutation in one short transaction), nudges the sync
engine, and tells the screens when a case's records changed, whoever caused it
(this advocate, the server's answer, or a pull of someone else's edit).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from console.domain.checklists import Run
from console.net.client import ApiClient
from console.net.errors import ApiError, Unreachable
from console.net.stream_types import StreamEvent
from console.protocol import (
    CaseRecord,
    Entity,
    EventName,
    NoteKind,
    RecordChanged,
    SafeContactProfile,
    Session,
)
from console.store import Cache
from console.store.conflicts import Conflict, Resolution
from console.store.errors import Unsynced
from console.store.fields import Cached
from console.sync.engine import SyncEngine
from console.sync.state import SyncPhase, SyncProgress

log = logging.getLogger(__name__)


def note_draft_key(case_id: str, session_id: str) -> str:
    """Drafts belong to one case and one session tab: never restored into another case."""
    return f"case:{case_id}:session:{session_id}:note"


def reply_draft_key(session_id: str) -> str:
    return f"session:{session_id}:reply"


CHANGES_COALESCE_MS = 100
CHANGES_COALESCE_MAX_MS = 1000
#: ``records_changed`` with this: any case may have changed
ALL_CASES = None


def touches(cases: frozenset[str] | None, case_id: str) -> bool:
    """Does a ``records_changed`` report concern ``case_id``?"""
    return cases is None or case_id in cases


def _case_of_conflict(conflict: Conflict) -> str:
    record = conflict.server
    return record.id if isinstance(record, CaseRecord) else record.case_id


class Casework(QObject):
    #: cases whose records changed in the cache (a frozenset of ids): their panels re-read
    #: them.  Changes from sync are gathered for ``CHANGES_COALESCE_MS``, so a large
    #: backlog costs each panel one re-read, not one per batch.
    records_changed = Signal(object)
    progress = Signal(object)  # SyncProgress
    pending_changed = Signal(int)

    def __init__(
        self,
        cache: Cache,
        engine: SyncEngine,
        api: ApiClient | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.api = api
        self.engine = engine
        self.state = SyncProgress(SyncPhase.STOPPED, pending=cache.pending_count())
        self._touched: set[str] | None = set()  # None: any case
        self._round_work = 0.0  # seconds the panels took to re-read, this round
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(CHANGES_COALESCE_MS)
        self._coalesce.timeout.connect(self._announce_changes)

    # ------------------------------------------------------------ reading

    def notes(self, case_id: str) -> list[Cached]:
        return self.cache.notes_for_case(case_id)

    def history(self, case_id: str) -> list[Session]:
        """The case's sessions known here (cached: shown with no network)."""
        return sorted(self.cache.sessions_for_case(case_id), key=lambda s: s.queued_at)

    async def refresh_history(self, case_id: str) -> None:
        """Fetch the case's earlier contacts and cache them; quiet when offline."""
        if self.api is None:
            return
        try:
            detail = await self.api.case(case_id)
        except (Unreachable, ApiError) as error:
            log.info("Case history not refreshed: %s", type(error).__name__)
            return
        for session in detail.sessions:
            self.cache.save_session(session)
        self.records_changed.emit(frozenset({case_id}))

    def pending(self) -> int:
        return self.state.pending

    def runs(self, case_id: str) -> list[Cached]:
        """The case's checklist runs, oldest first."""
        return self.cache.checklist_runs_for_case(case_id)

    def case(self, case_id: str) -> CaseRecord | None:
        """The case as cached here (None until the sync engine has pulled it)."""
        found = self.cache.record(Entity.CASE, case_id)
        record = None if found is None else found.record
        return record if isinstance(record, CaseRecord) else None

    def safe_contact(self, case_id: str) -> SafeContactProfile | None:
        case = self.case(case_id)
        return None if case is None else case.safe_contact

    # ------------------------------------------------------------ writing

    def add_note(
        self, case_id: str, session_id: str | None, body: str, kind: NoteKind = NoteKind.NOTE
    ) -> str:
        note_id = self.cache.save_note(case_id, body, kind=kind, session_id=session_id)
        self._changed_locally(case_id)
        return note_id

    def keep_unsent(
        self, case_id: str, session_id: str, *, reply: str = "", note: str = ""
    ) -> list[str]:
        """A session left this console: what was typed in its tab becomes notes on the case.

        The unsent reply and the unsaved note are each saved as a note (said so in
        its first line), then their drafts are cleared; a failed write keeps the
        draft.  Returns the new notes' ids.
        """
        kept: list[str] = []
        for typed, heading, key in (
            (
                reply,
                QCoreApplication.translate(
                    "Casework", "Reply typed but not sent before the session left this console:"
                ),
                reply_draft_key(session_id),
            ),
            (
                note,
                QCoreApplication.translate(
                    "Casework", "Note written but not saved before the session left this console:"
                ),
                note_draft_key(case_id, session_id),
            ),
        ):
            text = typed.strip() or (self.cache.draft(key) or "").strip()
            if text:
                kept.append(self.add_note(case_id, session_id, f"{heading}\n{text}"))
                log.info("Unsent text of a departed session kept as a note")
            self.cache.clear_draft(key)
        return kept

    def edit_note(self, case_id: str, note_id: str, body: str) -> None:
        self.cache.save_note(case_id, body, note_id=note_id)
        self._changed_locally(case_id)

    def pull_soon(self) -> None:
        """A tab of a case opened here: pull now, so a case just moved to this advocate
        (with its notes and runs) arrives without waiting for the next poll."""
        self.engine.nudge()

    def save_run(
        self, case_id: str, session_id: str | None, run: Run, run_id: str | None = None
    ) -> str:
        """Create or update a checklist run (its whole content); returns its id."""
        run_id = self.cache.save_checklist_run(
            case_id,
            run.template_id,
            run.template_version,
            run.fields()["items"],
            run_id=run_id,
            session_id=session_id,
        )
        self._changed_locally(case_id)
        return run_id

    def save_safe_contact(self, case_id: str, profile: SafeContactProfile) -> None:
        """Store the case's safe-contact profile (synced as a case edit).

        Raises ``UnknownRecordError`` while the case has not reached this computer.
        """
        self.cache.save_safe_contact(case_id, profile)
        self._changed_locally(case_id)

    def record_conflicts(self, case_id: str, entity: Entity) -> list[Conflict]:
        """The case's open conflicts about one kind of record (runs, the case itself)."""
        return [c for c in self.cache.conflicts(case_id) if c.entity is entity]

    def resolve_record(
        self,
        conflict: Conflict,
        resolution: Resolution,
        fields: Mapping[str, Any] | None = None,
    ) -> None:
        """Settle a conflict about any record (a merge gives its whole content)."""
        self.cache.resolve_conflict(conflict.entity, conflict.id, resolution, fields)
        self._changed_locally(_case_of_conflict(conflict))

    def _changed_locally(self, case_id: str | None) -> None:
        self.engine.nudge()
        self.records_changed.emit(frozenset({case_id}) if case_id else ALL_CASES)
        self.pending_changed.emit(self.cache.pending_count())

    def conflicts(self, case_id: str) -> list[Conflict]:
        return self.cache.conflicts(case_id)

    def resolve(
        self, conflict: Conflict, resolution: Resolution, fields: dict[str, str] | None = None
    ) -> None:
        """Settle a conflict the advocate's way; the result syncs like any edit."""
        self.cache.resolve_conflict(conflict.entity, conflict.id, resolution, fields)
        self._changed_locally(_case_of_conflict(conflict))

    # ------------------------------------------------------------ drafts (hot path)

    def save_draft(self, key: str, text: str) -> None:
        if text:
            self.cache.save_draft(key, text)
        else:
            self.cache.clear_draft(key)

    def draft(self, key: str) -> str | None:
        return self.cache.draft(key)

    def clear_draft(self, key: str) -> None:
        self.cache.clear_draft(key)

    # ------------------------------------------------------------ sync

    def sync_state(self, progress: SyncProgress) -> None:
        """The engine's callback: refresh panels after each answered or pulled batch."""
        before = self.state
        self.state = progress
        self.progress.emit(progress)
        if progress.pending != before.pending:
            self.pending_changed.emit(progress.pending)
        if progress.cases is None:
            self._touched = None
        elif progress.cases and self._touched is not None:
            self._touched |= progress.cases
        else:
            return
        if not self._coalesce.isActive():
            self._coalesce.start()

    def _announce_changes(self) -> None:
        """Tell the panels, one case per turn of the event loop (the screens draw in
        between); the next gathering waits a few times as long as this round took,
        so re-reading never takes more than a fraction of the loop's time."""
        if self.cache.closed:
            self._touched = set()
            return  # signed out or shutting down: nothing to re-read
        started = time.perf_counter()
        if self._touched is None:
            self._touched = set()
            self.records_changed.emit(ALL_CASES)
        elif self._touched:
            self.records_changed.emit(frozenset({self._touched.pop()}))
        self._round_work += time.perf_counter() - started
        if self._touched:
            QTimer.singleShot(0, self._announce_changes)
            return
        work_ms = self._round_work * 1000
        self._round_work = 0.0
        self._coalesce.setInterval(
            int(min(CHANGES_COALESCE_MAX_MS, max(CHANGES_COALESCE_MS, work_ms * 4)))
        )

    def handle_event(self, event: StreamEvent) -> None:
        if event.name is EventName.RECORD_CHANGED:
            assert isinstance(event.data, RecordChanged)
            if event.data.entity in (Entity.CASE, Entity.NOTE, Entity.CHECKLIST_RUN):
                self.engine.changed_elsewhere()

    def reconnected(self) -> None:
        self.engine.reconnected()


class SignOutRefusal(QObject):
    """The words of :func:`describe_unsynced` (a QObject so lupdate sees the plural forms)."""

    def describe(self, summary: Unsynced) -> str | None:
        parts: list[str] = []
        changes = max(sum(summary.records.values()), summary.outbox)
        conflicts, rejected = summary.conflicts, summary.rejected
        replies, drafts = summary.replies, summary.drafts
        if changes:
            parts.append(self.tr("%n change(s) not synced yet", "", changes))
        if conflicts:
            parts.append(self.tr("%n conflict(s) to resolve", "", conflicts))
        if rejected:
            parts.append(self.tr("%n change(s) the server refused", "", rejected))
        if replies:
            parts.append(self.tr("%n reply(s) waiting to be sent", "", replies))
        if drafts:
            parts.append(self.tr("%n draft(s) not saved as notes", "", drafts))
        if not parts:
            return None
        return self.tr(
            "Not signed out: {what}. Nothing was deleted. Let the console reconnect and sync,"
            " save or clear the drafts, then sign out again."
        ).format(what="; ".join(parts))


def describe_unsynced(summary: Unsynced) -> str | None:
    """Why signing out would lose work, in words; None when nothing would be lost."""
    return SignOutRefusal().describe(summary)
