"""The event stream under qasync, the loop the console runs on (STACK.md "qasync").

Skipped where PySide6 is absent (the core's tests must pass without Qt).
"""

from __future__ import annotations

import asyncio
import gc
import sys

import pytest

from console.net.client import ApiClient
from console.net.events import ConnectionState, EventStream
from console.protocol import SettablePresence
from tests.conftest import Backend

from .helpers import ADVOCATE, Recorder

pytest.importorskip("PySide6")
pytest.importorskip("qasync")


def test_stream_starts_delivers_and_stops_cleanly_on_a_qasync_loop(backend: Backend) -> None:
    from tests.support.qasync_loop import make_qasync_loop

    async def scenario() -> None:
        async with ApiClient(backend.url) as api:
            await api.login(*ADVOCATE)
            rec = Recorder()
            stream = EventStream(api, rec.on_event, on_state=rec.on_state)
            stream.start()
            await rec.until(lambda: rec.state is ConnectionState.ONLINE)
            await api.set_presence(SettablePresence.AWAY)
            await rec.until(lambda: len(rec.events) == 1)
            await stream.aclose()  # mid-stream, the SSE body half read
            assert rec.state is ConnectionState.OFFLINE

    hooks = sys.get_asyncgen_hooks()
    loop = make_qasync_loop()  # installs its own async-generator hooks
    try:
        loop.run_until_complete(scenario())
        loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        asyncio.set_event_loop(None)
        loop.close()
        sys.set_asyncgen_hooks(*hooks)  # later tests must not finalise on a closed loop
    gc.collect()
    assert loop.__dict__["_test_errors"] == []
