"""Errors split by blame: the environment's are CacheError subclasses, bugs raise as they are."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from console.store import Cache, CacheError, Corrupt, DiskFull, Locked, ReadOnly
from console.store.connection import BUSY_TIMEOUT_S, connect
from console.store.errors import translate


def test_locked_when_another_connection_holds_the_write_lock(
    cache: Cache, key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = connect(cache.path, key)
    try:
        other.execute("BEGIN IMMEDIATE")
        cache.db.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(Locked):
            cache.save_note("c1", "waits for the lock")
        with pytest.raises(Locked):
            cache.save_draft("k", "also waits")
        other.execute("ROLLBACK")
    finally:
        other.close()
    cache.db.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    cache.save_note("c1", "now it works")


def test_corrupt_pages_are_corrupt(data_dir: Path, key: bytes) -> None:
    path = data_dir / "cache.db"
    cache = Cache.open(path, key)
    for i in range(200):
        cache.save_note("c1", f"note {i} " + "x" * 500)
    cache.checkpoint()
    cache.close()
    data = bytearray(path.read_bytes())
    for offset in range(len(data) - 40 * 4096, len(data), 4096):  # the last pages: notes
        data[offset + 100 : offset + 164] = bytes(64)
    path.write_bytes(bytes(data))
    cache = Cache.open(path, key)  # the first page is sound
    try:
        with pytest.raises(Corrupt):
            cache.notes_for_case("c1")
        with pytest.raises(Corrupt):
            cache.save_note("c1", "more")
        assert cache.integrity_check() != []
    finally:
        cache.close()


def test_the_mapping_by_code_and_errno() -> None:
    class Coded(sqlcipher.OperationalError):
        pass

    def coded(code: int) -> sqlcipher.Error:
        error = Coded("x")
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        return error

    assert isinstance(translate(coded(13)), DiskFull)
    assert isinstance(translate(coded(5)), Locked)
    assert isinstance(translate(coded(8 | (1 << 8))), ReadOnly)  # an extended code
    assert isinstance(translate(coded(11)), Corrupt)
    assert translate(coded(19)) is None  # a constraint: our bug
    assert translate(coded(1)) is None  # SQL error: our bug
    assert isinstance(translate(OSError(errno.ENOSPC, "full")), DiskFull)
    assert isinstance(translate(OSError(errno.EROFS, "ro")), ReadOnly)
    assert translate(ValueError("bug")) is None


def test_a_bug_is_not_a_cache_error(cache: Cache) -> None:
    with pytest.raises(sqlcipher.OperationalError) as raised:
        cache.db.rows("SELECT no_such_column FROM notes")
    assert not isinstance(raised.value, CacheError)
    cache.save_note("c1", "x", note_id="n1")
    with pytest.raises(sqlcipher.IntegrityError), cache.db.tx():
        cache.db.conn.execute("INSERT INTO notes(id, case_id, updated_at) VALUES ('n1', 'c1', 'x')")
    assert len(cache.notes_for_case("c1")) == 1
