"""Reconnect back-off: exponential, capped, with full jitter.

The n-th wait (n = 0, 1, 2, ...) is drawn uniformly from ``[0, min(cap, base * 2**n)]``
("full jitter"): many consoles that lost the same server spread their reconnects
instead of arriving together.  A healthy connection calls :meth:`Backoff.reset`.
Pure: the random source is passed in, so tests seed it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

BASE_S = 0.5
CAP_S = 30.0

# Reconnecting to the hotline's own server (the event stream, the sync engine):
# a console must be back within about two seconds of the server returning
# (issue 9), and a few dozen workstations retrying a dead loopback or LAN server
# every second or two is no load at all.  Full jitter still spreads them.
RECONNECT_BASE_S = 0.25
RECONNECT_CAP_S = 2.0


@dataclass
class Backoff:
    base: float = BASE_S
    cap: float = CAP_S
    rng: random.Random = field(default_factory=random.Random, repr=False)
    attempt: int = 0

    def __post_init__(self) -> None:
        if not 0 < self.base <= self.cap:
            raise ValueError("back-off needs 0 < base <= cap")

    def ceiling(self, attempt: int | None = None) -> float:
        """The largest wait of ``attempt`` (default: the next one)."""
        n = self.attempt if attempt is None else attempt
        # 2**n overflows floats past ~1000; the cap is reached long before.
        return self.cap if n >= 64 else min(self.cap, self.base * 2.0**n)

    def next_delay(self) -> float:
        """The wait before the next attempt; counts the attempt."""
        delay = self.rng.uniform(0.0, self.ceiling())
        self.attempt += 1
        return delay

    def reset(self) -> None:
        self.attempt = 0


def reconnect_backoff() -> Backoff:
    return Backoff(RECONNECT_BASE_S, RECONNECT_CAP_S)
