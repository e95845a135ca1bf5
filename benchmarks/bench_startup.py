"""Cold start to a usable window, as a ratio to a bare PySide6 window started the same way.

Both are a new process of the same interpreter (``python -m ...``) on the
offscreen platform, timed from just before the spawn to the line the child
prints once its window is shown and its event loop has run what was queued
(the system-wide monotonic clock on both sides):

* baseline: :mod:`benchmarks.startup_child`, an empty ``QMainWindow``;
* console: :mod:`benchmarks.console_proc` ``--exit-when-usable``, the console's
  own start (bootstrap, ``Runtime.start``: HTTP client, sign-in to the
  reference backend started by this bench, the encrypted cache, sync engine,
  event stream, main window), the sign-in dialog answered by the bench.

They alternate, after one warm-up of each (so both read the same warm file
cache); the figure is the ratio of the medians.

Run alone: ``python -m benchmarks --only startup``.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.console_driver import BENCH_PASSWORD, BENCH_USER, child_env
from benchmarks.console_proc import ANSWER
from benchmarks.harness import Figure, Options, Report, Target
from benchmarks.scenario import bench_backend

RATIO_TARGET = 1.5


def time_to_usable(cmd: list[str]) -> float:
    """Seconds from the spawn to the child's "usable" line."""
    began = time.monotonic()
    done = subprocess.run(
        cmd, capture_output=True, text=True, check=True, env=child_env(), timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith(ANSWER):
            return float(json.loads(line[len(ANSWER) :])["usable"]) - began
    raise RuntimeError(f"no usable line from {cmd[2]}: {done.stderr[-2000:]}")


def bare_command() -> list[str]:
    return [sys.executable, "-m", "benchmarks.startup_child"]


def console_command(url: str, data_dir: Path) -> list[str]:
    return [
        sys.executable, "-m", "benchmarks.console_proc", "--server", url, "--user", BENCH_USER,
        "--password", BENCH_PASSWORD, "--data-dir", str(data_dir), "--exit-when-usable",
    ]  # fmt: skip


class StartupBench:
    name = "startup"
    title = "Cold start to a usable window"

    def run(self, options: Options) -> Report:
        reps = 2 if options.quick else 7
        bare: list[float] = []
        console: list[float] = []
        with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
            folder = Path(tmp)
            with bench_backend(folder, 5) as backend:
                time_to_usable(bare_command())  # warm-up: the file cache
                time_to_usable(console_command(backend.url, folder / "warm"))
                for rep in range(reps):
                    bare.append(time_to_usable(bare_command()))
                    console.append(time_to_usable(console_command(backend.url, folder / str(rep))))
        ratio = statistics.median(console) / statistics.median(bare)
        console_ms, bare_ms = statistics.median(console) * 1000, statistics.median(bare) * 1000
        figures = [
            Figure(
                "cold start to a usable window / bare PySide6 window (medians)",
                ratio,
                "x",
                Target("<=", RATIO_TARGET) if not options.quick else None,
            ),
            Figure("console: spawn to usable main window (median)", console_ms, "ms"),
            Figure("baseline: bare PySide6 window (median)", bare_ms, "ms"),
        ]
        details = [
            "console ms: " + ", ".join(f"{s * 1000:.0f}" for s in console),
            "bare ms:    " + ", ".join(f"{s * 1000:.0f}" for s in bare),
        ]
        method = (
            "`benchmarks/bench_startup.py`: each start is a new process of the same interpreter "
            "on the offscreen platform, timed from just before the spawn to the child's line "
            "saying its window is shown and its event loop has run what was queued (two "
            "zero-timers after `show()`), on the system-wide monotonic clock. Console: "
            "`benchmarks/console_proc.py --exit-when-usable`, the console's own start "
            "(`console.app.bootstrap`'s QApplication and qasync loop, `Runtime.start`: sign-in "
            "over HTTP to the reference backend this bench started (a child process on "
            "127.0.0.1, not the training mode), the encrypted cache (no OS keyring here: an "
            "ephemeral key, so a new cache each start), the sync engine, the event stream and "
            "the main window); the sign-in dialog is answered at once by the bench. Baseline: "
            "`benchmarks/startup_child.py`, an empty 1280x800 `QMainWindow`. After one warm-up "
            f"of each, {reps} alternating runs of each; the ratio is of the medians."
        )
        return Report(self.name, self.title, figures, method, details)


BENCHMARK = StartupBench()
