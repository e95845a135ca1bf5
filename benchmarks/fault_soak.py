"""Fault soak: many seeded fault runs, each ending with client and server agreeing exactly.

    python -m benchmarks.fault_soak                 # 1,000 seeds
    python -m benchmarks.fault_soak --runs 50 --first 2000

Each seed is one run of ``tests/sync/fault_run.py`` (the same scenario the test
suite runs for 30 seeds): offline work, a storm of network faults through a
seeded loopback proxy (dropped requests, answers dropped after the backend
committed, duplicates, delays, cut connections, old requests replayed late,
401s, and on every fifth seed a backend restart), conflicts resolved, then an
exact comparison of cache and server.  The backend is the reference backend as
a child process; it starts afresh every ``--fresh-every`` runs (a lead sees
every case, so each new cache's first pull grows with the database).

Not a ``BENCHMARK`` of ``python -m benchmarks``: it is a soak (minutes), not a
measurement.  Exit status 1 when any seed ends in disagreement.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from console.net.client import ApiClient
from console.server.launcher import BackendProcess, backend_command
from tests.sync.fault_proxy import Fault
from tests.sync.fault_run import RunResult, fault_run

LEAD = ("lead1", "training")


class RestartableBackend:
    """The reference backend as a child process; restarts keep its port and database."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.port = 0
        self.url = ""
        self._proc: BackendProcess | None = None

    def start(self) -> None:
        self._proc = BackendProcess(backend_command(self.db, port=self.port))
        self.url = self._proc.start()
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.stop()

    def restart(self) -> None:
        self.stop()
        self.start()


async def soak(first: int, runs: int, fresh_every: int, folder: Path) -> list[RunResult]:
    results: list[RunResult] = []
    backend: RestartableBackend | None = None
    try:
        for index, seed in enumerate(range(first, first + runs)):
            if backend is None or index % fresh_every == 0:
                if backend is not None:
                    await asyncio.to_thread(backend.stop)
                backend = RestartableBackend(folder / f"backend-{index}.db")
                await asyncio.to_thread(backend.start)
            server = backend

            async def restart(server: RestartableBackend = server) -> None:
                await asyncio.to_thread(server.restart)

            async with ApiClient(server.url) as direct:
                await direct.login(*LEAD)
                try:
                    result = await fault_run(
                        seed,
                        direct,
                        lambda server=server: server.port,  # type: ignore[misc]
                        restart,
                        folder / "caches",
                        restarts=1 if seed % 5 == 4 else 0,
                    )
                except AssertionError as error:
                    result = RunResult(seed, problems=[f"did not settle: {error}"])
            results.append(result)
            mark = "ok" if not result.problems else f"FAILED {result.problems[:3]}"
            faults = sum(n for f, n in result.faults.items() if f is not Fault.PASS)
            print(
                f"seed {seed:5d}: {result.seconds:5.2f} s, {result.edits:3d} edits, "
                f"{faults:3d} faults, {result.conflicts} conflicts: {mark}",
                flush=True,
            )
    finally:
        if backend is not None:
            await asyncio.to_thread(backend.stop)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fault_soak", description=__doc__)
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--first", type=int, default=0, help="the first seed")
    parser.add_argument("--fresh-every", type=int, default=100)
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="fault-soak-") as tmp:
        results = asyncio.run(soak(args.first, args.runs, args.fresh_every, Path(tmp)))
    failed = [r for r in results if r.problems]
    totals: Counter[Fault] = Counter()
    for r in results:
        totals.update(r.faults)
    print()
    print(f"{len(results)} runs in {time.monotonic() - started:.0f} s, {len(failed)} failed")
    print(f"edits {sum(r.edits for r in results)}, conflicts {sum(r.conflicts for r in results)}")
    print("faults: " + ", ".join(f"{f.value}={n}" for f, n in sorted(totals.items())))
    for r in failed:
        print(f"  seed {r.seed}: {r.problems}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
