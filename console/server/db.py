"""The backend's one SQLite connection and its short transactions.

Everything runs on the event loop: a transaction is a synchronous block that
never awaits, so no lock is needed and no other coroutine can see half of it.
Keep each one short (well under a millisecond).  WAL with ``synchronous=NORMAL``.

A :class:`Tx` also gathers what must happen around the commit: events to store
(one row per recipient, fanned out on write), pre-commit hooks (the queue and
presence snapshots, registered by the app) and callbacks run after the commit
(waking event streams, starting offer timers, handing messages to gateways).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from pydantic import BaseModel

from console.protocol import EventName
from console.server.clock import to_text, utcnow
from console.server.schema import migrate

log = logging.getLogger(__name__)

Params = Sequence[Any] | Mapping[str, Any]


class Tx:
    """One transaction: SQL helpers plus what to do around its commit."""

    def __init__(self, conn: sqlite3.Connection, *, write: bool) -> None:
        self.conn = conn
        self.write = write
        self.now: datetime = utcnow()
        self.now_text = to_text(self.now)
        self.woken: set[str] = set()
        self.queue_changed = False
        self.presence_users: set[str] = set()
        self.route = False
        self._after: list[Callable[[], None]] = []

    # ---------------------------------------------------------------- SQL
    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return list(self.conn.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def next_seq(self, name: str) -> int:
        """The next value of a named counter (one global increasing sequence)."""
        value = self.scalar(
            "INSERT INTO counters(name, value) VALUES (?, 1)"
            " ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
            (name,),
        )
        return int(value)

    # ---------------------------------------------------------------- around the commit
    def emit(
        self,
        recipients: Iterable[str | None],
        name: EventName,
        payload: BaseModel | Mapping[str, Any],
    ) -> None:
        """Store one event row per distinct recipient; streams wake after the commit."""
        if isinstance(payload, BaseModel):
            data = payload.model_dump_json()
        else:
            data = json.dumps(payload, separators=(",", ":"))
        stamp = time.time()
        for user_id in dict.fromkeys(r for r in recipients if r):
            self.conn.execute(
                "INSERT INTO events(user_id, name, data, created_at) VALUES (?, ?, ?, ?)",
                (user_id, name.value, data, stamp),
            )
            self.woken.add(user_id)

    def after_commit(self, callback: Callable[[], None]) -> None:
        self._after.append(callback)

    def touch_presence(self, *user_ids: str | None) -> None:
        """These users' effective presence may have changed."""
        self.presence_users.update(u for u in user_ids if u)

    def run_after_commit(self) -> None:
        for callback in self._after:
            callback()


class Database:
    """The connection, its migrations, and the transaction context manager."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA busy_timeout=5000")
        self.conn.execute("PRAGMA foreign_keys=ON")
        migrate(sqlite_utils.Database(self.conn))
        self.pre_commit: list[Callable[[Tx], None]] = []
        self.post_commit: list[Callable[[Tx], None]] = []
        self.on_wake: Callable[[set[str]], None] | None = None
        self._in_tx = False

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Tx]:
        """A short transaction; never await inside it."""
        if self._in_tx:
            raise RuntimeError("nested transaction")  # a bug: services take the open Tx
        tx = Tx(self.conn, write=write)
        self.conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        self._in_tx = True
        try:
            yield tx
            if write:
                for hook in self.pre_commit:
                    hook(tx)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self._in_tx = False
        if tx.woken and self.on_wake is not None:
            self.on_wake(tx.woken)
        tx.run_after_commit()
        for post in self.post_commit:
            post(tx)

    def read(self) -> AbstractContextManager[Tx]:
        """A read-only transaction (a consistent snapshot)."""
        return self.transaction(write=False)

    def close(self) -> None:
        self.conn.close()
