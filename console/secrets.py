"""Secrets behind a narrow interface: the OS keyring, or memory when there is none.

DESIGN.md "Local cache and offline" and STACK.md "keyring":

- :class:`SecretStore` keeps named secrets per :class:`Account` (a username on a
  server) in the OS keyring.  When no usable keyring exists (keyring's ``fail``
  or ``null`` backend, ``NoKeyringError``, or the plaintext file backends of
  ``keyrings.alt``) it keeps them in memory only, ``is_persistent`` is False and
  ``notice`` names the situation for the app to tell the user (the sentence
  itself is content: the app looks it up in ``resources/`` by that key).
- :class:`TokenStore` keeps one account's refresh token; it satisfies
  ``console.net.tokens.RefreshTokenStore``.
- :func:`wrap_key` / :func:`unwrap_key` protect the cache key with the
  advocate's own password (scrypt + AES-GCM), since people sharing one OS login
  share its keyring.  Only the wrapped form is ever stored.

Keyring entries: service ``advocate-console/<name>``, account
``<username>@<server_url>``.  Keyring calls may block briefly (D-Bus, Keychain).
Nothing here logs a secret, a username or a server address.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import re
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit, urlunsplit

import keyring
import keyring.backends.fail
import keyring.backends.null
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "advocate-console"
REFRESH_TOKEN = "refresh_token"  # noqa: S105 (the name of a secret, not one)
CACHE_KEY = "cache_key"
CACHE_KEY_BYTES = 32

_NAME = re.compile(r"^[a-z0-9_]{1,64}$")


class StorageNotice(StrEnum):
    """Why secrets are kept in memory only (a key into the app's texts)."""

    NO_KEYRING = "secrets.no_keyring"  # no OS keyring on this machine
    INSECURE_KEYRING = "secrets.insecure_keyring"  # only a plaintext file keyring: refused
    KEYRING_FAILED = "secrets.keyring_failed"  # the keyring failed while in use


@dataclass(frozen=True)
class Account:
    """One user on one server: the owner of a set of secrets."""

    server_url: str
    username: str

    @property
    def key(self) -> str:
        return f"{self.username}@{normalize_url(self.server_url)}"

    def __repr__(self) -> str:
        return "Account(<hidden>)"  # usernames are personal data: never in logs


def normalize_url(url: str) -> str:
    """Scheme and host in lower case, no trailing slash: one account per server."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, "", ""))


def _unusable(backend: KeyringBackend) -> StorageNotice | None:
    """Why ``backend`` cannot keep secrets safely across restarts, or None when it can."""
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return StorageNotice.NO_KEYRING
    if type(backend).__module__.startswith("keyrings.alt"):
        return StorageNotice.INSECURE_KEYRING
    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return StorageNotice.NO_KEYRING
        return _unusable(chained[0])  # the chainer writes to its first backend
    return None


class SecretStore:
    """Named secrets per account, in the OS keyring or (saying so) in memory."""

    def __init__(self, backend: KeyringBackend | None = None, *, service: str = SERVICE) -> None:
        self._service = service
        self._memory: dict[tuple[str, str], str] = {}
        chosen = backend if backend is not None else keyring.get_keyring()
        self.notice = _unusable(chosen)
        self._backend: KeyringBackend | None = chosen if self.notice is None else None
        if self.notice is not None:
            log.warning("No usable keyring (%s): secrets kept in memory only", self.notice.value)

    def __repr__(self) -> str:
        return f"SecretStore(persistent={self.is_persistent})"

    @property
    def is_persistent(self) -> bool:
        """True when secrets survive a restart in a real OS keyring."""
        return self._backend is not None

    def _where(self, account: Account, name: str) -> tuple[str, str]:
        if not _NAME.match(name):
            raise ValueError("a secret name is 1-64 characters of a-z, 0-9 and _")
        return f"{self._service}/{name}", account.key

    def _fall_back(self, error: KeyringError) -> None:
        log.warning("The keyring failed (%s): secrets kept in memory only", type(error).__name__)
        self._backend = None
        self.notice = StorageNotice.KEYRING_FAILED

    def get(self, account: Account, name: str) -> str | None:
        service, user = self._where(account, name)
        if self._backend is not None:
            try:
                value = self._backend.get_password(service, user)
            except KeyringError as error:
                self._fall_back(error)
            else:
                return value
        return self._memory.get((service, user))

    def set(self, account: Account, name: str, value: str) -> None:
        service, user = self._where(account, name)
        if self._backend is not None:
            try:
                self._backend.set_password(service, user, value)
            except KeyringError as error:
                self._fall_back(error)
            else:
                return
        self._memory[(service, user)] = value

    def delete(self, account: Account, name: str) -> None:
        """Forget the secret; deleting one that is not there is fine."""
        service, user = self._where(account, name)
        self._memory.pop((service, user), None)
        if self._backend is not None:
            try:
                self._backend.delete_password(service, user)
            except PasswordDeleteError:
                pass  # nothing was stored
            except KeyringError as error:
                self._fall_back(error)


class TokenStore:
    """One account's refresh token (``console.net.tokens.RefreshTokenStore``)."""

    def __init__(self, secrets: SecretStore, account: Account) -> None:
        self._secrets = secrets
        self._account = account

    def __repr__(self) -> str:
        return f"TokenStore(persistent={self._secrets.is_persistent})"

    def load(self) -> str | None:
        return self._secrets.get(self._account, REFRESH_TOKEN)

    def save(self, token: str) -> None:
        self._secrets.set(self._account, REFRESH_TOKEN, token)

    def clear(self) -> None:
        self._secrets.delete(self._account, REFRESH_TOKEN)


# ---------------------------------------------------------------- the wrapped cache key

WRAP_VERSION = 1
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
NONCE_BYTES = 12


class KeyBlobError(ValueError):
    """The wrapped key is not in a format this version understands."""


class WrongPassword(Exception):  # noqa: N818 (the name the rest of the project uses)
    """The password does not unwrap the key (or the key belongs to another user or server)."""


def new_cache_key() -> bytes:
    """A fresh random 256-bit cache key."""
    return os.urandom(CACHE_KEY_BYTES)


def _aad(account: Account) -> bytes:
    return f"{SERVICE} cache key v{WRAP_VERSION}\n{account.key}".encode()


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def wrap_key(cache_key: bytes, password: str, account: Account) -> str:
    """Encrypt ``cache_key`` under a key derived from ``password``, bound to ``account``.

    The blob is JSON: ``{"v", "kdf", "n", "r", "p", "salt", "nonce", "ct"}`` with
    base64 fields.  Slow on purpose (scrypt): call once per sign-in or password change.
    """
    if not cache_key:
        raise ValueError("the cache key is empty")
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    kek = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    ciphertext = AESGCM(kek).encrypt(nonce, cache_key, _aad(account))
    blob = {
        "v": WRAP_VERSION,
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ct": _b64(ciphertext),
    }
    return json.dumps(blob, separators=(",", ":"), sort_keys=True)


def _field_bytes(blob: dict[str, object], name: str, size: int | None = None) -> bytes:
    value = blob.get(name)
    if not isinstance(value, str):
        raise KeyBlobError(f"wrapped key: {name} missing")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise KeyBlobError(f"wrapped key: {name} is not base64") from error
    if size is not None and len(data) != size:
        raise KeyBlobError(f"wrapped key: {name} has the wrong length")
    return data


def _field_int(blob: dict[str, object], name: str, low: int, high: int) -> int:
    value = blob.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise KeyBlobError(f"wrapped key: {name} out of range")
    return value


def unwrap_key(blob: str, password: str, account: Account) -> bytes:
    """The cache key from :func:`wrap_key`'s blob.

    Raises :class:`WrongPassword` when the password (or the account) does
    not match, :class:`KeyBlobError` when the blob is malformed or of an
    unknown version.
    """
    try:
        parsed = json.loads(blob)
    except ValueError as error:
        raise KeyBlobError("wrapped key: not JSON") from error
    if not isinstance(parsed, dict):
        raise KeyBlobError("wrapped key: not an object")
    if parsed.get("v") != WRAP_VERSION or parsed.get("kdf") != "scrypt":
        raise KeyBlobError("wrapped key: unknown version")
    # Bounds keep a tampered blob from asking for gigabytes of scrypt memory.
    n = _field_int(parsed, "n", 2**14, 2**20)
    if n & (n - 1):
        raise KeyBlobError("wrapped key: n is not a power of two")
    r = _field_int(parsed, "r", 1, 32)
    p = _field_int(parsed, "p", 1, 16)
    salt = _field_bytes(parsed, "salt")
    nonce = _field_bytes(parsed, "nonce", NONCE_BYTES)
    ciphertext = _field_bytes(parsed, "ct")
    kek = _derive(password, salt, n, r, p)
    try:
        return AESGCM(kek).decrypt(nonce, ciphertext, _aad(account))
    except InvalidTag:
        raise WrongPassword("wrong password") from None
