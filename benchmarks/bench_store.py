"""Encrypted cache: draft autosave against a raw sqlcipher3 write of the same bytes.

Both sides write to their own SQLCipher 4 file in the same temporary folder,
with the same pragmas (raw 256-bit key, WAL, ``synchronous=FULL``) and the same
table shape; each autosave is one committed transaction.  The baseline is the
leanest raw form: one parametrised ``INSERT OR REPLACE`` on a connection in
autocommit mode.  The console's side is ``Cache.save_draft`` (its write gate,
error mapping, timestamp and upsert).  The two alternate call by call (ABBA),
so disk and CPU drift hit both alike.  Also reported, for the frame budget of
the UI thread: a note save (record row + outbox mutation), storing the answers
to a 500-mutation batch and applying a 200-record chunk of pulled changes (the
longest transactions a worker runs; the UI's next write waits at most that).

Run alone: ``python -m benchmarks.bench_store [--quick]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from benchmarks.harness import Figure, Options, Report, Target
from benchmarks.stats import Summary
from console.protocol import (
    ChangesResponse,
    MutationResult,
    MutationStatus,
    NoteRecord,
    SyncResponse,
)
from console.secrets import new_cache_key
from console.store import Batch, Cache

RATIO_TARGET = 1.3
WORDS = ("the", "person", "said", "they", "cannot", "leave", "the", "farm", "because", "the",
         "boss", "holds", "their", "passport")  # fmt: skip


def _raw_connection(path: Path, key: bytes) -> sqlcipher.Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE drafts (key TEXT PRIMARY KEY, text TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    return conn


def _typing(count: int) -> list[str]:
    """A draft growing as someone types (autosaved every few words), ~2 KB on average."""
    texts, words = [], []
    for i in range(count):
        words.append(WORDS[i % len(WORDS)])
        if len(" ".join(words)) > 4000:
            words = words[len(words) // 2 :]
        texts.append(" ".join(words))
    return texts


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure_autosave(folder: Path, count: int) -> tuple[list[float], list[float]]:
    """Seconds per write: (cache.save_draft, raw INSERT OR REPLACE), interleaved ABBA."""
    key = new_cache_key()
    cache = Cache.open(folder / "console" / "cache.db", key)
    raw = _raw_connection(folder / "raw.db", new_cache_key())
    sql = "INSERT OR REPLACE INTO drafts(key, text, updated_at) VALUES (?, ?, ?)"
    draft_key = "case:5f0c2d1e-0000-4000-8000-000000000000:note"
    ours: list[float] = []
    theirs: list[float] = []
    try:
        for i, text in enumerate(_typing(count)):

            def mine(text: str = text) -> None:
                cache.save_draft(draft_key, text)

            def base(text: str = text) -> None:
                raw.execute(sql, (draft_key, text, datetime.now(UTC).isoformat()))

            if i % 2:
                ours.append(_time(mine))
                theirs.append(_time(base))
            else:
                theirs.append(_time(base))
                ours.append(_time(mine))
        assert cache.draft(draft_key) == text
    finally:
        cache.close()
        raw.close()
    return ours[10:], theirs[10:]  # without the first writes (file growth, caches)


def _answers(batch: Batch, now: datetime) -> SyncResponse:
    results = [
        MutationResult(
            seq=q.mutation.seq,
            status=MutationStatus.APPLIED,
            version=1,
            record=NoteRecord(id=q.mutation.id, version=1, updated_at=now, **q.mutation.fields),
        )
        for q in batch.items
    ]
    return SyncResponse(last_seq=batch.last_seq, results=results)


def measure_worker_transactions(folder: Path, rounds: int) -> dict[str, list[float]]:
    cache = Cache.open(folder / "worker" / "cache.db", new_cache_key())
    now = datetime.now(UTC)
    found: dict[str, list[float]] = {"note": [], "apply_results": [], "apply_changes": []}
    try:
        for r in range(rounds):
            for i in range(500):
                body = f"round {r} note {i} " * 20
                start = time.perf_counter()
                cache.save_note("case-1", body)
                found["note"].append(time.perf_counter() - start)
            batch = cache.take_batch(500)
            assert batch is not None
            response = _answers(batch, now)
            start = time.perf_counter()
            cache.apply_results(batch, response)
            found["apply_results"].append(time.perf_counter() - start)
            pulled = [
                NoteRecord(id=f"pulled-{r}-{i}", case_id="case-2", version=1, updated_at=now,
                           body=f"pulled {i} " * 30)
                for i in range(200)
            ]  # fmt: skip
            page = ChangesResponse(changes=pulled, cursor=f"c{r}", more=False)
            start = time.perf_counter()
            cache.apply_changes(page)
            found["apply_changes"].append(time.perf_counter() - start)
    finally:
        cache.close()
    return found


def _ms(values: list[float]) -> Summary:
    return Summary.of([v * 1000 for v in values])


class StoreBench:
    name = "store"
    title = "Encrypted cache: draft autosave vs a raw sqlcipher3 write"

    def run(self, options: Options) -> Report:
        count = 300 if options.quick else 3000
        with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp:
            folder = Path(tmp)
            ours, theirs = measure_autosave(folder, count)
            worker = measure_worker_transactions(folder, 1 if options.quick else 4)
        ours_s, theirs_s = _ms(ours), _ms(theirs)
        ratio = statistics.median(ours) / statistics.median(theirs)
        mean_ratio = statistics.fmean(ours) / statistics.fmean(theirs)
        note, results, changes = (
            _ms(worker[k]) for k in ("note", "apply_results", "apply_changes")
        )
        figures = [
            Figure("draft autosave / raw sqlcipher3 write (median)", ratio, "x",
                   Target("<=", RATIO_TARGET)),
            Figure("draft autosave / raw sqlcipher3 write (mean)", mean_ratio, "x"),
            Figure("draft autosave p50", ours_s.p50_ms, "ms"),
            Figure("draft autosave p99", ours_s.p99_ms, "ms"),
            Figure("raw sqlcipher3 write p50", theirs_s.p50_ms, "ms"),
            Figure("note save (row + outbox mutation) p50", note.p50_ms, "ms"),
            Figure("store answers to a 500-mutation batch (max)", results.max_ms, "ms"),
            Figure("apply 200 pulled changes (max)", changes.max_ms, "ms"),
        ]  # fmt: skip
        details = [
            ours_s.line("cache.save_draft"),
            theirs_s.line("raw INSERT OR REPLACE"),
            note.line("save_note"),
            results.line("apply_results(500)"),
            changes.line("apply_changes(200)"),
        ]
        method = (
            "`benchmarks/bench_store.py`: two SQLCipher 4 files in one temporary folder, each "
            "keyed with a raw 256-bit key, WAL, `synchronous=FULL`. "
            f"{count} autosaves of a draft growing as someone types (up to 4,000 characters), "
            "alternating call by call between `Cache.save_draft` and the baseline, a raw "
            "sqlcipher3 `INSERT OR REPLACE` of the same key, text and timestamp on a connection "
            "in autocommit mode (one statement, one transaction, like the cache's). The ratio is "
            "of the medians of per-call wall time; the first 10 writes are left out. The note "
            "save, 500 stored answers and 200 pulled records are timed on a third file; the last "
            "two are the longest transactions the sync worker runs (a UI write waits at most "
            "one of them)."
        )
        return Report(self.name, self.title, figures, method, details)


BENCHMARK = StoreBench()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_store")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    report = BENCHMARK.run(Options(quick=args.quick))
    for figure in report.figures:
        print(f"{figure.figure:<52} {figure.value:9.3f} {figure.unit}")
    for line in report.details:
        print(f"   {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
