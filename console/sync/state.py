"""What the sync engine tells the UI: its phase and the progress of a drain."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SyncPhase(StrEnum):
    IDLE = "idle"  # everything sent and pulled; waiting for a change
    SENDING = "sending"  # draining the outbox
    PULLING = "pulling"  # fetching the server's changes
    OFFLINE = "offline"  # the server is unreachable (or failing); retrying after a pause
    FAILING = "failing"  # the cache failed (disk full, locked...); retrying after a pause
    SIGNED_OUT = "signed_out"  # the server ended the session: stopped until the next sign-in
    STOPPED = "stopped"


@dataclass(frozen=True)
class SyncProgress:
    """One report to ``on_state``; ``pending`` is what still waits for the server."""

    phase: SyncPhase
    pending: int = 0  # mutations (and deferred edits) not yet answered
    sent: int = 0  # answered so far in this drain
    total: int = 0  # sent + pending, for a progress bar over a large backlog
    conflicts: int = 0  # conflicts found in this drain
    rejected: int = 0  # edits the server refused in this drain
    retry_in: float | None = None  # seconds until the next attempt (offline, failing)
    error: str | None = None  # what failed (an error class or a cache error code)
    #: the cases whose records this report's batch or page changed in the cache
    #: (None: some case this report cannot name, e.g. a delete refused)
    cases: frozenset[str] | None = field(default=frozenset())

    @property
    def fraction(self) -> float:
        """0..1 of the drain done (1 when there was nothing to send)."""
        return 1.0 if self.total <= 0 else min(1.0, self.sent / self.total)
