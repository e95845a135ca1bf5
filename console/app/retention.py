"""Closed cases leave this workstation after the hotline's retention time.

At sign-in and then every hour, closed cases that have not changed for the
retention time (in days, default 7) are removed from the cache with their notes,
checklist runs, transcripts and drafts, but only when nothing of theirs is
unsynced (see :func:`console.store.retention.purge_closed_cases`): a case with
anything not yet on the server stays until it is.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from console.store import Cache
from console.store.errors import CacheError
from console.store.worker import CacheWorker

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 7
INTERVAL_S = 3600.0


class CacheRetention:
    """Purges old closed cases in the background (module doc)."""

    def __init__(
        self,
        cache: Cache,
        days: Callable[[], float],
        *,
        interval_s: float = INTERVAL_S,
    ) -> None:
        self.cache = cache
        self._days = days
        self._interval_s = interval_s
        self.purged = 0  # cases removed since start

    def __repr__(self) -> str:
        return f"CacheRetention(purged={self.purged})"

    async def purge_once(self) -> int:
        """One pass on a worker connection (the UI thread never waits for it)."""
        days = self._days()
        if days <= 0:
            raise ValueError("the retention time is at least a day")
        worker = CacheWorker(self.cache, name="retention")
        try:
            count = await worker.call(Cache.purge_closed_cases, days)
        finally:
            await worker.aclose()
        self.purged += count
        if count:
            log.info("Removed %d closed case(s) older than %g days from this computer", count, days)
        return count

    async def run(self) -> None:
        """Purge now and then every interval until cancelled."""
        while True:
            if self.cache.closed:
                return
            try:
                await self.purge_once()
            except CacheError as error:  # the environment's: try again next time
                log.warning("Closed cases not removed this time (%s)", error.code)
            await asyncio.sleep(self._interval_s)
