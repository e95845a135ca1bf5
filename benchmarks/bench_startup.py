"""Cold start to a usable window, as a ratio to a bare PySide6 window started the same way.

Both are a new process of the same interpreter (``python -m
benchmarks.startup_child``) on the offscreen platform, timed from just before
the spawn to the time the child reports its window shown with its event loop
settled (the system-wide monotonic clock on both sides):

* baseline: an empty ``QMainWindow``;
* console: the product's own start with ``--server`` (``console.app.bootstrap``),
  against the reference backend this bench starts.  Its usable window is the
  sign-in dialog, the first window an advocate gets; the rest of the console
  loads behind it.  The child answers the dialog at once, and also reports when
  the main window was shown after that sign-in (HTTP sign-in, the encrypted
  cache, sync engine, event stream, main window): an informational row.

They alternate, after one warm-up of each (so both read the same warm file
cache); the figure is the ratio of the medians.  Before the runs the console's
modules are compiled to bytecode, as an installed console's are (pip compiles a
wheel's modules when it installs them; PySide6's were compiled so).  Without
that, a machine that sets ``PYTHONDONTWRITEBYTECODE`` (this one does) compiles
the console from source on every start, and only the console.

Run alone: ``python -m benchmarks --only startup``.
"""

from __future__ import annotations

import compileall
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.console_driver import BENCH_PASSWORD, BENCH_USER, child_env
from benchmarks.harness import Figure, Options, Report, Target
from benchmarks.scenario import bench_backend
from benchmarks.startup_child import ANSWER

RATIO_TARGET = 1.5
RATIO_FIGURE = "cold start to a usable window / bare PySide6 window (medians)"
SIGN_IN_FIGURE = "console: spawn to usable sign-in window (median)"
MAIN_FIGURE = "console: spawn to usable main window (median)"  # sign-in answered at once
BARE_FIGURE = "baseline: bare PySide6 window (median)"


REPS = 15  # alternating runs of each: the starts on 2 shared cores vary by +-30 %


def compile_console() -> None:
    """Bytecode for the console and the bench's child, as an install leaves it."""
    root = Path(__file__).resolve().parent.parent
    for package in ("console", "benchmarks"):
        if not compileall.compile_dir(root / package, quiet=2):
            raise RuntimeError(f"{package} did not compile")


def time_to_marks(cmd: list[str]) -> dict[str, float]:
    """Seconds from the spawn to each mark the child reports (``usable``, and ``main``)."""
    began = time.monotonic()
    done = subprocess.run(
        cmd, capture_output=True, text=True, check=False, env=child_env(), timeout=120
    )
    for line in done.stdout.splitlines():
        if line.startswith(ANSWER) and done.returncode == 0:
            marks: dict[str, float] = json.loads(line[len(ANSWER) :])
            return {name: float(at) - began for name, at in marks.items()}
    raise RuntimeError(f"no usable line from {cmd[2:]} ({done.returncode}): {done.stderr[-2000:]}")


def bare_command() -> list[str]:
    return [sys.executable, "-m", "benchmarks.startup_child"]


def console_command(url: str, data_dir: Path) -> list[str]:
    return [
        sys.executable, "-m", "benchmarks.startup_child", "--server", url, "--user", BENCH_USER,
        "--password", BENCH_PASSWORD, "--data-dir", str(data_dir),
    ]  # fmt: skip


class StartupBench:
    name = "startup"
    title = "Cold start to a usable window"

    def run(self, options: Options) -> Report:
        reps = 2 if options.quick else REPS
        compile_console()
        bare: list[float] = []
        sign_in: list[float] = []
        main: list[float] = []
        with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
            folder = Path(tmp)
            with bench_backend(folder, 5) as backend:
                time_to_marks(bare_command())  # warm-up: the file cache
                time_to_marks(console_command(backend.url, folder / "warm"))
                for rep in range(reps):
                    bare.append(time_to_marks(bare_command())["usable"])
                    marks = time_to_marks(console_command(backend.url, folder / str(rep)))
                    sign_in.append(marks["usable"])
                    main.append(marks["main"])
        sign_in_ms, main_ms, bare_ms = (
            statistics.median(values) * 1000 for values in (sign_in, main, bare)
        )
        figures = [
            Figure(
                RATIO_FIGURE,
                sign_in_ms / bare_ms,
                "x",
                Target("<=", RATIO_TARGET) if not options.quick else None,
            ),
            Figure(SIGN_IN_FIGURE, sign_in_ms, "ms"),
            Figure(BARE_FIGURE, bare_ms, "ms"),
            Figure(MAIN_FIGURE, main_ms, "ms"),
        ]
        details = [
            "console, sign-in window ms: " + ", ".join(f"{s * 1000:.0f}" for s in sign_in),
            "console, main window ms:    " + ", ".join(f"{s * 1000:.0f}" for s in main),
            "bare ms:                    " + ", ".join(f"{s * 1000:.0f}" for s in bare),
        ]
        method = (
            "`benchmarks/bench_startup.py`: each start is a new process of the same interpreter "
            "(`python -m benchmarks.startup_child`) on the offscreen platform, timed from just "
            "before the spawn to the moment the child's window is shown and its event loop has "
            "run what was queued (two zero-timers after the window's Show event), on the "
            "system-wide monotonic clock. Console: the product's own start with `--server` "
            "(`console.app.bootstrap.make_application` and `start`, what `advocate-console "
            "--server URL` runs) against the reference backend this bench started (a child "
            "process on 127.0.0.1, not the training mode); its usable window is the sign-in "
            "dialog, its first window, shown while the rest of the console (asyncio, qasync, "
            "httpx, pydantic, the encrypted store, the screens) still loads behind it. The "
            "child then types the password into that dialog and clicks Sign in at once; the "
            "informational row 'spawn to main window' runs to the main window shown and "
            "settled after that sign-in (HTTP sign-in, the encrypted cache with no OS keyring "
            "here: an ephemeral key, so a new cache each start, the sync engine, the event "
            "stream), the end point this bench measured before the sign-in dialog came first. "
            "An application event filter in the child sees both Show events; nothing of the "
            "console is replaced. Baseline: an empty 1280x800 `QMainWindow` in the same child "
            f"module. The console's modules are compiled to bytecode first, as an install "
            "leaves them (this machine sets PYTHONDONTWRITEBYTECODE, so a start would otherwise "
            f"compile them from source). After one warm-up of each, {reps} alternating runs of "
            "each; the ratio is of the medians (sign-in window / bare window)."
        )
        return Report(self.name, self.title, figures, method, details)


BENCHMARK = StartupBench()
