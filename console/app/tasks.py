"""Background work with an owner: no orphan tasks, no swallowed failures.

Every coroutine the application starts goes through a :class:`TaskOwner`, which
keeps a reference until the task ends, logs a failure through the owner's logger
(and hands it to the error hook the window installs), and cancels everything it
owns on :meth:`TaskOwner.cancel_all`.  A session tab owns its own tasks, so
closing the tab cancels them; a keyed start cancels the previous run of the same
key ("starting a refresh again cancels the previous one").
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)

ErrorHook = Callable[[str, BaseException], None]


class TaskOwner:
    def __init__(self, name: str, on_error: ErrorHook | None = None) -> None:
        self.name = name
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[str, asyncio.Task[Any]] = {}
        self._on_error = on_error
        self._closed = False

    def __repr__(self) -> str:
        return f"<TaskOwner {self.name} tasks={len(self._tasks)}>"

    def start(self, coro: Coroutine[Any, Any, Any], *, key: str | None = None) -> asyncio.Task[Any]:
        if self._closed:
            coro.close()
            raise RuntimeError(f"{self.name} is closed")
        if key is not None:
            previous = self._keyed.pop(key, None)
            if previous is not None and not previous.done():
                previous.cancel()
        task = asyncio.get_event_loop().create_task(
            coro, name=f"{self.name}:{key or getattr(coro, '__name__', 'task')}"
        )
        self._tasks.add(task)
        if key is not None:
            self._keyed[key] = task
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        for key, keyed in list(self._keyed.items()):
            if keyed is task:
                del self._keyed[key]
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("Task %s failed", task.get_name(), exc_info=error)
            if self._on_error is not None:
                self._on_error(task.get_name(), error)

    async def cancel(self, key: str) -> None:
        """Cancel the task started under ``key`` (if any) and wait until it has ended."""
        task = self._keyed.pop(key, None)
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    @property
    def running(self) -> int:
        return len(self._tasks)

    async def cancel_all(self) -> None:
        """Cancel every owned task and wait until they have all ended."""
        self._closed = True
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
