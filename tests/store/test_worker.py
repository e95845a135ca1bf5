"""Cache work on a worker thread, with its own connection, while the UI's keeps writing."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from console.protocol import Entity
from console.store import Cache, CacheWorker

from .helpers import note_record, page


@pytest.mark.asyncio
async def test_a_bulk_pull_on_the_worker_never_holds_the_ui_long(cache: Cache) -> None:
    worker = CacheWorker(cache)
    records = [note_record(f"n{i}", "c1", f"pulled {i} " + "y" * 300, 1) for i in range(5000)]
    threads: list[str] = []

    def apply(on: Cache, response: object) -> object:
        threads.append(threading.current_thread().name)
        return on.apply_changes(response)  # type: ignore[arg-type]

    task = asyncio.ensure_future(worker.call(apply, page(*records, cursor="Z")))
    worst = 0.0
    writes = 0
    while not task.done():
        start = time.perf_counter()
        cache.save_draft("case:c1:note", f"typing {writes}")
        worst = max(worst, time.perf_counter() - start)
        writes += 1
        await asyncio.sleep(0.005)  # the UI's own pace between keystrokes
    outcome = await task
    await worker.aclose()
    assert outcome.stored == 5000  # type: ignore[attr-defined]
    assert threads and threads[0].startswith("cache-worker")
    assert cache.count(Entity.NOTE) == 5000 and cache.cursor() == "Z"
    assert writes > 3
    # Writers take turns and a chunk's transaction is short: a keystroke's save
    # never waited long for the lock (generous bound for a loaded 2-core machine).
    assert worst < 0.25, worst
