"""Cache work off the UI thread: one dedicated thread with its own connection.

    worker = CacheWorker(cache)
    outcome = await worker.call(Cache.apply_changes, page)
    await worker.aclose()

The thread opens its connection (:meth:`Cache.reopen`) on first use and runs
calls one at a time, in order.  SQLite (WAL) lets the UI's connection read
while the worker writes; writers take turns (``BEGIN IMMEDIATE`` with a busy
timeout), and the worker's transactions are kept short so the UI's never waits
long.  A call whose awaiting task is cancelled still runs to its end on the
thread: every call is a whole transaction, so the cache stays consistent.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Concatenate, ParamSpec, TypeVar

from console.store.cache import Cache

P = ParamSpec("P")
T = TypeVar("T")


class CacheWorker:
    def __init__(self, cache: Cache, *, name: str = "cache-worker") -> None:
        self._source = cache
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._cache: Cache | None = None
        self._closed = False

    def __repr__(self) -> str:
        return f"CacheWorker({self._source!r})"

    @property
    def closed(self) -> bool:
        return self._closed

    def _run(self, fn: Callable[..., T], *args: object, **kwargs: object) -> T:
        if self._cache is None:
            self._cache = self._source.reopen()
        return fn(self._cache, *args, **kwargs)

    async def call(
        self, fn: Callable[Concatenate[Cache, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run ``fn(cache, *args, **kwargs)`` on the worker's thread and connection."""
        if self._closed:
            raise RuntimeError("the cache worker is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, functools.partial(self._run, fn, *args, **kwargs)
        )

    def _close(self) -> None:
        if self._cache is not None:
            self._cache.close()
            self._cache = None

    async def aclose(self) -> None:
        """Finish the call under way, then close the connection and the thread."""
        if self._closed:
            return
        self._closed = True
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._close)
        self._executor.shutdown(wait=False)

    def close(self) -> None:
        """The blocking variant, for code with no running loop (waits for the thread)."""
        if self._closed:
            return
        self._closed = True
        self._executor.submit(self._close).result()
        self._executor.shutdown(wait=True)
