"""Checking the advocate's password to unlock the console, offline.

The password is proven the way an offline sign-in proves it: by unwrapping the
cache key kept (wrapped) in the keyring (``console.secrets.unwrap_key``).
scrypt is slow on purpose, so the check runs on a worker thread.  Where no
wrapped key exists (no OS keyring: the cache is ephemeral), a check made from
the password at sign-in (:meth:`PasswordCheck.remembering`) keeps only an
scrypt digest in memory.  Training checks the published practice password.

Nothing here logs the password, the username or the server.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import os
from collections.abc import Callable

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from console.secrets import CACHE_KEY, Account, KeyBlobError, SecretStore, WrongPassword, unwrap_key

from .options import TRAINING_PASSWORD

__all__ = ["PasswordCheck", "default_check"]

log = logging.getLogger(__name__)

_SALT_BYTES = 16
_N, _R, _P = 2**15, 8, 1


def _digest(password: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=_N, r=_R, p=_P).derive(password.encode())


class PasswordCheck:
    """``await check(password)`` is True when it is the signed-in advocate's password."""

    def __init__(self, verify: Callable[[str], bool], *, kind: str) -> None:
        self._verify = verify
        self.kind = kind  # "cache_key", "remembered", "training", "none": for logs and tests

    def __repr__(self) -> str:
        return f"PasswordCheck({self.kind})"

    async def __call__(self, password: str) -> bool:
        if not password:
            return False
        return await asyncio.to_thread(self._verify, password)

    @classmethod
    def cache_key(cls, secrets: SecretStore, account: Account) -> PasswordCheck:
        """Unwrap the account's cache key with the password (works with no network)."""

        def verify(password: str) -> bool:
            blob = secrets.get(account, CACHE_KEY)
            if blob is None:
                log.warning("Unlock: no wrapped cache key to check the password against")
                return False
            try:
                unwrap_key(blob, password, account)
            except WrongPassword:
                return False
            except KeyBlobError as error:
                log.warning("Unlock: the wrapped cache key is unreadable (%s)", error)
                return False
            return True

        return cls(verify, kind="cache_key")

    @classmethod
    def remembering(cls, password: str) -> PasswordCheck:
        """A check kept in memory from the sign-in (slow: call off the UI thread)."""
        salt = os.urandom(_SALT_BYTES)
        expected = _digest(password, salt)
        return cls(
            lambda attempt: hmac.compare_digest(_digest(attempt, salt), expected),
            kind="remembered",
        )

    @classmethod
    def training(cls) -> PasswordCheck:
        return cls(
            lambda attempt: hmac.compare_digest(attempt.encode(), TRAINING_PASSWORD.encode()),
            kind="training",
        )


def default_check(
    *, training: bool, server_url: str, username: str, secrets: SecretStore | None = None
) -> PasswordCheck:
    """The check for a window given nothing better: training's password or the cache key."""
    if training:
        return PasswordCheck.training()
    store = secrets if secrets is not None else SecretStore()
    return PasswordCheck.cache_key(store, Account(server_url, username))
