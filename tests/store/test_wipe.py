"""Sign-out at shift end: the wipe refuses while anything is unsynced, then removes every file."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.protocol import Entity
from console.secrets import CACHE_KEY, Account, SecretStore
from console.store import Cache, CacheWorker, UnsyncedWork
from console.store.connection import Db, connect
from console.store.schema import migrate
from console.sync.keys import open_cache
from tests.support.keyring_memory import MemoryKeyring

from .helpers import applied


def test_wipe_refuses_with_a_summary_of_what_is_unsynced(cache: Cache) -> None:
    case_id = cache.save_case(title="t")
    cache.save_note(case_id, "a")
    cache.save_note(case_id, "b")
    with pytest.raises(UnsyncedWork) as refused:
        cache.wipe()
    summary = refused.value.summary
    assert summary.outbox == 3
    assert dict(summary.records) == {"case": 1, "note": 2, "checklist_run": 0}
    assert not cache.closed and cache.path.exists()


def test_wipe_asks_about_drafts_then_removes_every_file(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore(memory_keyring)
    account = Account("http://127.0.0.1:1", "advocate1")
    cache = open_cache(tmp_path, account, "pw", secrets=store)
    note_id = cache.save_note("c1", "text")
    while (batch := cache.take_batch(500)) is not None:
        cache.apply_results(batch, applied(batch, "c1"))
    cache.save_draft("case:c1:note", "unsent draft")
    with pytest.raises(UnsyncedWork) as refused:
        cache.wipe()
    assert refused.value.summary.drafts == 1 and not refused.value.summary.blocking
    assert cache.record(Entity.NOTE, note_id) is not None
    folder = cache.path.parent
    assert (folder / "cache.db-wal").exists()
    cache.wipe(discard_drafts=True)
    assert cache.closed
    assert not folder.exists() or list(folder.iterdir()) == []
    assert store.get(account, CACHE_KEY) is None


def test_wipe_removes_migration_backups(data_dir: Path, key: bytes) -> None:
    path = data_dir / "cache.db"
    old = Db(connect(path, key), path, key)
    migrate(old, 1)
    old.close()
    cache = Cache.open(path, key)
    assert len(cache.files()) >= 2
    cache.wipe()
    assert list(data_dir.iterdir()) == []


@pytest.mark.asyncio
async def test_wipe_needs_the_worker_closed_first(cache: Cache) -> None:
    worker = CacheWorker(cache)
    assert await worker.call(Cache.pending_count) == 0  # the worker's connection is open
    with pytest.raises(RuntimeError, match="worker"):
        cache.wipe()
    await worker.aclose()
    cache.wipe()
