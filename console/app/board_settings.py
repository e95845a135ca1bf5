"""What the hotline sets for the lead's board: wait thresholds and chart sampling.

One typed declaration with defaults; values are checked when made, so a bad
setting fails at start-up, not in the middle of a shift.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

__all__ = ["BoardSettings", "WaitLevel"]


class WaitLevel(IntEnum):
    """How long a contact has waited, against the hotline's thresholds."""

    FRESH = 0  # under the first threshold
    WAITING = 1  # past the first (default 30 s)
    LONG = 2  # past the second (default 2 min)
    VERY_LONG = 3  # past the third (default 5 min)


@dataclass(frozen=True, slots=True)
class BoardSettings:
    #: seconds after which a waiting contact is shown as waiting, long, very long
    wait_thresholds_s: tuple[float, float, float] = (30.0, 120.0, 300.0)
    #: seconds between two samples of the shift charts
    sample_interval_s: float = 5.0
    #: samples kept for the charts (a ring buffer: 720 at 5 s is one hour)
    history_samples: int = 720
    #: milliseconds between two refreshes of the live times in the tables
    tick_ms: int = 1000

    def __post_init__(self) -> None:
        first, second, third = self.wait_thresholds_s
        if not 0 < first < second < third:
            raise ValueError("wait thresholds must be positive and increasing")
        if self.sample_interval_s <= 0:
            raise ValueError("sample_interval_s must be positive")
        if self.history_samples < 2:
            raise ValueError("history_samples must be at least 2")
        if self.tick_ms < 50:
            raise ValueError("tick_ms must be at least 50")

    def wait_level(self, seconds: float) -> WaitLevel:
        level = WaitLevel.FRESH
        for threshold, reached in zip(
            self.wait_thresholds_s,
            (WaitLevel.WAITING, WaitLevel.LONG, WaitLevel.VERY_LONG),
            strict=True,
        ):
            if seconds >= threshold:
                level = reached
        return level
