"""Each console benchmark runs end to end in a tiny configuration (seconds, not minutes).

They prove the benches work (processes start, talk and stop; every figure has a
number); they never assert a timing target.
"""

from __future__ import annotations

import math

import pytest

from benchmarks import bench_console, bench_memory, bench_outage, bench_startup, bench_transcript
from benchmarks.harness import Benchmark, Options


def _run(bench: Benchmark) -> dict[str, float]:
    report = bench.run(Options(quick=True))
    assert report.method
    assert all(f.target is None for f in report.figures)  # a quick run is no measurement
    return {f.figure: f.value for f in report.figures}


@pytest.mark.timeout(180)
def test_console_bench_measures_stalls_and_latency() -> None:
    values = _run(bench_console.BENCHMARK)
    longest = next(v for k, v in values.items() if k.startswith("longest event-loop stall"))
    assert longest >= 0
    assert values["stamped messages seen in a transcript / sent"] > 0.9  # every tab got its rows
    assert not math.isnan(values["inbound message to its transcript p50"])


@pytest.mark.timeout(180)
def test_memory_bench_reads_the_console_resident_memory() -> None:
    values = _run(bench_memory.BENCHMARK)
    assert values["baseline: resident memory signed in, no tab"] > 10
    assert values["resident memory, 3 tabs of 20 messages"] > 10


@pytest.mark.timeout(180)
def test_outage_bench_sees_the_console_back_in_sync() -> None:
    values = _run(bench_outage.BENCHMARK)
    back = next(v for k, v in values.items() if k.startswith("back in sync"))
    assert back >= 0


@pytest.mark.timeout(180)
def test_startup_bench_times_both_windows() -> None:
    values = _run(bench_startup.BENCHMARK)
    assert values["baseline: bare PySide6 window (median)"] > 0
    assert values["console: spawn to usable main window (median)"] > 0


@pytest.mark.timeout(180)
def test_transcript_bench_opens_and_paints() -> None:
    values = _run(bench_transcript.BENCHMARK)
    assert all(not math.isnan(v) for v in values.values())
