"""Latency samples and their summaries (p50, p99, max), shared by the benchmarks."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile of already sorted values (0 < fraction <= 1)."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


@dataclass(frozen=True, slots=True)
class Summary:
    count: int
    p50_ms: float
    p99_ms: float
    max_ms: float

    @classmethod
    def of(cls, samples_ms: Sequence[float]) -> Summary:
        ordered = sorted(samples_ms)
        return cls(
            count=len(ordered),
            p50_ms=percentile(ordered, 0.50),
            p99_ms=percentile(ordered, 0.99),
            max_ms=ordered[-1] if ordered else math.nan,
        )

    def line(self, label: str) -> str:
        return (
            f"{label:<22} n={self.count:<6} p50={self.p50_ms:7.2f} ms  "
            f"p99={self.p99_ms:7.2f} ms  max={self.max_ms:7.2f} ms"
        )


class Recorder:
    """Latency samples per operation name, in milliseconds, plus outcome counts."""

    def __init__(self) -> None:
        self.samples: dict[str, list[float]] = {}
        self.outcomes: dict[str, dict[str, int]] = {}

    def add(self, op: str, elapsed_s: float, outcome: str = "ok") -> None:
        self.samples.setdefault(op, []).append(elapsed_s * 1000.0)
        counts = self.outcomes.setdefault(op, {})
        counts[outcome] = counts.get(outcome, 0) + 1

    def count(self, op: str, outcome: str) -> None:
        counts = self.outcomes.setdefault(op, {})
        counts[outcome] = counts.get(outcome, 0) + 1

    @contextmanager
    def timed(self, op: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.add(op, time.perf_counter() - start)

    def summary(self, *ops: str) -> Summary:
        """One summary over the named operations (all of them when none is named)."""
        names = ops or tuple(self.samples)
        merged = [value for name in names for value in self.samples.get(name, [])]
        return Summary.of(merged)

    def merge(self, other: Recorder) -> None:
        for op, values in other.samples.items():
            self.samples.setdefault(op, []).extend(values)
        for op, counts in other.outcomes.items():
            mine = self.outcomes.setdefault(op, {})
            for outcome, n in counts.items():
                mine[outcome] = mine.get(outcome, 0) + n
