"""The benchmark harness: percentiles, targets, the table and the report files."""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path

from benchmarks.harness import Figure, Report, Target, discover, markdown, table, write
from benchmarks.stats import Recorder, Summary, percentile


def test_percentiles_and_the_report_files(tmp_path: Path) -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert math.isnan(Summary.of([]).p99_ms)
    report = Report(
        "demo",
        "Demo",
        [
            Figure("p99", 12.0, "ms", Target("<=", 50.0)),
            Figure("rate", 150.0, "msg/s", Target(">=", 200.0)),
            Figure("ratio", 2.5, "x"),
        ],
        "measured by hand",
    )
    assert [f.met for f in report.figures] == [True, False, None]
    text = table([report])
    assert "p99" in text
    assert "NO" in text
    json_path, md_path = tmp_path / "results.json", tmp_path / "performance.md"
    write([report], json_path=json_path, md_path=md_path)
    rows = json.loads(json_path.read_text())
    assert rows[0] == {"figure": "p99", "value": 12.0, "unit": "ms", "target": "<= 50", "met": True}
    assert rows[2]["target"] is None
    assert rows[2]["met"] is None
    assert "| p99 | 12 | ms | <= 50 | yes |" in md_path.read_text()
    assert "measured by hand" in markdown([report], datetime(2025, 1, 1))


def test_benchmarks_are_discovered_by_their_module_attribute() -> None:
    names = [bench.name for bench in discover()]
    assert "backend_load" in names
    assert [b.name for b in discover(["backend_load"])] == ["backend_load"]


def test_the_recorder_pools_operations_and_counts_outcomes() -> None:
    recorder = Recorder()
    recorder.add("accept", 0.002)
    recorder.add("send", 0.004, "409")
    recorder.count("send", "WireError")
    assert recorder.summary("accept", "send").count == 2
    assert recorder.summary().max_ms == 4.0
    assert recorder.outcomes == {"accept": {"ok": 1}, "send": {"409": 1, "WireError": 1}}
