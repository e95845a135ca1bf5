"""Resident memory of the console with 50 tabs of 500 messages each.

The backend (a child process) gets 50 contacts and 500 messages from each
through the inbound door before the console starts (nobody is available, so
they wait in the queue).  Then the console (:mod:`benchmarks.console_proc`)
signs in, goes available, is offered and accepts the 50 sessions and loads
their transcripts: 50 tabs of 501 rows.  Memory is the console process's
``VmRSS`` from ``/proc/self/status`` after a garbage collection, with the peak
(``VmHWM``) beside it.  Baseline in the same run: the same console signed in
with no tab.

Run alone: ``python -m benchmarks --only memory``.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.console_driver import ConsoleProcess
from benchmarks.harness import Figure, Options, Report, Target
from benchmarks.loadgen import InboundDriver, LoadSpec
from benchmarks.scenario import bench_backend, gateway_pool
from benchmarks.stats import Recorder

TARGET_MB = 300.0
MIB = 1024.0


@dataclass(frozen=True, slots=True)
class Measured:
    tabs: int
    per_tab: int
    seed_s: float
    load_s: float
    empty_kb: int
    full_kb: int
    peak_kb: int


async def _seed(url: str, tabs: int, per_tab: int, workers: int = 16) -> float:
    """Contacts, then their messages as fast as the backend takes them (closed loop)."""
    spec = LoadSpec(max_contacts=tabs)
    pool = gateway_pool(url, spec)
    try:
        began = time.perf_counter()
        driver = InboundDriver(pool, spec, Recorder())
        await driver.open_contacts(tabs)
        todo = [
            (address, channel, n)
            for n in range(per_tab)
            for address, channel in driver.contact_addresses
        ]

        async def work(share: list[tuple[str, str, int]]) -> None:
            for address, channel, n in share:
                body = {"event": "message", "channel": channel, "from": address,
                        "body": f"seeded message {n}"}  # fmt: skip
                response = await pool.post("/api/v1/inbound", body)
                if response.status >= 400:
                    raise RuntimeError(f"POST /inbound answered {response.status}")

        await asyncio.gather(*(work(todo[w::workers]) for w in range(workers)))
        return time.perf_counter() - began
    finally:
        pool.close()


async def _drive(url: str, folder: Path, tabs: int, per_tab: int) -> Measured:
    seed_s = await _seed(url, tabs, per_tab)
    async with ConsoleProcess(url, folder / "empty", available=False) as console:
        empty = await console.request("memory", collect=True)
    async with ConsoleProcess(url, folder / "full") as console:
        began = time.perf_counter()
        await console.request("wait_tabs", count=tabs, rows=per_tab + 1, timeout=180)
        load_s = time.perf_counter() - began
        full = await console.request("memory", collect=True)
    return Measured(
        tabs, per_tab, seed_s, load_s, empty["VmRSS"], full["VmRSS"], full.get("VmHWM", 0)
    )


class MemoryBench:
    name = "memory"
    title = "Console memory with 50 tabs of 500 messages"

    def run(self, options: Options) -> Report:
        tabs, per_tab = (3, 20) if options.quick else (50, 500)
        with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
            folder = Path(tmp)
            with bench_backend(folder, tabs + 5) as backend:
                m = asyncio.run(_drive(backend.url, folder, tabs, per_tab))
        full_mb, empty_mb = m.full_kb / MIB, m.empty_kb / MIB
        figures = [
            Figure(
                f"resident memory, {tabs} tabs of {per_tab} messages",
                full_mb,
                "MB",
                Target("<=", TARGET_MB) if not options.quick else None,
            ),
            Figure("baseline: resident memory signed in, no tab", empty_mb, "MB"),
            Figure("peak resident memory (VmHWM)", m.peak_kb / MIB, "MB"),
            Figure(
                "memory per tab above the baseline",
                (m.full_kb - m.empty_kb) / MIB / tabs,
                "MB",
            ),
        ]
        details = [
            f"seeded {tabs} contacts x {per_tab} messages through the inbound door in "
            f"{m.seed_s:.1f} s; the console accepted and loaded them in {m.load_s:.1f} s",
            f"VmRSS {full_mb:.1f} MiB with the tabs, {empty_mb:.1f} MiB without; "
            f"VmHWM {m.peak_kb / MIB:.1f} MiB",
        ]
        method = (
            "`benchmarks/bench_memory.py`: the reference backend as a child process; "
            f"{tabs} contacts and {per_tab} messages from each come through `POST /api/v1/inbound` "
            "while no advocate is available. The console (`benchmarks/console_proc.py`, the real "
            "runtime and window, offscreen) then signs in, goes available and accepts every "
            f"offer: {tabs} tabs, each loading its transcript ({per_tab + 1} rows with the first "
            "message). Memory: `VmRSS` of the console process from `/proc/self/status` after "
            "`gc.collect()` (MB = MiB); `VmHWM` is its peak. Baseline in the same run: the same "
            "console signed in with no tab."
        )
        return Report(self.name, self.title, figures, method, details)


BENCHMARK = MemoryBench()
