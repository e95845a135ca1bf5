"""Sync: 10,000 offline edits sent after the connection returns, against the real backend.

The reference backend runs as a child process on 127.0.0.1 (demo data, SQLite
in a temporary folder).  A cache is filled with 10,000 new notes while the sync
engine is not running (offline); the clock starts when the engine starts (the
connection is back) and stops when the outbox is empty (every answer stored),
then again when the following pull is done (the engine idle).  Baseline, in the
same run on a second fresh backend: a bare client posting the same 10,000
mutations in batches of 500, pre-built, with nothing stored: what the backend
alone costs.

Run alone: ``python -m benchmarks.bench_sync [--quick]``.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from benchmarks.child import ChildBackend
from benchmarks.harness import Figure, Options, Report, Target
from console.net.client import ApiClient
from console.protocol import Entity, Mutation, MutationOp, SyncRequest
from console.secrets import new_cache_key
from console.store import Cache
from console.sync import SyncEngine, SyncPhase, SyncProgress

TARGET_S = 10.0
LEAD = ("lead1", "training")
BATCH = 500


@dataclass
class SyncTimes:
    edits: int
    offline_writes_s: float
    drained_s: float
    idle_s: float
    batches: int
    baseline_s: float


def _body(i: int) -> str:
    return f"Note {i}: caller describes the employer, the housing and the debt. " * 3


async def _case(api: ApiClient) -> str:
    case_id = str(uuid.uuid4())
    mutation = Mutation(seq=1, entity=Entity.CASE, op=MutationOp.UPSERT, id=case_id,
                        fields={"title": "benchmark"})  # fmt: skip
    await api.sync(SyncRequest(client_id=uuid.uuid4().hex, mutations=[mutation]))
    return case_id


async def _baseline(url: str, count: int) -> float:
    async with ApiClient(url) as api:
        await api.login(*LEAD)
        case_id = await _case(api)
        client_id = uuid.uuid4().hex
        requests = [
            SyncRequest(
                client_id=client_id,
                mutations=[
                    Mutation(seq=seq, entity=Entity.NOTE, op=MutationOp.UPSERT,
                             id=str(uuid.uuid4()), fields={"case_id": case_id, "body": _body(seq)})
                    for seq in range(start + 1, min(start + BATCH, count) + 1)
                ],
            )
            for start in range(0, count, BATCH)
        ]  # fmt: skip
        started = time.perf_counter()
        for request in requests:
            await api.sync(request)
        return time.perf_counter() - started


async def _engine(url: str, folder: Path, count: int) -> tuple[float, float, float, int]:
    async with ApiClient(url) as api:
        await api.login(*LEAD)
        case_id = await _case(api)
        cache = Cache.open(folder / "cache.db", new_cache_key())
        started = time.perf_counter()
        for i in range(count):
            cache.save_note(case_id, _body(i))
        offline = time.perf_counter() - started
        marks: dict[str, float] = {}
        done = asyncio.Event()

        def on_state(progress: SyncProgress) -> None:
            now = time.perf_counter()
            if progress.phase is SyncPhase.SENDING and progress.pending == 0 and progress.sent:
                marks.setdefault("drained", now)
            if progress.phase is SyncPhase.IDLE:
                marks.setdefault("idle", now)
                done.set()

        engine = SyncEngine(cache, api, on_state=on_state)
        started = time.perf_counter()
        engine.start()  # the connection is back
        await asyncio.wait_for(done.wait(), 120)
        batches = -(-count // BATCH)
        await engine.aclose()
        assert cache.unsynced().outbox == 0
        cache.close()
        return offline, marks["drained"] - started, marks["idle"] - started, batches


def measure(count: int) -> SyncTimes:
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        folder = Path(tmp)
        with ChildBackend(folder / "baseline.db") as baseline:
            baseline_s = asyncio.run(_baseline(baseline.url, count))
        with ChildBackend(folder / "backend.db") as backend:
            offline, drained, idle, batches = asyncio.run(_engine(backend.url, folder, count))
    return SyncTimes(count, offline, drained, idle, batches, baseline_s)


class SyncBench:
    name = "sync"
    title = "Sync: 10,000 offline edits after reconnect"

    def run(self, options: Options) -> Report:
        count = 1000 if options.quick else 10_000
        t = measure(count)
        figures = [
            Figure(f"{count} offline edits: outbox empty after reconnect", t.drained_s, "s",
                   Target("<=", TARGET_S) if count == 10_000 else None),
            Figure(f"{count} offline edits: sent and pulled (engine idle)", t.idle_s, "s"),
            Figure("baseline: bare client posting the same batches", t.baseline_s, "s"),
            Figure("engine drain / bare client", t.drained_s / t.baseline_s, "x"),
            Figure(f"{count} offline note saves (row + outbox each)", t.offline_writes_s, "s"),
        ]  # fmt: skip
        details = [
            f"{t.edits} edits in {t.batches} batches of up to {BATCH}",
            f"drain {t.drained_s:.2f} s, idle after pull {t.idle_s:.2f} s, "
            f"bare client {t.baseline_s:.2f} s",
            f"offline writes {t.offline_writes_s:.2f} s "
            f"({1000 * t.offline_writes_s / t.edits:.2f} ms each)",
        ]
        method = (
            "`benchmarks/bench_sync.py`: the reference backend as a child process on 127.0.0.1 "
            "with its SQLite file in a temporary folder, signed in as the demo lead. "
            f"{count} new notes are saved to an encrypted cache (SQLCipher 4, WAL, "
            "`synchronous=FULL`) with no engine running; the clock starts when `SyncEngine` "
            "starts and stops when the outbox is empty with every answer stored (then again "
            "when the pull that follows is done). Cache work runs on the engine's worker "
            "thread. Baseline in the same run, on a second fresh backend: a bare `ApiClient` "
            "posting the same number of pre-built mutations in batches of 500, storing nothing."
        )
        return Report(self.name, self.title, figures, method, details)


BENCHMARK = SyncBench()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_sync")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    report = BENCHMARK.run(Options(quick=args.quick))
    for figure in report.figures:
        print(f"{figure.figure:<56} {figure.value:9.3f} {figure.unit}")
    for line in report.details:
        print(f"   {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
