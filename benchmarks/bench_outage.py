"""Back in sync after a 30-second backend outage.

The console (:mod:`benchmarks.console_proc`) is online with a few tabs.  The
backend (a child process) is stopped for 30 real seconds; meanwhile the
advocate writes notes and replies (they wait in the outbox and the reply
queue).  The backend then starts again on the same port and database.  The
figure is the time from the backend answering again (its ready line, after
which it serves) to the console having nothing pending (outbox and reply
queue empty) with its event stream online, as seen in the console process.
Reference in the same run: how long the backend took to start.

Run alone: ``python -m benchmarks --only outage``.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.child import ChildBackend
from benchmarks.console_driver import ConsoleProcess
from benchmarks.harness import Figure, Options, Report, Target
from benchmarks.loadgen import InboundDriver
from benchmarks.scenario import bench_backend, gateway_pool, live_spec
from benchmarks.stats import Recorder

TARGET_S = 2.0


@dataclass(frozen=True, slots=True)
class Measured:
    outage_s: float
    notes: int
    replies: int
    restart_s: float
    back_in_sync_s: float
    pending_before: int


async def _drive(backend: ChildBackend, folder: Path, outage_s: float, edits: int) -> Measured:
    url = backend.url
    spec = live_spec(3, 0.0, 1.0)
    pool = gateway_pool(url, spec)
    try:
        driver = InboundDriver(pool, spec, Recorder())
        async with ConsoleProcess(url, folder / "console") as console:
            await driver.open_contacts(3)
            await console.request("wait_tabs", count=3, rows=1, timeout=60)
            pool.close()
            await asyncio.to_thread(backend.stop)
            stopped = time.monotonic()
            await console.request("wait_offline", timeout=30)
            status = await console.request("edit", notes=edits, replies=max(1, edits // 10))
            pending = int(status["pending_notes"]) + int(status["pending_replies"])
            await asyncio.sleep(max(0.0, stopped + outage_s - time.monotonic()))
            outage = time.monotonic() - stopped
            began = time.monotonic()
            await asyncio.to_thread(backend.start)
            answered = time.monotonic()
            synced = await console.request("wait_synced", timeout=120)
    finally:
        pool.close()
    return Measured(
        outage_s=outage,
        notes=edits,
        replies=max(1, edits // 10),
        restart_s=answered - began,
        back_in_sync_s=float(synced["synced_at"]) - answered,
        pending_before=pending,
    )


def measure(outage_s: float, edits: int) -> Measured:
    with tempfile.TemporaryDirectory(prefix="bench-outage-") as tmp:
        folder = Path(tmp)
        with bench_backend(folder, 8) as backend:
            return asyncio.run(_drive(backend, folder, outage_s, edits))


class OutageBench:
    name = "outage"
    title = "Back in sync after a 30-second backend outage"

    def run(self, options: Options) -> Report:
        outage_s, edits = (2.0, 5) if options.quick else (30.0, 50)
        m = measure(outage_s, edits)
        figures = [
            Figure(
                f"back in sync after a {outage_s:g}-second backend outage (after it answers)",
                m.back_in_sync_s,
                "s",
                Target("<=", TARGET_S) if not options.quick else None,
            ),
            Figure("reference: the backend's own restart (spawn to serving)", m.restart_s, "s"),
        ]
        details = [
            f"outage {m.outage_s:.1f} s; {m.notes} notes and {m.replies} replies made offline "
            f"({m.pending_before} pending); backend restart {m.restart_s:.2f} s; "
            f"back in sync {m.back_in_sync_s:.2f} s after it answered",
        ]
        method = (
            "`benchmarks/bench_outage.py`: the console (`benchmarks/console_proc.py`, the real "
            "runtime, offscreen) online with 3 tabs against the reference backend (a child "
            f"process). The backend is stopped (SIGTERM) for {outage_s:g} real seconds; once the "
            f"console shows it offline, {m.notes} notes and {m.replies} replies are made in it "
            "(they wait in the outbox and the reply queue). The backend then starts again on the "
            "same port and database. The clock runs from its ready line (it serves from then on) "
            "to the console's outbox and reply queue being empty with its event stream online, "
            "checked every 5 ms in the console process. Reference: the backend's own restart time."
        )
        return Report(self.name, self.title, figures, method, details)


BENCHMARK = OutageBench()
