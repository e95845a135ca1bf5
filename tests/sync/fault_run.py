"""One seeded fault run: offline work, a storm of network faults, then exact agreement.

Shared by ``tests/sync/test_faults.py`` (about 30 seeds) and
``benchmarks/fault_soak.py`` (1,000).  A run, all driven by its seed:

1. a case made on the server; another client (straight to the backend) adds notes;
   the console's cache pulls them;
2. offline: the console creates, edits and deletes notes, edits the case and a
   checklist run; the other client edits or deletes some of the same notes;
3. the storm: the engine runs through a :class:`FaultProxy` that drops requests,
   drops answers after the backend committed, duplicates, delays, cuts, replays
   old requests late, answers 401, cuts the event stream (which resumes with
   Last-Event-ID and nudges the engine as the app's does) and (some seeds)
   restarts the backend, while the console keeps typing;
4. calm: conflicts are resolved (keep mine, keep theirs, merge or keep both, by
   seed) and synced;
5. the check: cache and server hold the same records with the same versions and
   content; the outbox is empty, no conflict left; no record has more versions
   than writes made to it (nothing applied twice).
"""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from console.net.backoff import Backoff
from console.net.client import ApiClient
from console.net.events import EventStream
from console.net.stream_types import StreamEvent
from console.protocol import CaseStatus, Entity, EventName, NoteKind
from console.secrets import new_cache_key
from console.store import Cache, Resolution
from console.sync import SyncEngine, SyncPhase

from .fault_proxy import Fault, FaultProxy, Seeded
from .helpers import LEAD, RawWriter, create_case, disagreements, in_case, server_records

MIN_FAULTS = 3
TAGS = ("labor", "sex", "debt", "document_confiscation", "minor")


@dataclass
class RunResult:
    seed: int
    faults: Counter[Fault] = field(default_factory=Counter)
    edits: int = 0
    conflicts: int = 0
    seconds: float = 0.0
    events: int = 0  # received on the event stream (cut and resumed through the storm)
    problems: list[str] = field(default_factory=list)


class _Console:
    """The console's side: its cache, engine and what it wrote."""

    def __init__(self, cache: Cache, engine: SyncEngine, case_id: str, rng: random.Random):
        self.cache = cache
        self.engine = engine
        self.case_id = case_id
        self.rng = rng
        self.writes: Counter[str] = Counter()
        self.run_id = str(uuid.uuid4())

    def _notes(self) -> list[str]:
        return sorted(c.id for c in self.cache.notes_for_case(self.case_id))

    def act(self) -> None:
        """One thing an advocate does (a note, an edit, a delete, a tag, a checklist item)."""
        rng, notes = self.rng, self._notes()
        draw = rng.random()
        if draw < 0.35 or not notes:
            note_id = self.cache.save_note(
                self.case_id, f"new {rng.random():.6f}", kind=rng.choice(list(NoteKind))
            )
        elif draw < 0.75:
            note_id = rng.choice(notes)
            self.cache.save_note(self.case_id, f"edit {rng.random():.6f}", note_id=note_id)
        elif draw < 0.82:
            note_id = rng.choice(notes)
            self.cache.delete(Entity.NOTE, note_id)
        elif draw < 0.9:
            note_id = self.case_id
            self.cache.save_case(self.case_id, tags=sorted(rng.sample(TAGS, rng.randint(0, 3))))
        else:
            note_id = self.run_id
            state = rng.choice(["todo", "done", "declined"])
            self.cache.save_checklist_run(
                self.case_id, "immediate_danger", 1, {"a1": {"state": state}}, run_id=note_id
            )
        self.writes[note_id] += 1
        self.engine.nudge()


async def _settled(engine: SyncEngine, cache: Cache, timeout: float) -> None:
    """Until the engine is idle with nothing pending (it keeps running meanwhile)."""
    deadline = time.monotonic() + timeout
    while not (engine.state.phase is SyncPhase.IDLE and cache.pending_count() == 0):
        if engine.state.phase in (SyncPhase.SIGNED_OUT, SyncPhase.STOPPED):
            raise AssertionError(f"the engine stopped: {engine.state}")
        if time.monotonic() > deadline:
            raise AssertionError(f"not settled within {timeout} s: {engine.state}")
        engine.reconnected()  # as the app does when its event stream is back
        await asyncio.sleep(0.02)


def _resolve(cache: Cache, rng: random.Random, writes: Counter[str]) -> int:
    conflicts = cache.conflicts()
    for conflict in conflicts:
        choices = [Resolution.KEEP_LOCAL, Resolution.KEEP_SERVER]
        if conflict.entity is Entity.NOTE and not conflict.local.deleted:
            choices += [Resolution.KEEP_BOTH, Resolution.MERGE]
        choice = rng.choice(choices)
        fields = None
        if choice is Resolution.MERGE:
            theirs = getattr(conflict.server, "body", "")
            fields = {**conflict.local.fields, "body": conflict.local.fields["body"] + theirs}
        new_id = cache.resolve_conflict(conflict.entity, conflict.id, choice, fields)
        writes[conflict.id] += 1
        if new_id is not None:
            writes[new_id] += 1
    return len(conflicts)


