"""Secrets: the keyring interface, its memory-only fallback, and the wrapped cache key.

The keyring is the in-memory test backend (tests/conftest.py) or keyring's own
``fail``/``null`` backends; the real keychain is never touched.
"""

from __future__ import annotations

import base64
import json

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from console.net.tokens import RefreshTokenStore
from console.secrets import (
    CACHE_KEY,
    REFRESH_TOKEN,
    Account,
    KeyBlobError,
    SecretStore,
    StorageNotice,
    TokenStore,
    WrongPassword,
    new_cache_key,
    unwrap_key,
    wrap_key,
)
from tests.support.keyring_memory import MemoryKeyring

ALICE = Account("http://127.0.0.1:8765", "alice")
BOB = Account("http://127.0.0.1:8765", "bob")
ALICE_ELSEWHERE = Account("https://hotline.example", "alice")


# ---------------------------------------------------------------- the store


def test_secrets_go_to_the_keyring_per_account(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    assert store.is_persistent
    assert store.notice is None
    store.set(ALICE, CACHE_KEY, "wrapped-a")
    store.set(BOB, CACHE_KEY, "wrapped-b")
    assert store.get(ALICE, CACHE_KEY) == "wrapped-a"
    assert store.get(BOB, CACHE_KEY) == "wrapped-b"
    assert store.get(ALICE_ELSEWHERE, CACHE_KEY) is None
    assert ("advocate-console/cache_key", "alice@http://127.0.0.1:8765") in memory_keyring.store
    # A new store (a restart of the console) finds them again.
    assert SecretStore().get(ALICE, CACHE_KEY) == "wrapped-a"


def test_delete_forgets_and_tolerates_absence(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    store.set(ALICE, REFRESH_TOKEN, "t")
    store.delete(ALICE, REFRESH_TOKEN)
    assert store.get(ALICE, REFRESH_TOKEN) is None
    store.delete(ALICE, REFRESH_TOKEN)  # nothing there: no error
    assert memory_keyring.store == {}


def test_server_urls_are_normalised() -> None:
    same = Account("HTTP://127.0.0.1:8765/", "alice")
    assert same.key == ALICE.key == "alice@http://127.0.0.1:8765"
    assert "alice" not in repr(ALICE)


def test_secret_names_are_checked() -> None:
    with pytest.raises(ValueError):
        SecretStore().get(ALICE, "../other")


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring])
def test_no_keyring_falls_back_to_memory_and_says_so(
    backend: type[KeyringBackend], memory_keyring: MemoryKeyring
) -> None:
    keyring.set_keyring(backend())
    store = SecretStore()
    assert not store.is_persistent
    assert store.notice is StorageNotice.NO_KEYRING
    store.set(ALICE, REFRESH_TOKEN, "token")
    assert store.get(ALICE, REFRESH_TOKEN) == "token"
    store.delete(ALICE, REFRESH_TOKEN)
    assert store.get(ALICE, REFRESH_TOKEN) is None
    # Memory only: another store (a restart) has nothing.
    store.set(ALICE, REFRESH_TOKEN, "token")
    assert SecretStore().get(ALICE, REFRESH_TOKEN) is None
    assert memory_keyring.store == {}


def test_fail_backend_really_raises_no_keyring() -> None:
    """The premise of the fallback (STACK.md): the fail backend raises on use."""
    with pytest.raises(keyring.errors.NoKeyringError):
        keyring.backends.fail.Keyring().set_password("s", "u", "p")


