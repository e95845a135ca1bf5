"""A short smoke run of the load generator against the real backend.

Not a timed test: it proves the loop is bounded (stops by itself, by time or by
count), that every part of the load happened, and that the numbers are sane.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.backend_load import ADVOCATE_OPS, measure
from benchmarks.child import ChildBackend
from benchmarks.loadgen import LoadSpec, require_loopback, run_load

DEMO_ADVOCATES = ["advocate1", "advocate2", "advocate3"]
DEMO_PASSWORD = "training"


def test_the_benchmark_route_seeds_advocates_and_measures_a_short_run() -> None:
    spec = LoadSpec(
        contacts_per_s=3.0, messages_per_s=25.0, duration_s=2.0, drain_s=0.5, sessions_poll_s=0.5
    )
    begin = time.perf_counter()
    measured = measure(spec, advocates=3, baseline_requests=50)
    result = measured.result
    # Bounded: the run itself lasts about its duration plus the drain.
    assert result.elapsed_s < spec.duration_s + spec.drain_s + 5.0
    assert time.perf_counter() - begin < 90.0
    # Every part of the load happened.
    assert 4 <= result.contacts_started <= math.ceil(spec.duration_s * spec.contacts_per_s) + 1
    assert 0 < result.messages_sent <= math.ceil(spec.duration_s * spec.messages_per_s) + 1
    assert result.accepted >= 1
    assert result.replies >= 1
    assert result.events > 0
    rec = result.recorder
    assert rec.outcomes["login"] == {"ok": 3}
    assert set(rec.outcomes["inbound"]) == {"ok"}, rec.outcomes["inbound"]
    for op in ADVOCATE_OPS:
        assert rec.outcomes[op].get("ok", 0) >= 1, (op, rec.outcomes)
    # Sane numbers: ordered percentiles, positive, and well under a second here.
    for summary in (rec.summary("inbound"), rec.summary(*ADVOCATE_OPS), measured.baseline):
        assert 0 < summary.p50_ms <= summary.p99_ms <= summary.max_ms < 5000
    assert measured.baseline.count == 50


@pytest.fixture
def child_backend(tmp_path: Path) -> Iterator[ChildBackend]:
    # The shared ``backend`` fixture's launcher leaves its stdout pipe to the
    # garbage collector (a ResourceWarning, an error here); this one closes it.
    with ChildBackend(tmp_path / "backend.db") as server:
        yield server


@pytest.mark.asyncio
async def test_the_load_stops_at_its_counts_long_before_its_duration(
    child_backend: ChildBackend,
) -> None:
    spec = LoadSpec(
        contacts_per_s=20.0,
        messages_per_s=50.0,
        duration_s=60.0,
        max_contacts=3,
        max_messages=12,
        drain_s=0.2,
        messages_per_contact=4,
    )
    begin = time.perf_counter()
    result = await run_load(child_backend.url, spec, DEMO_ADVOCATES, DEMO_PASSWORD)
    assert time.perf_counter() - begin < 20.0
    assert result.contacts_started == 3
    assert result.messages_sent <= 12
    # Each contact leaves after four messages: at least one left.
    assert result.contacts_ended >= 1
    assert set(result.recorder.outcomes["inbound"]) == {"ok"}, result.recorder.outcomes


def test_only_loopback_addresses_are_targeted() -> None:
    assert require_loopback("http://127.0.0.1:8000/") == "http://127.0.0.1:8000"
    assert require_loopback("http://[::1]:8000") == "http://[::1]:8000"
    for url in ("http://10.0.0.5:8000", "https://example.org", "http://0.0.0.0:80"):
        with pytest.raises(ValueError, match="loopback"):
            require_loopback(url)
