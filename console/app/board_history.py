"""The shift over time, for the board's charts: sampled every few seconds, bounded.

Each :class:`Sample` holds, per channel, how many contacts wait and how long
the longest of them has waited, and how many advocates are available.  The
samples live in a ring buffer (``collections.deque`` with ``maxlen``), so a
board left open for a week holds the same number of points as after an hour.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from console.protocol import Channel, Presence, Role

from .board_state import BoardState

__all__ = ["Sample", "ShiftHistory"]


@dataclass(frozen=True, slots=True)
class Sample:
    at: datetime  # the server's time of the sample (UTC)
    waiting: dict[Channel, int]
    longest_wait_s: dict[Channel, float]
    available: int

    def total_waiting(self) -> int:
        return sum(self.waiting.values())


def take_sample(state: BoardState) -> Sample:
    waiting = dict.fromkeys(Channel, 0)
    longest = dict.fromkeys(Channel, 0.0)
    for entry in state.queue.values():
        waiting[entry.channel] += 1
        waited = state.clock.seconds_since(entry.queued_at) or 0.0
        longest[entry.channel] = max(longest[entry.channel], waited)
    available = sum(
        1
        for person in state.roster.values()
        if person.role is Role.ADVOCATE and person.presence is Presence.AVAILABLE
    )
    return Sample(state.clock.now(), waiting, longest, available)


class ShiftHistory(QObject):
    """Samples the state on a timer into a bounded buffer; ``sampled`` after each."""

    sampled = Signal(object)  # Sample

    def __init__(
        self,
        state: BoardState,
        *,
        interval_s: float,
        capacity: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.samples: deque[Sample] = deque(maxlen=capacity)
        self.taken = 0  # samples taken in all (the buffer keeps the last ``capacity``)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer)
        self.set_interval(interval_s)

    def __repr__(self) -> str:
        return f"<ShiftHistory {len(self.samples)}/{self.capacity} taken={self.taken}>"

    @property
    def capacity(self) -> int:
        assert self.samples.maxlen is not None
        return self.samples.maxlen

    @property
    def interval_s(self) -> float:
        return self._timer.interval() / 1000.0

    def set_interval(self, seconds: float) -> None:
        self._timer.setInterval(max(50, round(seconds * 1000)))

    def set_capacity(self, capacity: int) -> None:
        """Keep at most ``capacity`` samples (the newest)."""
        self.samples = deque(self.samples, maxlen=max(2, capacity))

    def start(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_running(self) -> bool:
        return self._timer.isActive()

    def _on_timer(self) -> None:
        if self.state.loaded:  # before the first load the board knows nothing: no false zeros
            self.sample()

    def sample(self) -> Sample:
        sample = take_sample(self.state)
        self.samples.append(sample)
        self.taken += 1
        self.sampled.emit(sample)
        return sample