async def fault_run(
    seed: int,
    direct: ApiClient,
    backend_port: Callable[[], int],
    restart: Callable[[], Awaitable[None]],
    folder: Path,
    *,
    restarts: int = 0,
    actions: int = 30,
) -> RunResult:
    started = time.monotonic()
    result = RunResult(seed)
    rng = random.Random(seed)
    case_id = await create_case(direct, f"fault run {seed}")
    other = RawWriter(direct)
    for _ in range(rng.randint(1, 4)):
        note_id = str(uuid.uuid4())
        await other.write(Entity.NOTE, note_id, {"case_id": case_id, "body": "theirs"}, None)

    proxy = FaultProxy(backend_port, Seeded(seed, restarts=restarts), restart=restart, seed=seed)
    await proxy.start()
    api = ApiClient(proxy.url, timeout=httpx.Timeout(5.0, connect=2.0))
    cache = Cache.open(folder / f"seed-{seed}" / "cache.db", new_cache_key())
    engine = SyncEngine(
        cache,
        api,
        # Small batches and pages: many requests, so many places for a fault to land.
        batch_size=rng.randint(1, 12),
        pull_limit=rng.randint(2, 20),
        backoff=Backoff(base=0.01, cap=0.15, rng=random.Random(seed)),
        poll_interval=0.5,
    )
    console = _Console(cache, engine, case_id, rng)
    events = 0

    def on_event(event: StreamEvent) -> None:
        # As the app does: a record changed elsewhere brings a pull.
        nonlocal events
        events += 1
        if event.name is EventName.RECORD_CHANGED:
            engine.nudge()

    stream = EventStream(
        api,
        on_event,
        on_reconnected=lambda _info: engine.reconnected(),
        backoff=Backoff(base=0.01, cap=0.2, rng=random.Random(seed)),
    )
    try:
        await api.login(*LEAD)
        stream.start()
        first = SyncEngine(cache, api)  # everything so far, in big pages, before the storm
        try:
            await first.sync_once()
        finally:
            await first.aclose()
        for _ in range(rng.randint(actions // 3, actions)):
            console.act()
        # The other client edits or deletes some of the same notes meanwhile.
        current = {k: r for k, r in (await server_records(direct)).items() if in_case(r, case_id)}
        for (entity, record_id), record in sorted(current.items()):
            if entity == "note" and not record.deleted and rng.random() < 0.5:
                delete = rng.random() < 0.3
                fields = {"case_id": case_id, "body": f"theirs {rng.random():.6f}"}
                await other.write(Entity.NOTE, record_id, fields, record.version, delete=delete)
        if rng.random() < 0.3:
            case = current[("case", case_id)]
            await other.write(Entity.CASE, case_id, {"status": CaseStatus.CLOSED}, case.version)

        proxy.armed = True
        engine.start()
        typed = 0
        # Typing goes on through the storm, until it has brought a few faults.
        while typed < actions // 2 or (proxy.faults() < MIN_FAULTS and typed < 10 * actions):
            console.act()
            typed += 1
            await asyncio.sleep(rng.uniform(0, 0.02))  # typing pace while the storm goes on
        try:
            await _settled(engine, cache, 60)
        except AssertionError as error:
            result.problems.append(f"storm: {error}")
            return result
        proxy.armed = False
        await proxy.wait_restarted()
        for _ in range(4):
            resolved = _resolve(cache, rng, console.writes)
            result.conflicts += resolved
            engine.nudge()
            await _settled(engine, cache, 30)
            if not resolved and not cache.conflicts():
                break
        await engine.stop()
        await engine.sync_once()  # a last pull, with nothing running beside it
        server = await server_records(direct)
        result.problems = disagreements(cache, server, case_id)
        if cache.conflicts():
            result.problems.append("conflicts left")
        for (_entity, record_id), record in server.items():
            if not in_case(record, case_id):
                continue
            made = console.writes[record_id] + other.writes.get(record_id, 0)
            made += 1 if record_id == case_id else 0  # create_case
            if record.version > made:
                result.problems.append(f"{record_id}: {record.version} versions from {made} writes")
    finally:
        await stream.aclose()
        await engine.aclose()
        await api.aclose()
        await proxy.aclose()
        cache.close()
        result.faults = proxy.counts
        result.edits = sum(console.writes.values())
        result.seconds = time.monotonic() - started
        result.events = events
    return result
