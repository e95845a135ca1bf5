"""Schema version, forward migrations with a backup, keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from console.secrets import new_cache_key
from console.store import Cache, SchemaTooNew, WrongKey
from console.store.connection import Db, connect
from console.store.schema import LATEST, STEPS, backup_paths, migrate, version


def _open_at_version(path: Path, key: bytes, target: int) -> Db:
    db = Db(connect(path, key), path, key)
    migrate(db, target)
    return db


def test_a_new_cache_has_the_latest_schema(cache: Cache) -> None:
    assert version(cache.db) == LATEST == len(STEPS)
    assert backup_paths(cache.path) == []  # nothing to back up on a new file
    tables = {r[0] for r in cache.db.conn.execute("SELECT name FROM sqlite_master")}
    expected = {"cases", "notes", "checklist_runs", "outbox", "conflicts", "sync_state"}
    assert expected | {"drafts", "sessions", "messages", "replies", "notes_fts"} <= tables


def test_an_old_cache_migrates_forward_after_a_backup(data_dir: Path, key: bytes) -> None:
    path = data_dir / "cache.db"
    old = _open_at_version(path, key, 1)
    old.conn.execute(
        "INSERT INTO notes(id, case_id, body, updated_at)"
        " VALUES ('n1', 'c1', 'kept words', '2026-01-01T00:00:00+00:00')"
    )
    old.conn.execute("INSERT INTO drafts(key, text, updated_at) VALUES ('k', 'a draft', 'x')")
    assert version(old) == 1
    old.close()

    cache = Cache.open(path, key)
    try:
        assert version(cache.db) == LATEST
        note = cache.record("note", "n1")
        assert note is not None and note.record.body == "kept words"  # type: ignore[union-attr]
        assert cache.draft("k") == "a draft"
        # The index built by step 2 covers notes written before it existed.
        assert [h.id for h in cache.search("kept")] == ["n1"]
        [backup] = backup_paths(path)
        assert backup.name == "cache.db.v1.bak"
        assert cache.path in [path]
    finally:
        cache.close()
    # The backup is the old database, still encrypted with the same key.
    with pytest.raises(WrongKey):
        Db(connect(backup, new_cache_key()), backup, key)
    restored = Db(connect(backup, key), backup, key)
    try:
        assert version(restored) == 1
        assert restored.scalar("SELECT body FROM notes WHERE id = 'n1'") == "kept words"
    finally:
        restored.close()


def test_a_failed_step_leaves_the_previous_version(
    data_dir: Path, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = data_dir / "cache.db"
    _open_at_version(path, key, 1).close()

    def broken(db: object) -> None:
        raise RuntimeError("step failed")

    monkeypatch.setattr("console.store.schema.STEPS", (STEPS[0], broken))
    with pytest.raises(RuntimeError):
        Cache.open(path, key)
    monkeypatch.undo()
    db = Db(connect(path, key), path, key)
    try:
        assert version(db) == 1
        assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'sessions'") == 0
    finally:
        db.close()
    Cache.open(path, key).close()  # and the real step still applies afterwards


def test_a_cache_from_a_newer_console_is_refused(data_dir: Path, key: bytes) -> None:
    path = data_dir / "cache.db"
    Cache.open(path, key).close()
    db = Db(connect(path, key), path, key)
    db.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    db.close()
    with pytest.raises(SchemaTooNew):
        Cache.open(path, key)


def test_a_wrong_key_is_wrong_key(open_cache_at: Callable[..., Cache], data_dir: Path) -> None:
    cache = open_cache_at()
    cache.save_note("c1", "text")
    cache.close()
    with pytest.raises(WrongKey):
        Cache.open(data_dir / "cache.db", new_cache_key())
    # and the right key still opens it
    again = open_cache_at()
    assert len(again.notes_for_case("c1")) == 1


def test_the_file_has_no_plaintext_header(cache: Cache) -> None:
    cache.save_note("c1", "text")
    cache.checkpoint()
    assert not cache.path.read_bytes().startswith(b"SQLite format 3")


def test_pragmas(cache: Cache) -> None:
    conn = cache.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert cache.integrity_check() == []
