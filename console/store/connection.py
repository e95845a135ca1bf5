"""One SQLCipher 4 connection to a cache file, and its short write transactions.

:func:`connect` keys the connection with the raw 256-bit key
(``PRAGMA key = "x'<64 hex>'"``), proves the key by reading ``sqlite_master``
(a wrong key: :class:`WrongKey`), then sets WAL, ``synchronous=FULL`` (a
power cut keeps what was committed), foreign keys, a busy timeout and temp
storage in memory (no plaintext temp files).

:class:`Db` is that connection wrapped by ``sqlite_utils.Database`` (schema,
migrations, bulk upserts) plus :meth:`Db.tx`: ``BEGIN IMMEDIATE`` ...
``COMMIT``, translating environment errors into :class:`CacheError`.  Hot
paths use plain parametrised SQL on :attr:`Db.conn`.  A :class:`Db` belongs
to the thread that made it (sqlcipher3's ``check_same_thread``); a worker
thread opens its own (:mod:`console.store.worker`).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import sqlite_utils
from sqlcipher3 import dbapi2 as sqlcipher

from console.store.errors import SQLITE_NOTADB, TRANSLATING, Locked, WrongKey, translate

log = logging.getLogger(__name__)

KEY_BYTES = 32
BUSY_TIMEOUT_S = 5.0

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def connect(path: Path, key: bytes, *, check_same_thread: bool = True) -> sqlcipher.Connection:
    """A keyed, verified and configured connection (see the module's docstring)."""
    if len(key) != KEY_BYTES:
        raise ValueError("a cache key is 32 bytes")
    try:
        conn = sqlcipher.connect(
            str(path),
            timeout=BUSY_TIMEOUT_S,
            isolation_level=None,  # transactions are explicit: Db.tx()
            check_same_thread=check_same_thread,
        )
    except sqlcipher.Error as error:
        mapped = translate(error)
        if mapped is None:
            raise
        raise mapped from error
    try:
        # SQLCipher logs a failed key to stderr by default; the error is ours to report.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # hex digits only
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as error:
            if getattr(error, "sqlite_errorcode", None) == SQLITE_NOTADB:
                raise WrongKey("the key does not open this cache") from None
            raise
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException as error:
        conn.close()
        mapped = translate(error)
        if mapped is not None and mapped is not error:
            raise mapped from error
        raise
    if path.exists():
        try:
            os.chmod(path, 0o600)
        except OSError:
            log.debug("could not restrict the cache file's mode")
    return conn


class WriteGate:
    """First come, first served between the writers of one file in this process.

    SQLite's busy handler polls: a worker that commits chunk after chunk can
    take the lock back before a waiting UI write wakes up, again and again.
    Taking this gate (a ticket lock) before ``BEGIN IMMEDIATE`` makes writers
    of the same process take turns in order, so a UI write waits for at most
    the transaction under way.  Other processes still meet SQLite's busy timeout.
    """

    def __init__(self, timeout: float = BUSY_TIMEOUT_S) -> None:
        self._cond = threading.Condition()
        self._next = 0
        self._serving = 0
        self._gave_up: set[int] = set()
        self.timeout = timeout

    def __enter__(self) -> None:
        with self._cond:
            ticket = self._next
            self._next += 1
            if not self._cond.wait_for(lambda: self._serving == ticket, self.timeout):
                # Give the turn up without blocking those behind it.
                self._gave_up.add(ticket)
                raise Locked("another writer of this cache held it too long")

    def __exit__(self, *_exc: object) -> None:
        with self._cond:
            self._serving += 1
            while self._serving in self._gave_up:
                self._gave_up.discard(self._serving)
                self._serving += 1
            self._cond.notify_all()


class Transaction:
    """``BEGIN IMMEDIATE`` on enter, ``COMMIT`` on a clean exit, ``ROLLBACK`` otherwise."""

    __slots__ = ("_conn", "_gate")

    def __init__(self, conn: sqlcipher.Connection, gate: WriteGate) -> None:
        self._conn = conn
        self._gate = gate

    def __enter__(self) -> sqlcipher.Connection:
        if self._conn.in_transaction:
            raise RuntimeError("cache transactions do not nest")
        self._gate.__enter__()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except BaseException as error:
            self._gate.__exit__()
            mapped = translate(error)
            if mapped is None or mapped is error:
                raise
            raise mapped from error
        return self._conn

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> Literal[False]:
        try:
            if error is None:
                try:
                    self._conn.execute("COMMIT")
                except sqlcipher.Error as failure:
                    self._rollback()
                    mapped = translate(failure)
                    if mapped is None:
                        raise
                    raise mapped from failure
                return False
            self._rollback()
        finally:
            self._gate.__exit__()
        mapped = translate(error)
        if mapped is not None and mapped is not error:
            raise mapped from error
        return False

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            try:
                self._conn.execute("ROLLBACK")
            except sqlcipher.Error:
                log.warning("rollback failed; the connection will reset the transaction")


class Db:
    """A keyed connection, its sqlite-utils wrapper, and short transactions."""

    def __init__(
        self,
        conn: sqlcipher.Connection,
        path: Path,
        key: bytes,
        *,
        clock: Clock = utc_now,
        gate: WriteGate | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.key = key  # kept to open worker connections to the same file
        self.clock = clock
        self.gate = gate if gate is not None else WriteGate()  # shared with worker connections
        self.db = sqlite_utils.Database(conn)

    def __repr__(self) -> str:
        return f"Db({self.path.name!r})"

    def tx(self) -> Transaction:
        return Transaction(self.conn, self.gate)

    def now_text(self) -> str:
        return self.clock().isoformat()

    def scalar(self, sql: str, params: Sequence[object] = ()) -> Any:
        with TRANSLATING:
            row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[sqlcipher.Row]:
        with TRANSLATING:
            cursor = self.conn.cursor()
            cursor.row_factory = sqlcipher.Row
            return list(cursor.execute(sql, params))

    def row(self, sql: str, params: Sequence[object] = ()) -> sqlcipher.Row | None:
        with TRANSLATING:
            cursor = self.conn.cursor()
            cursor.row_factory = sqlcipher.Row
            found: sqlcipher.Row | None = cursor.execute(sql, params).fetchone()
        return found

    def close(self) -> None:
        self.conn.close()
