"""The console as a user starts it: a process, training mode, a clean quit."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

BAD = re.compile(r"Traceback|Task was destroyed|was never awaited|Warning|ERROR|CRITICAL")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("user", ["advocate1", "lead1"])
def test_training_mode_starts_and_quits_cleanly_on_sigterm(tmp_path: Path, user: str) -> None:
    # PYTHONFAULTHANDLER: should the console ever hang on its way out, SIGABRT below
    # makes it print every thread's stack into the failure message.
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONUNBUFFERED": "1",
        "PYTHONFAULTHANDLER": "1",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "console.app.bootstrap",
            "--user",
            user,
            "--data-dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stderr is not None
    lines: list[str] = []
    shown = threading.Event()

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if "Start-up settled" in line:  # a second after the window showed
                shown.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert shown.wait(60), "".join(lines)
        backend_pid = next(
            int(m.group(1))
            for line in lines
            if (m := re.search(r"backend started \(pid (\d+)\)", line))
        )
        assert _alive(backend_pid)
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGABRT)  # the stacks of a hung shutdown
            proc.wait(10)
            reader.join(5)
            raise AssertionError("no exit 30 s after SIGTERM:\n" + "".join(lines)) from None
        assert code == 0, "".join(lines)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reader.join(10)
    proc.stderr.close()
    deadline = time.monotonic() + 10
    while _alive(backend_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(backend_pid), "the embedded backend outlived the console"
    noise = [line for line in lines if BAD.search(line) and "propagateSizeHints" not in line]
    assert noise == [], "".join(lines)
