"""Run ``@pytest.mark.asyncio`` tests on a qasync loop inside a QApplication.

pytest-qt's blocking waits do not move asyncio tasks forward under qasync
(STACK.md), so async tests await futures resolved by signals instead.  The loop
installs the async-generator hooks qasync forgets, and any exception the loop
reports fails the test at teardown (the qasync test-suite's model).

Each test has its own loop, so loops are closed while the QApplication lives
on.  qasync's timer object (a QObject) still holds a Qt timer for every
``call_later`` not yet due, cancelled or not; the loop and that object form a
reference cycle, so the garbage collector frees them, on whatever thread it
happens to run (a cache worker's).  Qt then warns "Timers cannot be stopped
from another thread" (failing the next test) and may crash.  So a closing loop
kills its Qt timers here, on the GUI thread, and closed loops are kept for the
session: never freed on another thread.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

import pytest


def make_qasync_loop() -> asyncio.AbstractEventLoop:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    # Closing a test's last window must not quit the application (and stop the loop).
    app.setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]  # a QApplication here
    loop = qasync.QEventLoop(app)
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,
        finalizer=loop._asyncgen_finalizer_hook,
    )
    errors: list[dict[str, Any]] = []
    loop.set_exception_handler(lambda _loop, ctx: errors.append(ctx))
    loop.__dict__["_test_errors"] = errors
    _close_on_this_thread(loop)
    return loop


CLOSED_LOOPS: list[asyncio.AbstractEventLoop] = []


def _close_on_this_thread(loop: Any) -> None:
    close = loop.close

    def close_and_keep() -> None:
        timer = loop._timer
        pending: dict[int, Any] = timer._SimpleTimer__callbacks
        for timer_id in list(pending):
            timer.killTimer(timer_id)
        pending.clear()
        close()
        CLOSED_LOOPS.append(loop)

    loop.close = close_and_keep


QT_TEST_DIRS = ("widgets", "ui", "app", "e2e")


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """pytest-asyncio 1.5 hook: Qt-side tests run on a qasync loop, core tests on plain asyncio.

    The core (protocol, domain, store, net, sync, server) must pass with PySide6 absent.
    """
    parts = item.path.relative_to(config.rootpath).parts
    if len(parts) > 1 and parts[0] == "tests" and parts[1] in QT_TEST_DIRS:
        return {"qasync": make_qasync_loop}
    return {"asyncio": asyncio.new_event_loop}
