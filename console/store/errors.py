"""Errors of the cache, split by who is to blame (qutebrowser's ``misc/sql.py`` model).

- :class:`CacheError` and its subclasses are the environment's fault: the disk
  is full, another process holds the lock, the file is damaged, read-only or
  opened with the wrong key.  The UI shows them as recoverable ("free some disk
  space and try again"); nothing typed is lost, since the failed transaction
  changed nothing.
- Anything else (a constraint violated, SQL that does not parse, a misuse of the
  API) is a bug of ours and propagates unchanged.

:func:`translate` maps an exception of ``sqlcipher3`` (or an ``OSError`` of the
file operations around it) to the matching :class:`CacheError`, or returns
None for a bug.  Messages name the SQLite error code only, never SQL
parameters (they may be note text).
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Literal

from sqlcipher3 import dbapi2 as sqlcipher

# Primary result codes (the low byte of an extended code), from sqlite3.h.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


class CacheError(Exception):
    """The environment kept the cache from working; recoverable by the user or by waiting."""

    code: str = "cache.error"  # a key into the app's texts

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class DiskFull(CacheError):  # noqa: N818 (the names the brief and the app use)
    code = "cache.disk_full"


class Locked(CacheError):  # noqa: N818
    code = "cache.locked"


class Corrupt(CacheError):  # noqa: N818
    code = "cache.corrupt"


class WrongKey(CacheError):  # noqa: N818
    """The key does not open the file (or the file is not a cache at all)."""

    code = "cache.wrong_key"


class ReadOnly(CacheError):  # noqa: N818
    code = "cache.read_only"


class CantOpen(CacheError):  # noqa: N818
    """The folder or file cannot be opened (missing, no permission)."""

    code = "cache.cant_open"


class IOFailure(CacheError):  # noqa: N818
    """The disk failed a read or a write."""

    code = "cache.io_failure"


class SchemaTooNew(CacheError):  # noqa: N818
    """The cache was written by a newer version of the console."""

    code = "cache.too_new"


class KeyMissing(CacheError):  # noqa: N818
    """A cache file exists but its wrapped key is not in the keyring any more."""

    code = "cache.key_missing"


class KeyringUnavailable(CacheError):  # noqa: N818
    """No OS keyring: a durable cache would be unreadable after a restart."""

    code = "cache.no_keyring"


@dataclass(frozen=True)
class Unsynced:
    """What would be lost by wiping the cache now."""

    records: Mapping[str, int] = field(default_factory=dict)  # entity -> unsynced records
    outbox: int = 0  # mutations not yet answered by the server
    conflicts: int = 0  # unresolved conflicts
    rejected: int = 0  # records the server refused (kept with their error)
    drafts: int = 0  # drafts typed but never saved or sent
    replies: int = 0  # chat and text replies waiting to be sent

    @property
    def blocking(self) -> bool:
        """True when a wipe would lose synced-to-be work (drafts are asked about apart)."""
        return bool(
            self.outbox
            or self.conflicts
            or self.rejected
            or self.replies
            or any(self.records.values())
        )


class UnsyncedWork(Exception):  # noqa: N818 (the name the brief uses)
    """Refused: wiping would lose work that is not on the server yet."""

    def __init__(self, summary: Unsynced) -> None:
        super().__init__("unsynced work in the cache")
        self.summary = summary


_BY_CODE: dict[int, type[CacheError]] = {
    SQLITE_PERM: ReadOnly,
    SQLITE_BUSY: Locked,
    SQLITE_LOCKED: Locked,
    SQLITE_READONLY: ReadOnly,
    SQLITE_IOERR: IOFailure,
    SQLITE_CORRUPT: Corrupt,
    SQLITE_FULL: DiskFull,
    SQLITE_CANTOPEN: CantOpen,
    SQLITE_NOTADB: Corrupt,
}

_BY_ERRNO: dict[int, type[CacheError]] = {
    errno.ENOSPC: DiskFull,
    errno.EDQUOT: DiskFull,
    errno.EROFS: ReadOnly,
    errno.EACCES: ReadOnly,
    errno.EPERM: ReadOnly,
    errno.ENOENT: CantOpen,
    errno.EIO: IOFailure,
}


def translate(error: BaseException) -> CacheError | None:
    """The environment's error behind ``error``, or None when it is a bug."""
    if isinstance(error, CacheError):
        return error
    if isinstance(error, sqlcipher.Error):
        code = getattr(error, "sqlite_errorcode", None)
        if isinstance(code, int):
            kind = _BY_CODE.get(code & 0xFF)
            if kind is not None:
                name = getattr(error, "sqlite_errorname", "") or str(code)
                return kind(str(name))
        return None
    if isinstance(error, OSError) and error.errno is not None:
        kind = _BY_ERRNO.get(error.errno)
        if kind is not None:
            return kind(errno.errorcode.get(error.errno, str(error.errno)))
    return None


class Translating:
    """``with Translating():`` re-raises environment errors as :class:`CacheError`."""

    __slots__ = ()

    def __enter__(self) -> None:
        return None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        if error is None or isinstance(error, CacheError):
            return False
        mapped = translate(error)
        if mapped is None:
            return False
        raise mapped from error


TRANSLATING = Translating()
