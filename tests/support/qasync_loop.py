"""Run ``@pytest.mark.asyncio`` tests on a qasync loop inside a QApplication.

pytest-qt's blocking waits do not move asyncio tasks forward under qasync
(STACK.md), so async tests await futures resolved by signals instead.  The loop
installs the async-generator hooks qasync forgets, and any exception the loop
reports fails the test at teardown (the qasync test-suite's model).
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
    return loop


QT_TEST_DIRS = ("widgets", "ui", "app", "e2e")


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """pytest-asyncio 1.5 hook: Qt-side tests run on a qasync loop, core tests on plain asyncio.

    The core (protocol, domain, store, net, sync, server) must pass with PySide6 absent.
    """
    parts = item.path.relative_to(config.rootpath).parts
    if len(parts) > 1 and parts[0] == "tests" and parts[1] in QT_TEST_DIRS:
        return {"qasync": make_qasync_loop}
    return {"asyncio": asyncio.new_event_loop}
