"""The cache key: random, wrapped by the password in the keyring, per account."""

from __future__ import annotations

from pathlib import Path

import keyring.backends.fail
import pytest

from console.secrets import CACHE_KEY, Account, SecretStore, StorageNotice, WrongPassword
from console.store import KeyMissing, KeyringUnavailable
from console.sync.keys import account_folder, open_cache, open_cache_async, rewrap_cache_key
from tests.support.keyring_memory import MemoryKeyring

ANA = Account("http://127.0.0.1:8765", "advocate1")
BEN = Account("http://127.0.0.1:8765", "advocate2")


def test_first_use_makes_a_key_stored_only_wrapped(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore(memory_keyring)
    cache = open_cache(tmp_path, ANA, "ana's password", secrets=store)
    assert cache.durable and cache.notice is None
    cache.save_note("c1", "offline note")
    raw = cache.db.key
    cache.close()
    blob = store.get(ANA, CACHE_KEY)
    assert blob is not None and raw.hex() not in blob and "ana's password" not in blob
    # Signing in again (no network needed) opens the same cache.
    again = open_cache(tmp_path, ANA, "ana's password", secrets=store)
    assert [c.record.body for c in again.notes_for_case("c1")] == ["offline note"]  # type: ignore[attr-defined]
    again.close()


def test_a_wrong_password_or_another_advocate_cannot_open_it(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore(memory_keyring)
    open_cache(tmp_path, ANA, "right", secrets=store).close()
    with pytest.raises(WrongPassword):
        open_cache(tmp_path, ANA, "wrong", secrets=store)
    # Ben on the same OS login gets his own cache in his own folder.
    assert account_folder(tmp_path, ANA) != account_folder(tmp_path, BEN)
    ben = open_cache(tmp_path, BEN, "right", secrets=store)
    assert ben.notes_for_case("c1") == []
    ben.close()


def test_a_password_change_rewraps_the_same_key(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore(memory_keyring)
    cache = open_cache(tmp_path, ANA, "old", secrets=store)
    cache.save_note("c1", "kept")
    cache.close()
    rewrap_cache_key(ANA, "old", "new", secrets=store)
    with pytest.raises(WrongPassword):
        open_cache(tmp_path, ANA, "old", secrets=store)
    cache = open_cache(tmp_path, ANA, "new", secrets=store)
    assert len(cache.notes_for_case("c1")) == 1
    cache.close()


def test_a_lost_key_is_said(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    store = SecretStore(memory_keyring)
    open_cache(tmp_path, ANA, "pw", secrets=store).close()
    store.delete(ANA, CACHE_KEY)
    with pytest.raises(KeyMissing):
        open_cache(tmp_path, ANA, "pw", secrets=store)


def test_without_a_keyring_the_cache_is_ephemeral_and_says_so(tmp_path: Path) -> None:
    store = SecretStore(keyring.backends.fail.Keyring())
    assert not store.is_persistent
    cache = open_cache(tmp_path, ANA, "pw", secrets=store)
    assert not cache.durable and cache.notice == StorageNotice.NO_KEYRING.value
    cache.save_note("c1", "kept only while running")
    assert len(cache.notes_for_case("c1")) == 1
    first = cache.path
    cache.close()
    # The next start cannot read it (the key died with the process) and removes it.
    again = open_cache(tmp_path, ANA, "pw", secrets=store)
    assert again.notes_for_case("c1") == [] and not first.exists()
    again.close()
    with pytest.raises(KeyringUnavailable):
        open_cache(tmp_path, ANA, "pw", secrets=store, allow_ephemeral=False)


@pytest.mark.asyncio
async def test_the_slow_unlock_runs_off_the_calling_thread(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    store = SecretStore(memory_keyring)
    open_cache(tmp_path, ANA, "pw", secrets=store).close()
    cache = await open_cache_async(tmp_path, ANA, "pw", secrets=store)
    try:
        cache.save_note("c1", "usable on the thread that awaited it")
        assert len(cache.notes_for_case("c1")) == 1
    finally:
        cache.close()
    with pytest.raises(WrongPassword):
        await open_cache_async(tmp_path, ANA, "wrong", secrets=store)
