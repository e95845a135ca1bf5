"""The console under a full shift: event-loop stalls and inbound-to-transcript latency.

One console process (:mod:`benchmarks.console_proc`, the real runtime and main
window, offscreen) is signed in as an advocate against the reference backend
(a child process).  The bench opens 20 contacts through the inbound door; the
console accepts each offer, so 20 tabs are open.  Then, for the measured
window, the load generator sends 200 contact messages a second to those
contacts (open loop, each body stamped with its send time) while the same
advocate's other workstation writes 5,000 notes to their cases through
``POST /sync`` (10 batches of 500, spread over the first 60 % of the window),
which the console pulls (``record.changed`` -> the sync engine).

In the console process: the product's stall monitor (a 5 ms timer on the UI
thread; how late each beat ran) and, for each stamped message, the time from
the gateway's POST to its row being in the tab's transcript model.  Baseline in
the same run: the same console with the same 20 tabs, idle, for a few seconds.

Run alone: ``python -m benchmarks --only console``.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.console_driver import ConsoleProcess
from benchmarks.harness import Check, Figure, Options, Report, Target
from benchmarks.loadgen import InboundDriver
from benchmarks.scenario import OtherWorkstation, bench_backend, gateway_pool, live_spec
from benchmarks.stats import Recorder, Summary

STALL_MAX_MS = 50.0
STALL_P99_MS = 16.0
LATENCY_P99_MS = 50.0


@dataclass(frozen=True, slots=True)
class Config:
    tabs: int = 20
    messages_per_s: float = 200.0
    duration_s: float = 20.0
    notes: int = 5000
    idle_s: float = 4.0
    profile: Path | None = None  # cProfile stats of the console process, for finding causes

    @classmethod
    def quick(cls) -> Config:
        return cls(tabs=3, messages_per_s=20.0, duration_s=2.0, notes=100, idle_s=1.0)


@dataclass(slots=True)
class Measured:
    config: Config
    idle_beats: list[float]
    beats: list[float]
    stalls: list[dict[str, Any]]
    latencies: list[float]
    sent: int
    dropped: int
    inbound: Summary
    notes_pulled: int
    notes_s: float
    sync_posts: list[float] = field(default_factory=list)
    rss_kb: int = 0


async def _drive(url: str, folder: Path, config: Config) -> Measured:
    spec = live_spec(config.tabs, config.messages_per_s, config.duration_s)
    recorder = Recorder()
    pool = gateway_pool(url, spec)
    other = OtherWorkstation(url)
    try:
        async with ConsoleProcess(url, folder / "console", profile=config.profile) as console:
            driver = InboundDriver(pool, spec, recorder)
            opened = await driver.open_contacts(config.tabs)
            if opened != config.tabs:
                raise RuntimeError(f"only {opened} of {config.tabs} contacts started")
            status = await console.request("wait_tabs", count=config.tabs, rows=1, timeout=90)
            case_ids = [c for c in status["case_ids"] if c]
            await other.sign_in()
            await console.request("probe_start")
            await asyncio.sleep(config.idle_s)
            idle = await console.request("probe_stop")
            notes_before = int((await console.request("status"))["notes"])
            await console.request("probe_start")
            begin = time.monotonic()
            notes = asyncio.ensure_future(
                other.write_spread(case_ids, config.notes, 0.6 * config.duration_s)
            )
            await driver.run()
            await notes
            expected = notes_before + config.notes
            deadline = time.monotonic() + 30.0
            while True:  # the console catches up: every note pulled
                status = await console.request("status")
                if status["notes"] >= expected or time.monotonic() > deadline:
                    break
                await asyncio.sleep(0.1)
            notes_s = time.monotonic() - begin
            await asyncio.sleep(0.5)  # the last messages in flight
            loaded = await console.request("probe_stop")
            memory = await console.request("memory")
    finally:
        other.close()
        pool.close()
    return Measured(
        config=config,
        idle_beats=idle["beats_ms"],
        beats=loaded["beats_ms"],
        stalls=loaded["stalls"],
        latencies=loaded["latencies_ms"],
        sent=driver.messages,
        dropped=driver.dropped,
        inbound=recorder.summary("inbound"),
        notes_pulled=int(status["notes"]) - notes_before,
        notes_s=notes_s,
        sync_posts=[s * 1000 for s in other.seconds],
        rss_kb=int(memory.get("VmRSS", 0)),
    )


def measure(config: Config) -> Measured:
    with tempfile.TemporaryDirectory(prefix="bench-console-") as tmp:
        folder = Path(tmp)
        with bench_backend(folder, config.tabs + 5) as backend:
            return asyncio.run(_drive(backend.url, folder, config))


class ConsoleBench:
    name = "console"
    title = "Console under a full shift: event-loop stalls, inbound message to transcript"

    def run(self, options: Options) -> Report:
        config = Config.quick() if options.quick else Config()
        m = measure(config)
        beats, idle = Summary.of(m.beats), Summary.of(m.idle_beats)
        latency = Summary.of(m.latencies)
        full = not options.quick
        label = (
            f"{config.tabs} tabs, {config.messages_per_s:g} msg/s, {config.notes:,} notes syncing"
        )
        figures = [
            Figure(
                f"longest event-loop stall ({label})",
                beats.max_ms,
                "ms",
                Target("<=", STALL_MAX_MS) if full else None,
                checks=(Check("p99", beats.p99_ms, Target("<=", STALL_P99_MS)),) if full else (),
            ),
            Figure("event-loop lag p99 (same load)", beats.p99_ms, "ms"),
            Figure("event-loop lag p50 (same load)", beats.p50_ms, "ms"),
            Figure(f"baseline: longest stall, {config.tabs} tabs idle", idle.max_ms, "ms"),
            Figure(f"baseline: lag p99, {config.tabs} tabs idle", idle.p99_ms, "ms"),
            Figure(
                f"inbound message to its transcript p99 at {config.messages_per_s:g} msg/s",
                latency.p99_ms,
                "ms",
                Target("<=", LATENCY_P99_MS) if full else None,
            ),
            Figure("inbound message to its transcript p50", latency.p50_ms, "ms"),
            Figure("inbound message to its transcript max", latency.max_ms, "ms"),
            Figure("baseline: gateway POST /inbound p50 (same run)", m.inbound.p50_ms, "ms"),
            Figure(
                "stamped messages seen in a transcript / sent",
                len(m.latencies) / m.sent if m.sent else float("nan"),
                "ratio",
            ),
        ]
        stalls = sorted(m.stalls, key=lambda s: -float(s["ms"]))
        details = [
            beats.line("loop lag under load"),
            idle.line("loop lag idle"),
            latency.line("inbound -> transcript"),
            m.inbound.line("gateway POST /inbound"),
            Summary.of(m.sync_posts).line("other POST /sync(500)"),
            f"{m.sent} messages sent ({m.dropped} dropped), {len(m.latencies)} seen in a tab; "
            f"{m.notes_pulled} notes pulled within {m.notes_s:.1f} s of the start; "
            f"console RSS {m.rss_kb / 1024:.0f} MiB",
            f"{len(m.stalls)} stalls over 50 ms",
            *(f"stall {s['ms']:.0f} ms in:\n{_relative(s['where'])}" for s in stalls[:3]),
        ]
        method = (
            "`benchmarks/bench_console.py`: the console in its own process "
            "(`benchmarks/console_proc.py`: the real `Runtime` and main window on the offscreen "
            "platform, signed in with `--server` to the reference backend, a child process on "
            f"127.0.0.1). {config.tabs} contacts are opened through `POST /api/v1/inbound` and the "
            f"console accepts each offer: {config.tabs} tabs. Then for {config.duration_s:g} s "
            f"the load generator (`benchmarks/loadgen.py`) sends {config.messages_per_s:g} "
            "contact messages a second to them, open loop, each body ending with its send time "
            "(the system-wide monotonic clock), while the same advocate's other workstation "
            f"writes {config.notes:,} notes to those cases with `POST /api/v1/sync` (batches of "
            "500), which the console pulls after the `record.changed` events. The window ends "
            "when every note is in the console's cache. Stalls: the product's `StallMonitor` "
            "(`--debug-stalls`) in the console process, a 5 ms Qt timer on the UI thread; each "
            "beat's lateness is one sample (max and p99 over the beats). Latency: from the "
            "stamp to the row being in the tab's `TranscriptModel` (the view lays it out on the "
            "next turn of the loop). Baseline in the same run: the same console and tabs, idle, "
            f"for {config.idle_s:g} s. The load generator and the backend share the 2 cores."
        )
        return Report(self.name, self.title, figures, method, details)


BENCHMARK = ConsoleBench()


def _relative(where: str) -> str:
    """Stack lines with paths from the checkout, not this machine's folders."""
    root = str(Path(__file__).resolve().parent.parent) + "/"
    return where.replace(root, "")
