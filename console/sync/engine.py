"""The sync engine: drains the outbox to ``POST /sync`` and pulls ``GET /changes``.

    engine = SyncEngine(cache, api, on_state=show)
    engine.start()              # or: await engine.run() in a task you own
    engine.nudge()              # after a local write
    engine.changed_elsewhere()  # on a record.changed event (pulls with the ones after it)
    engine.reconnected()        # when the connection is back: retry now
    await engine.aclose()

One cycle: send the outbox in batches (at most 500 mutations and ~900 kB, the
client's own ``seq`` numbering), store each answer and only then drop those
mutations (:meth:`Cache.apply_results`); then pull changes by cursor until
``more`` is false.  Then wait for a nudge (or ``poll_interval``).

Failures: an unreachable or failing server (``Unreachable``, ``ServerBug``,
``RateLimited``) and a failing cache (``CacheError``) pause the engine with
exponential back-off and full jitter (0.5 s doubling up to 30 s); a nudge does
not cut a pause short, :meth:`reconnected` does.  ``SignedOut`` stops the
engine.  Any other error is a bug and ends :meth:`run` with it.

Every cache call runs on a :class:`CacheWorker` (its own thread and
connection): the UI thread never waits for a batch to be stored.  Nothing is
ever lost by stopping the engine at any point: the outbox is the truth, and a
batch sent again is answered ``duplicate`` for what the server already has.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from console.net.backoff import Backoff, reconnect_backoff
from console.net.client import ApiClient
from console.net.errors import ApiError, RateLimited, ServerBug, SignedOut, Unreachable
from console.protocol import (
    CHANGES_LIMIT_MAX,
    SYNC_BATCH_MAX,
    AnyRecord,
    CaseRecord,
    Entity,
    ErrorDetail,
    Mutation,
    SyncRequest,
    SyncResponse,
)
from console.store import Cache, CacheError, CacheWorker
from console.store.outbox import MAX_BATCH_BYTES
from console.sync.state import SyncPhase, SyncProgress

log = logging.getLogger(__name__)

StateCallback = Callable[[SyncProgress], None]

#: a ``record.changed`` event waits this long for the ones that follow it: another
#: workstation's batch of 500 notes arrives as hundreds of events, and a pull for each
#: few of them cost a request, a cache transaction and a re-read of the screens each
PULL_GATHER_S = 0.1

# Renumbering twice in a row means the server and this cache cannot agree: a server bug.
MAX_RENUMBERS = 3


@dataclass
class SyncReport:
    """What one cycle did."""

    sent: int = 0
    conflicts: int = 0
    rejected: int = 0
    requeued: int = 0
    pulled: int = 0
    pages: int = 0
    batches: list[int] = field(default_factory=list)  # sizes of the batches sent


class SyncEngine:
    def __init__(
        self,
        cache: Cache,
        api: ApiClient,
        client_id: str | None = None,
        *,
        on_state: StateCallback | None = None,
        batch_size: int = SYNC_BATCH_MAX,
        batch_bytes: int = MAX_BATCH_BYTES,
        pull_limit: int = CHANGES_LIMIT_MAX,
        backoff: Backoff | None = None,
        poll_interval: float | None = 60.0,
        worker: CacheWorker | None = None,
        pull_gather: float = PULL_GATHER_S,
    ) -> None:
        if client_id is not None and client_id != cache.client_id:
            raise ValueError("the client id is the cache's own (its seq numbering)")
        if not 1 <= batch_size <= SYNC_BATCH_MAX:
            raise ValueError(f"a batch is 1..{SYNC_BATCH_MAX} mutations")
        self._api = api
        self._worker = worker if worker is not None else CacheWorker(cache, name="sync-cache")
        self._owns_worker = worker is None
        self.on_state = on_state
        self._batch_size = batch_size
        self._batch_bytes = batch_bytes
        self._pull_limit = pull_limit
        self._backoff = backoff if backoff is not None else reconnect_backoff()
        self._poll_interval = poll_interval
        self._pull_gather = pull_gather
        self._gathering: asyncio.TimerHandle | None = None
        self._wake = asyncio.Event()
        self._resume = asyncio.Event()
        self._cycle = asyncio.Lock()  # one drain at a time (run() and direct sync_once())
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        self.state = SyncProgress(SyncPhase.STOPPED)

    def __repr__(self) -> str:
        return f"SyncEngine(phase={self.state.phase.value}, pending={self.state.pending})"

    # ------------------------------------------------------------ control

    def nudge(self) -> None:
        """Something changed here (a local write): sync now.  A change on the server
        (a ``record.changed`` event) goes to :meth:`changed_elsewhere`."""
        self._wake.set()

    def changed_elsewhere(self) -> None:
        """A record changed on the server: pull soon, with whatever changes after it."""
        if self._gathering is None and not self._closed:
            self._gathering = asyncio.get_running_loop().call_later(
                self._pull_gather, self._gathered
            )

    def _gathered(self) -> None:
        self._gathering = None
        self._wake.set()

    def reconnected(self) -> None:
        """The connection is back: end any pause and sync now."""
        self._backoff.reset()
        self._wake.set()
        self._resume.set()

    def start(self) -> asyncio.Task[None]:
        """Run :meth:`run` in a task this engine keeps (and :meth:`aclose` ends)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self.run(), name="sync-engine")
        return self._task

    async def stop(self) -> None:
        """Stop the task :meth:`start` made (at any point: nothing is lost)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def aclose(self) -> None:
        """Stop for good and close the worker connection."""
        self._closed = True
        if self._gathering is not None:
            self._gathering.cancel()
            self._gathering = None
        await self.stop()
        if self._owns_worker:
            await self._worker.aclose()

    # ------------------------------------------------------------ state

    def _emit(self, progress: SyncProgress) -> None:
        # The cases touched belong to this report only: the next one starts with none.
        self.state = replace(progress, cases=frozenset())
        if self.on_state is not None:
            self.on_state(progress)

    # ------------------------------------------------------------ the loop

    async def run(self) -> None:
        """Sync until closed or signed out (see the module's docstring)."""
        try:
            while not self._closed:
                self._wake.clear()
                try:
                    await self.sync_once()
                except SignedOut as error:
                    log.info("sync stopped: signed out (%s)", error.reason)
                    self._emit(SyncProgress(SyncPhase.SIGNED_OUT, pending=self.state.pending))
                    return
                except (Unreachable, ServerBug, RateLimited) as error:
                    await self._pause(SyncPhase.OFFLINE, error, type(error).__name__)
                    continue
                except CacheError as error:
                    log.warning("sync paused: the cache failed (%s)", error.code)
                    await self._pause(SyncPhase.FAILING, error, error.code)
                    continue
                self._backoff.reset()
                if self._wake.is_set():
                    continue
                self._emit(replace(self.state, phase=SyncPhase.IDLE, retry_in=None, error=None))
                await self._idle()
        finally:
            if self.state.phase is not SyncPhase.SIGNED_OUT:
                self._emit(replace(self.state, phase=SyncPhase.STOPPED, retry_in=None))

    async def _pause(self, phase: SyncPhase, error: Exception, name: str) -> None:
        delay = self._backoff.next_delay()
        if isinstance(error, RateLimited) and error.retry_after is not None:
            delay = max(delay, error.retry_after)
        log.info("sync paused %.1f s (%s)", delay, name)
        self._emit(replace(self.state, phase=phase, retry_in=delay, error=name))
        self._resume.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._resume.wait(), delay)

    async def _idle(self) -> None:
        self._resume.clear()
        waiters = [
            asyncio.ensure_future(self._wake.wait()),
            asyncio.ensure_future(self._resume.wait()),
        ]
        try:
            await asyncio.wait(
                waiters, timeout=self._poll_interval, return_when=asyncio.FIRST_COMPLETED
            )
        finally:
            for waiter in waiters:
                waiter.cancel()
            await asyncio.gather(*waiters, return_exceptions=True)

    # ------------------------------------------------------------ one cycle

    async def sync_once(self) -> SyncReport:
        """Drain the outbox, then pull every change; raises what stopped it.

        Calls wait for each other (a batch is never sent twice at once).
        """
        report = SyncReport()
        async with self._cycle:
            await self._drain(report)
            await self._pull(report)
        return report

    async def _drain(self, report: SyncReport) -> None:
        pending = await self._worker.call(Cache.pending_count)
        progress = SyncProgress(SyncPhase.SENDING, pending=pending, total=pending)
        self._emit(progress)
        limit = self._batch_size
        renumbers = 0
        while True:
            batch = await self._worker.call(Cache.take_batch, limit, self._batch_bytes)
            if batch is None:
                break
            try:
                response = await self._api.sync(
                    SyncRequest(client_id=batch.client_id, mutations=batch.mutations)
                )
            except ApiError as error:
                if error.status != 413:
                    raise
                if len(batch) > 1:
                    limit = max(1, len(batch) // 2)
                    continue
                # One mutation larger than any request may be: it can never be sent.
                detail = ErrorDetail(code="too_large", message=error.message)
                await self._worker.call(Cache.drop_unsendable, batch.last_seq, detail)
                continue
            outcome = await self._worker.call(Cache.apply_results, batch, response)
            touched = _cases_of_batch(batch.mutations, response)
            if outcome.renumbered:
                renumbers += 1
                log.warning("the server's seq count differs from ours: outbox renumbered")
                if renumbers > MAX_RENUMBERS:
                    raise ServerBug(200, "seq_numbering_disagrees")
            else:
                renumbers = 0
            if outcome.answered == 0 and not outcome.renumbered:
                raise ServerBug(200, "no_answers")
            report.batches.append(len(batch))
            report.sent += outcome.answered
            report.conflicts += outcome.conflicts
            report.rejected += outcome.rejected
            report.requeued += outcome.requeued
            pending = await self._worker.call(Cache.pending_count)
            progress = replace(
                progress,
                pending=pending,
                sent=report.sent,
                total=max(progress.total, report.sent + pending),
                conflicts=report.conflicts,
                rejected=report.rejected,
                cases=touched,
            )
            self._emit(progress)

    async def _pull(self, report: SyncReport) -> None:
        self._emit(replace(self.state, phase=SyncPhase.PULLING))
        cursor = await self._worker.call(Cache.cursor)
        restarted = False
        while True:
            try:
                page = await self._api.changes(cursor, limit=self._pull_limit)
            except ApiError as error:
                if error.status != 422 or restarted or not cursor:
                    raise
                # A cursor this server never issued (its database was replaced): start over.
                log.warning("the server refused our changes cursor: pulling everything again")
                await self._worker.call(Cache.reset_cursor)
                cursor, restarted = "", True
                continue
            await self._worker.call(Cache.apply_changes, page)
            if page.changes:
                cases = frozenset(_case_of(record) for record in page.changes)
                self._emit(replace(self.state, phase=SyncPhase.PULLING, cases=cases))
            report.pages += 1
            report.pulled += len(page.changes)
            cursor = page.cursor
            if not page.more:
                return


def _case_of(record: AnyRecord) -> str:
    return record.id if isinstance(record, CaseRecord) else record.case_id


def _cases_of_batch(mutations: Sequence[Mutation], response: SyncResponse) -> frozenset[str] | None:
    """The cases a sent batch touched: named by the mutations (an upsert carries its
    case) or by the server's records; None when one cannot be named (a delete refused)."""
    records = {r.seq: r.record for r in response.results if r.record is not None}
    cases: set[str] = set()
    for mutation in mutations:
        named = mutation.id if mutation.entity is Entity.CASE else mutation.fields.get("case_id")
        record = records.get(mutation.seq)
        if isinstance(named, str):
            cases.add(named)
        elif record is not None:
            cases.add(_case_of(record))
        else:
            return None
    cases |= {_case_of(r) for r in records.values()}
    return frozenset(cases)