class PlaintextKeyring(MemoryKeyring):
    """Stands for keyrings.alt's plaintext file backend (judged by its module)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_plaintext_keyring_is_refused() -> None:
    backend = PlaintextKeyring()
    store = SecretStore(backend)
    assert not store.is_persistent
    assert store.notice is StorageNotice.INSECURE_KEYRING
    store.set(ALICE, REFRESH_TOKEN, "token")
    assert backend.store == {}


class BrokenKeyring(MemoryKeyring):
    """A keyring that works until it does not (a locked or vanished D-Bus service)."""

    broken = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise KeyringError("gone")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.broken:
            raise KeyringError("gone")
        super().set_password(service, username, password)


def test_a_keyring_failing_in_use_switches_to_memory() -> None:
    backend = BrokenKeyring()
    store = SecretStore(backend)
    assert store.is_persistent
    backend.broken = True
    store.set(ALICE, REFRESH_TOKEN, "token")
    assert not store.is_persistent
    assert store.notice is StorageNotice.KEYRING_FAILED
    assert store.get(ALICE, REFRESH_TOKEN) == "token"


# ---------------------------------------------------------------- the token store


def test_token_store_keeps_one_accounts_refresh_token() -> None:
    secrets = SecretStore()
    alice, bob = TokenStore(secrets, ALICE), TokenStore(secrets, BOB)
    assert isinstance(alice, RefreshTokenStore)  # what console.net expects
    assert alice.load() is None
    alice.save("r1")
    alice.save("r2")
    bob.save("b1")
    assert alice.load() == "r2"
    assert TokenStore(SecretStore(), ALICE).load() == "r2"
    alice.clear()
    assert alice.load() is None
    assert bob.load() == "b1"
    assert "r2" not in repr(alice)


# ---------------------------------------------------------------- the wrapped cache key


@pytest.fixture(scope="module")
def wrapped() -> tuple[bytes, str]:
    key = new_cache_key()
    return key, wrap_key(key, "correct horse", ALICE)


def test_wrap_and_unwrap_round_trip(wrapped: tuple[bytes, str]) -> None:
    key, blob = wrapped
    assert len(key) == 32
    assert unwrap_key(blob, "correct horse", ALICE) == key


def test_blob_is_versioned_json_without_the_key(wrapped: tuple[bytes, str]) -> None:
    key, blob = wrapped
    parsed = json.loads(blob)
    assert parsed["v"] == 1
    assert parsed["kdf"] == "scrypt"
    assert (parsed["n"], parsed["r"], parsed["p"]) == (2**15, 8, 1)
    assert len(base64.b64decode(parsed["salt"])) == 16
    assert len(base64.b64decode(parsed["nonce"])) == 12
    assert key not in base64.b64decode(parsed["ct"])
    assert base64.b64encode(key).decode() not in blob


def test_each_wrap_uses_fresh_salt_and_nonce() -> None:
    key = new_cache_key()
    first = json.loads(wrap_key(key, "pw", ALICE))
    second = json.loads(wrap_key(key, "pw", ALICE))
    assert first["salt"] != second["salt"]
    assert first["nonce"] != second["nonce"]
    assert new_cache_key() != key


def test_wrong_password_is_a_clear_error(wrapped: tuple[bytes, str]) -> None:
    _, blob = wrapped
    with pytest.raises(WrongPassword):
        unwrap_key(blob, "Correct horse", ALICE)


@pytest.mark.parametrize("account", [BOB, ALICE_ELSEWHERE])
def test_the_key_is_bound_to_its_user_and_server(
    wrapped: tuple[bytes, str], account: Account
) -> None:
    _, blob = wrapped
    with pytest.raises(WrongPassword):
        unwrap_key(blob, "correct horse", account)


def test_tampered_ciphertext_fails(wrapped: tuple[bytes, str]) -> None:
    _, blob = wrapped
    parsed = json.loads(blob)
    ct = bytearray(base64.b64decode(parsed["ct"]))
    ct[0] ^= 1
    parsed["ct"] = base64.b64encode(bytes(ct)).decode()
    with pytest.raises(WrongPassword):
        unwrap_key(json.dumps(parsed), "correct horse", ALICE)


@pytest.mark.parametrize(
    "change",
    [
        {"v": 2},
        {"kdf": "pbkdf2"},
        {"n": 2**30},
        {"n": 3 * 2**14},
        {"r": 0},
        {"p": True},
        {"salt": "not base64!"},
        {"nonce": base64.b64encode(b"short").decode()},
        {"ct": None},
    ],
)
def test_malformed_blobs_are_refused_before_any_work(
    wrapped: tuple[bytes, str], change: dict[str, object]
) -> None:
    _, blob = wrapped
    parsed = json.loads(blob) | change
    with pytest.raises(KeyBlobError):
        unwrap_key(json.dumps(parsed), "correct horse", ALICE)


@pytest.mark.parametrize("blob", ["", "not json", "[]", "null"])
def test_garbage_is_not_a_blob(blob: str) -> None:
    with pytest.raises(KeyBlobError):
        unwrap_key(blob, "pw", ALICE)


def test_empty_key_is_refused() -> None:
    with pytest.raises(ValueError):
        wrap_key(b"", "pw", ALICE)
