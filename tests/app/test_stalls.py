"""The stall monitor logs a blocked UI thread with where it was blocked."""

from __future__ import annotations

import logging
import time

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from console.app.stalls import StallMonitor


def block_ui_thread(monitor: StallMonitor, seconds: float) -> None:
    """Busy on purpose (this is the stall) for ``seconds``, and on until the watchdog has
    sampled it: on a loaded machine its thread may not get a core for a while (a CI run
    on two busy cores saw a 197 ms stall it never sampled)."""
    start = time.monotonic()
    elapsed = 0.0
    while elapsed < seconds or (monitor._sample is None and elapsed < 10):
        elapsed = time.monotonic() - start


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def test_a_stall_over_the_threshold_is_logged_with_its_stack(
    qapp: QCoreApplication, caplog: pytest.LogCaptureFixture
) -> None:
    monitor = StallMonitor(threshold_s=0.05)
    monitor.start()
    try:
        spin(30)
        block_ui_thread(monitor, 0.2)
        spin(30)
    finally:
        monitor.stop()
    assert monitor.stalls, "a 200 ms block must be seen"
    assert max(seconds for seconds, _ in monitor.stalls) >= 0.15
    # A loaded machine may add stalls of its own; the block must be among them, named.
    assert any("block_ui_thread" in where for _, where in monitor.stalls)
    assert any("stalled" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
