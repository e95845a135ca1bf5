"""Kill test (issue 4 "Proof"): SIGKILL at random moments while notes are typed and synced.

After each kill: ``PRAGMA integrity_check`` is ok and every note and draft the
child reported as saved is in the cache, at that revision or a later one.
After all kills and a final sync: the server has every note exactly once, with
the cache's text and version, and no note has more versions than it had
revisions (no mutation applied twice).  ``KILL_RUNS`` sets the number of kills
(15 by default; 100 for the soak: ``KILL_RUNS=100 pytest tests/sync/test_kill.py``).
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from console.net.client import ApiClient
from console.protocol import Entity
from console.secrets import new_cache_key
from console.store import Cache
from console.sync import SyncEngine
from tests.conftest import Backend

from .helpers import LEAD, create_case
from .kill_child import digest, rev_of

ROOT = Path(__file__).resolve().parents[2]
KILL_RUNS = int(os.environ.get("KILL_RUNS", "15"))


class Child:
    """One run of the child; its stdout is read on a thread so the parent can kill any time."""

    def __init__(self, cache: Path, url: str, case_id: str, seed: int, key: bytes) -> None:
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.kill_child", str(cache), url, case_id, str(seed)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(key.hex() + "\n")
        self.proc.stdin.close()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.strip() == "READY":
                self.ready.set()
            else:
                self.lines.append(line.split())

    def saved(self) -> int:
        return sum(1 for parts in self.lines if parts[0] == "SAVED")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self._reader.join(timeout=10)  # every line written before the kill
        assert self.proc.stdout is not None
        self.proc.stdout.close()


def _check_cache(path: Path, key: bytes, case_id: str, saved: dict[str, tuple[int, str]],
                 draft: int) -> None:  # fmt: skip
    cache = Cache.open(path, key)
    try:
        assert cache.integrity_check() == []
        bodies = {c.id: c.record.body for c in cache.notes_for_case(case_id)}  # type: ignore[attr-defined]
        for note_id, (rev, body_digest) in saved.items():
            assert note_id in bodies, "a note reported as saved is missing"
            have = rev_of(bodies[note_id])
            assert have >= rev, "a saved revision was lost"
            if have == rev:
                assert digest(bodies[note_id]) == body_digest
        current = cache.draft(f"case:{case_id}:note")
        assert draft == 0 or (current is not None and int(current.split()[1]) >= draft)
    finally:
        cache.close()


async def _final_sync(url: str, path: Path, key: bytes, case_id: str) -> dict[str, tuple[str, int]]:
    cache = Cache.open(path, key)
    api = ApiClient(url)
    await api.login(*LEAD)
    engine = SyncEngine(cache, api)
    try:
        await engine.sync_once()
        assert cache.unsynced().blocking is False and cache.conflicts() == []
        local = {c.id: (c.record.body, c.record.version) for c in cache.notes_for_case(case_id)}  # type: ignore[attr-defined]
        server = {n.id: (n.body, n.version) for n in (await api.case(case_id)).notes}
        assert server == local  # every note exactly once, same text, same version
        assert cache.count(Entity.NOTE) == len(local)
        return server
    finally:
        await engine.aclose()
        await api.aclose()
        cache.close()


def test_sigkill_while_typing_and_syncing_loses_nothing(backend: Backend, tmp_path: Path) -> None:
    rng = random.Random(20260)
    key = new_cache_key()
    path = tmp_path / "kill" / "cache.db"

    async def make_case() -> str:
        async with ApiClient(backend.url) as api:
            await api.login(*LEAD)
            return await create_case(api, "kill test")

    case_id = asyncio.run(make_case())
    saved: dict[str, tuple[int, str]] = {}
    draft = 0
    started = time.monotonic()
    for run in range(KILL_RUNS):
        child = Child(path, backend.url, case_id, seed=run, key=key)
        try:
            assert child.ready.wait(30), "the child did not start"
            target = rng.randint(1, 40)
            deadline = time.monotonic() + 20
            while child.saved() < target and child.proc.poll() is None:
                assert time.monotonic() < deadline, "the child stopped writing"
                time.sleep(0.002)  # polling the child's output, not waiting for a guess
            time.sleep(rng.uniform(0, 0.03))  # a random moment: mid-write, mid-sync or idle
        finally:
            child.kill()
        assert child.proc.returncode == -signal.SIGKILL
        for parts in child.lines:
            if parts[0] == "SAVED":
                saved[parts[1]] = (int(parts[2]), parts[3])
            elif parts[0] == "DRAFT":
                draft = int(parts[2])
        _check_cache(path, key, case_id, saved, draft)
    server = asyncio.run(_final_sync(backend.url, path, key, case_id))
    assert set(saved) <= set(server)
    for body, version in server.values():
        assert version <= rev_of(body) + 1, "more versions than revisions: applied twice"
    assert len(saved) > KILL_RUNS  # the test really typed
    print(f"{KILL_RUNS} kills, {len(server)} notes, {time.monotonic() - started:.1f} s")
