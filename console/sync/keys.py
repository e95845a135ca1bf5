"""Opening a user's cache with the key kept in the keyring, wrapped by their password.

(Here rather than in ``console.store``: the layers make the store and the
secrets independent siblings; this module joins them, one layer up.)

    cache = await open_cache_async(folder, account, password)  # at sign-in, UI thread
    cache = open_cache(folder, account, password, secrets=store)  # blocking

On first use a random 256-bit key is made (:func:`console.secrets.new_cache_key`)
and stored in the keyring only wrapped (scrypt + AES-GCM, bound to the account)
as ``cache_key``.  Later sign-ins unwrap it with the password, which works with
no network; another advocate on the same OS login cannot.  A wrong password
raises :class:`console.secrets.WrongPassword`.

Each account has its own folder under ``folder``, named by a hash of the
account (no username in a file name).

No OS keyring (``SecretStore.is_persistent`` is False): a durable cache whose
key is lost at the next start would be unreadable, and work kept in it would
look safe when it is not.  So the cache is then *ephemeral*: a file encrypted
with a key that exists only in this process, removed at the next open; the
returned cache says so (``durable`` False, ``notice`` the reason) for the UI to
show ("notes are not kept on this workstation: keep the connection").  With
``allow_ephemeral=False`` :class:`KeyringUnavailable` is raised instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from console.secrets import (
    CACHE_KEY,
    Account,
    SecretStore,
    new_cache_key,
    unwrap_key,
    wrap_key,
)
from console.store import Cache, KeyMissing, KeyringUnavailable
from console.store.connection import Clock, utc_now
from console.store.errors import TRANSLATING

log = logging.getLogger(__name__)

CACHE_FILE = "cache.db"
EPHEMERAL_PREFIX = "ephemeral-"


def account_folder(folder: Path, account: Account) -> Path:
    digest = hashlib.sha256(account.key.encode()).hexdigest()[:24]
    return folder / digest


def _remove_ephemeral(home: Path) -> None:
    for stale in home.glob(f"{EPHEMERAL_PREFIX}*"):
        stale.unlink(missing_ok=True)


@dataclass(frozen=True)
class UnlockedCache:
    """Where a user's cache is and its key: what :func:`unlock_cache` finds."""

    path: Path
    key: bytes = field(repr=False)
    durable: bool
    notice: str | None
    forget: Callable[[], None] = field(repr=False)  # on wipe: the wrapped key goes too


def unlock_cache(
    folder: Path,
    account: Account,
    password: str,
    *,
    secrets: SecretStore | None = None,
    allow_ephemeral: bool = True,
) -> UnlockedCache:
    """The cache's place and key (keyring calls and scrypt: slow, any thread is fine)."""
    store = secrets if secrets is not None else SecretStore()
    home = account_folder(folder, account)
    with TRANSLATING:
        home.mkdir(mode=0o700, parents=True, exist_ok=True)
        _remove_ephemeral(home)  # unreadable leftovers of an earlier run without a keyring
    path = home / CACHE_FILE

    def forget() -> None:
        store.delete(account, CACHE_KEY)
        with contextlib.suppress(OSError):  # not empty, or already gone
            os.rmdir(home)

    if not store.is_persistent:
        if not allow_ephemeral:
            raise KeyringUnavailable(str(store.notice.value if store.notice else ""))
        log.warning("no OS keyring: this cache lasts only as long as the process")
        temp = home / f"{EPHEMERAL_PREFIX}{uuid.uuid4().hex}.db"
        notice = store.notice.value if store.notice else None
        return UnlockedCache(temp, new_cache_key(), False, notice, forget)

    blob = store.get(account, CACHE_KEY)
    if blob is None:
        if path.exists():
            raise KeyMissing("the cache exists but its key is not in the keyring")
        key = new_cache_key()
        store.set(account, CACHE_KEY, wrap_key(key, password, account))
        if not store.is_persistent:  # the keyring failed while storing it
            raise KeyringUnavailable("the keyring failed while storing the cache key")
    else:
        key = unwrap_key(blob, password, account)
    return UnlockedCache(path, key, True, None, forget)


def open_unlocked(unlocked: UnlockedCache, *, clock: Clock = utc_now) -> Cache:
    """Open (and migrate) the cache; the connection belongs to the calling thread."""
    return Cache.open(
        unlocked.path,
        unlocked.key,
        clock=clock,
        durable=unlocked.durable,
        notice=unlocked.notice,
        on_wipe=unlocked.forget,
    )


def open_cache(
    folder: Path,
    account: Account,
    password: str,
    *,
    secrets: SecretStore | None = None,
    allow_ephemeral: bool = True,
    clock: Clock = utc_now,
) -> Cache:
    """The account's cache, opened with its unwrapped key (see the module's docstring).

    Blocks for the key derivation (scrypt, about 0.1 s): on the UI thread prefer
    :func:`open_cache_async`.
    """
    unlocked = unlock_cache(
        folder, account, password, secrets=secrets, allow_ephemeral=allow_ephemeral
    )
    return open_unlocked(unlocked, clock=clock)


async def open_cache_async(
    folder: Path,
    account: Account,
    password: str,
    *,
    secrets: SecretStore | None = None,
    allow_ephemeral: bool = True,
    clock: Clock = utc_now,
) -> Cache:
    """:func:`open_cache` with the slow part (keyring, scrypt) on a thread.

    The cache itself is opened on the calling thread, which then owns it.
    """
    unlocked = await asyncio.to_thread(
        unlock_cache, folder, account, password, secrets=secrets, allow_ephemeral=allow_ephemeral
    )
    return open_unlocked(unlocked, clock=clock)


def rewrap_cache_key(
    account: Account, old_password: str, new_password: str, *, secrets: SecretStore | None = None
) -> None:
    """After a password change: the same key, wrapped by the new password."""
    store = secrets if secrets is not None else SecretStore()
    blob = store.get(account, CACHE_KEY)
    if blob is None:
        return
    key = unwrap_key(blob, old_password, account)
    store.set(account, CACHE_KEY, wrap_key(key, new_password, account))


def remove_unreadable_cache(folder: Path, account: Account) -> None:
    """Delete a cache whose key is gone (:class:`KeyMissing`): no one can read it again."""
    home = account_folder(folder, account)
    with TRANSLATING:
        for path in home.glob(f"{CACHE_FILE}*"):
            path.unlink(missing_ok=True)
