"""The encrypted offline cache of one user: the store's public face.

    cache = Cache.open(path, key)          # or console.store.keys.open_cache(...)
    note_id = cache.save_note(case_id, "text")   # the row + its outbox mutation
    cache.save_draft("case:<id>:note", "typing...")
    ...
    cache.close()

Every method is one short transaction on this object's own connection, to be
called from the thread that opened it (the UI thread).  Long work (pulling
thousands of changes, sending batches, searching a big cache) goes to a
:class:`console.store.worker.CacheWorker`, which opens its own connection to
the same file with :meth:`Cache.reopen`.  Environment failures raise
:class:`console.store.errors.CacheError` subclasses; anything else is a bug.
"""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from console.protocol import (
    NOTE_BODY_MAX,
    CaseStatus,
    ChangesResponse,
    Entity,
    ErrorDetail,
    Message,
    NoteKind,
    ReferralService,
    SafeContactProfile,
    Session,
    SyncResponse,
)
from console.store import changes, outbox, reference, results, retention, schema, transcripts
from console.store import conflicts as conflict_store
from console.store.conflicts import Conflict, Resolution
from console.store.connection import Clock, Db, connect, utc_now
from console.store.errors import TRANSLATING, Corrupt, Unsynced, UnsyncedWork, translate
from console.store.fields import (
    CASE,
    NOTE,
    RUN,
    SPECS,
    Cached,
    Spec,
    cached_from_row,
    canonical,
    from_row,
)
from console.store.writes import UnknownRecordError, load, write

log = logging.getLogger(__name__)

DECODED_KEPT = 10_000  # decoded records kept for re-reads (about 1 KB each)

_DRAFT_UPSERT = (
    "INSERT INTO drafts(key, text, updated_at) VALUES (?, ?, ?)"
    " ON CONFLICT(key) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at"
)


class Cache:
    """One user's encrypted cache (see the module's docstring)."""

    def __init__(
        self,
        db: Db,
        *,
        durable: bool = True,
        notice: str | None = None,
        on_wipe: Callable[[], None] | None = None,
    ) -> None:
        self._db = db
        self.durable = durable  # False: the key lives in memory only (no OS keyring)
        self.notice = notice  # why not durable (a key into the app's texts)
        self._on_wipe = on_wipe
        self._closed = False
        self._children: list[Cache] = []
        # Records as last decoded, by table and id, with the row they came from: a
        # panel re-reading its case decodes only the rows that changed.
        self._decoded: OrderedDict[tuple[str, str], tuple[tuple[Any, ...], Cached]] = OrderedDict()

    # ------------------------------------------------------------ life cycle

    @classmethod
    def open(
        cls,
        path: Path,
        key: bytes,
        *,
        clock: Clock = utc_now,
        durable: bool = True,
        notice: str | None = None,
        on_wipe: Callable[[], None] | None = None,
    ) -> Cache:
        """Open (or create) the cache at ``path``, migrating it to the current schema."""
        with TRANSLATING:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        db = Db(connect(path, key), path, key, clock=clock)
        try:
            schema.migrate(db)
        except BaseException:
            db.close()
            raise
        return cls(db, durable=durable, notice=notice, on_wipe=on_wipe)

    def reopen(self, *, check_same_thread: bool = True) -> Cache:
        """Another connection to the same file (for a worker thread)."""
        db = Db(
            connect(self.path, self._db.key, check_same_thread=check_same_thread),
            self.path,
            self._db.key,
            clock=self._db.clock,
            gate=self._db.gate,
        )
        if schema.version(db) != schema.LATEST:
            db.close()
            raise RuntimeError("reopened a cache that is not migrated")
        child = Cache(db, durable=self.durable, notice=self.notice)
        self._children.append(child)
        return child

    def __repr__(self) -> str:
        return f"Cache({self.path.name!r}, durable={self.durable})"

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def db(self) -> Db:
        return self._db

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._decoded.clear()
            self._db.close()

    @property
    def client_id(self) -> str:
        return outbox.client_id(self._db)

    def clock(self) -> datetime:
        return self._db.clock()

    # ------------------------------------------------------------ local writes

    def _save(self, spec: Spec, record_id: str, changes: Mapping[str, Any]) -> None:
        """Merge ``changes`` (None: keep) over the cached content and write, in one transaction."""
        with self._db.tx():
            row = load(self._db, spec, record_id)
            base = from_row(spec, row) if row is not None else {}
            if row is not None and "case_id" in changes and changes["case_id"] != base["case_id"]:
                raise ValueError(f"a {spec.entity.value} cannot move to another case")
            fields = {**base, **{k: v for k, v in changes.items() if v is not None}}
            write(self._db, spec, record_id, canonical(spec, fields, self._db.clock()))

    def save_note(
        self,
        case_id: str,
        body: str,
        *,
        note_id: str | None = None,
        kind: NoteKind | None = None,
        session_id: str | None = None,
    ) -> str:
        """Create or edit a note; returns its id.

        ``kind`` and ``session_id`` left None keep what the note has (a new note is a
        plain ``note``).  A note never moves to another case.
        """
        if len(body) > NOTE_BODY_MAX:
            raise ValueError(f"a note is at most {NOTE_BODY_MAX} characters")
        note_id = note_id or str(uuid.uuid4())
        changes = {"case_id": case_id, "session_id": session_id, "body": body, "kind": kind}
        self._save(NOTE, note_id, changes)
        return note_id

    def save_case(
        self,
        case_id: str | None = None,
        *,
        title: str | None = None,
        status: CaseStatus | None = None,
        tags: list[str] | None = None,
        indicators: list[str] | None = None,
    ) -> str:
        """Edit a case (the given fields), or create one (leads only, on the server)."""
        case_id = case_id or str(uuid.uuid4())
        changes = {"title": title, "status": status, "tags": tags, "indicators": indicators}
        self._save(CASE, case_id, changes)
        return case_id

    def save_checklist_run(
        self,
        case_id: str,
        template_id: str,
        template_version: int,
        items: Mapping[str, Any],
        *,
        run_id: str | None = None,
        session_id: str | None = None,
    ) -> str:
        """Create or update a checklist run (``items`` replaces the run's items)."""
        run_id = run_id or str(uuid.uuid4())
        changes = {
            "case_id": case_id,
            "session_id": session_id,
            "template_id": template_id,
            "template_version": template_version,
            "items": dict(items),
        }
        self._save(RUN, run_id, changes)
        return run_id

    def save_safe_contact(self, case_id: str, profile: SafeContactProfile) -> None:
        """Set a cached case's safe-contact profile (the case must be in the cache:
        only the server creates cases for advocates)."""
        if load(self._db, CASE, case_id) is None:
            raise UnknownRecordError(f"no case {case_id} in the cache")
        self._save(CASE, case_id, {"safe_contact": profile.model_dump(mode="json")})

    def delete(self, entity: Entity, record_id: str) -> None:
        """Delete a record here and queue the delete for the server."""
        with self._db.tx():
            write(self._db, SPECS[Entity(entity)], record_id, None, deleted=True)

    # ------------------------------------------------------------ reading records

    def record(self, entity: Entity, record_id: str) -> Cached | None:
        spec = SPECS[Entity(entity)]
        row = load(self._db, spec, record_id)
        return None if row is None else cached_from_row(spec, row)

    def _list(self, spec: Spec, where: str, params: tuple[Any, ...], order: str) -> list[Cached]:
        rows = self._db.rows(
            f"SELECT * FROM {spec.table} WHERE deleted = 0 AND {where} ORDER BY {order}",  # noqa: S608 (constant fragments)
            params,
        )
        return [self._decode(spec, r) for r in rows]

    def _decode(self, spec: Spec, row: Any) -> Cached:
        key = (spec.table, row["id"])
        values = tuple(row)
        known = self._decoded.get(key)
        if known is not None and known[0] == values:
            self._decoded.move_to_end(key)
            return known[1]
        cached = cached_from_row(spec, row)
        self._decoded[key] = (values, cached)
        if len(self._decoded) > DECODED_KEPT:
            self._decoded.popitem(last=False)
        return cached

    def notes_for_case(self, case_id: str) -> list[Cached]:
        """The case's notes, newest first."""
        return self._list(NOTE, "case_id = ?", (case_id,), "updated_at DESC, rowid DESC")

    def checklist_runs_for_case(self, case_id: str) -> list[Cached]:
        return self._list(RUN, "case_id = ?", (case_id,), "updated_at, rowid")

    def cases(self, status: CaseStatus | None = None) -> list[Cached]:
        if status is None:
            return self._list(CASE, "1", (), "updated_at DESC")
        return self._list(CASE, "status = ?", (status.value,), "updated_at DESC")

    def count(self, entity: Entity) -> int:
        table = SPECS[Entity(entity)].table
        return int(self._db.scalar(f"SELECT count(*) FROM {table} WHERE deleted = 0"))  # noqa: S608 (table name from a Spec)

    # ------------------------------------------------------------ sync (the engine's side)

    def pending_count(self) -> int:
        return outbox.pending_count(self._db)

    def take_batch(
        self, max_count: int, max_bytes: int = outbox.MAX_BATCH_BYTES
    ) -> outbox.Batch | None:
        return outbox.take_batch(self._db, max_count, max_bytes)

    def apply_results(self, batch: outbox.Batch, response: SyncResponse) -> results.Outcome:
        return results.apply_results(self._db, batch, response)

    def apply_changes(self, response: ChangesResponse) -> changes.PullOutcome:
        return changes.apply_changes(self._db, response)

    def cursor(self) -> str:
        return changes.cursor(self._db)

    def reset_cursor(self) -> None:
        """Pull everything again next time (the server no longer knows our cursor)."""
        with self._db.tx():
            self._db.conn.execute("UPDATE sync_state SET cursor = ''")

    def drop_unsendable(self, seq: int, error: ErrorDetail) -> None:
        outbox.drop_unsendable(self._db, seq, error)

    def renumber(self, new_head: int) -> int:
        with self._db.tx():
            return outbox.renumber(self._db, new_head)

    # ------------------------------------------------------------ conflicts

    def conflicts(self, case_id: str | None = None) -> list[Conflict]:
        return conflict_store.open_conflicts(self._db, case_id)

    def resolve_conflict(
        self,
        entity: Entity,
        record_id: str,
        resolution: Resolution,
        fields: Mapping[str, Any] | None = None,
    ) -> str | None:
        return conflict_store.resolve(self._db, Entity(entity), record_id, resolution, fields)

    def discard_local(self, entity: Entity, record_id: str) -> None:
        conflict_store.discard_local(self._db, Entity(entity), record_id)

    # ------------------------------------------------------------ drafts (the hot path)

    def save_draft(self, key: str, text: str) -> None:
        """Save what is being typed; an empty text clears the draft.  One statement."""
        if not text:
            self.clear_draft(key)
            return
        try:
            with self._db.gate:
                self._db.conn.execute(_DRAFT_UPSERT, (key, text, self._db.clock().isoformat()))
        except sqlcipher.Error as error:
            mapped = translate(error)
            if mapped is None:
                raise
            raise mapped from error

    def draft(self, key: str) -> str | None:
        with TRANSLATING:
            value = self._db.scalar("SELECT text FROM drafts WHERE key = ?", (key,))
        return None if value is None else str(value)

    def drafts(self, prefix: str = "") -> dict[str, str]:
        pattern = retention.like_escape(prefix) + "%"
        with TRANSLATING:
            rows = self._db.rows(
                "SELECT key, text FROM drafts WHERE key LIKE ? ESCAPE '\\' ORDER BY key",
                (pattern,),
            )
        return {r["key"]: r["text"] for r in rows if r["key"].startswith(prefix)}

    def clear_draft(self, key: str) -> None:
        with TRANSLATING, self._db.gate:
            self._db.conn.execute("DELETE FROM drafts WHERE key = ?", (key,))

    # ------------------------------------------------------------ transcripts

    def save_session(self, session: Session) -> None:
        transcripts.save_session(self._db, session)

    def save_messages(self, messages: list[Message]) -> None:
        transcripts.save_messages(self._db, messages)

    def session(self, session_id: str) -> Session | None:
        return transcripts.session(self._db, session_id)

    def sessions_for_case(self, case_id: str) -> list[Session]:
        return transcripts.sessions_for_case(self._db, case_id)

    def messages(
        self, session_id: str, last: int | None = None, before_id: str | None = None
    ) -> list[Message]:
        return transcripts.messages(self._db, session_id, last, before_id)

    def queue_reply(self, session_id: str, client_msg_id: str, body: str) -> None:
        transcripts.queue_reply(self._db, session_id, client_msg_id, body)

    def queued_replies(self, session_id: str | None = None) -> list[transcripts.Reply]:
        return transcripts.queued_replies(self._db, session_id)

    def reply_sent(self, client_msg_id: str, message: Message | None = None) -> None:
        transcripts.reply_sent(self._db, client_msg_id, message)

    def search(self, text: str, limit: int = 50) -> list[transcripts.Hit]:
        return transcripts.search(self._db, text, limit)

    # ------------------------------------------------------------ reference data (a copy)

    def reference_fetched_at(self, kind: str) -> datetime | None:
        """When ``kind`` (``reference.TEMPLATES`` or ``reference.DIRECTORY``) was stored."""
        return reference.fetched_at(self._db, kind)

    def replace_templates(self, templates: list[reference.StoredTemplate]) -> None:
        reference.replace_templates(self._db, templates)

    def stored_templates(self) -> list[reference.StoredTemplate]:
        return reference.stored_templates(self._db)

    def replace_directory(self, services: list[ReferralService]) -> int:
        """Store the whole referral directory (long: call it on a worker)."""
        return reference.replace_directory(self._db, services)

    def search_directory(
        self,
        *,
        q: str = "",
        service: str = "",
        language: str = "",
        region: str = "",
        limit: int = 50,
        offset: int = 0,
    ) -> list[ReferralService]:
        return reference.search_directory(
            self._db,
            q=q,
            service=service,
            language=language,
            region=region,
            limit=limit,
            offset=offset,
        )

    def directory_service_types(self) -> list[str]:
        return reference.service_types(self._db)

    def directory_size(self) -> int:
        return reference.directory_size(self._db)

    # ------------------------------------------------------------ maintenance

    def unsynced(self) -> Unsynced:
        return retention.unsynced(self._db)

    def purge_closed_cases(self, older_than_days: float, now: datetime | None = None) -> int:
        purged = retention.purge_closed_cases(
            self._db, older_than_days, now if now is not None else self._db.clock()
        )
        if purged:
            self._decoded.clear()  # nothing purged stays behind in memory either
        return purged

    def integrity_check(self) -> list[str]:
        """Problems found by SQLite's and SQLCipher's checks; empty when the file is sound."""
        try:
            found = [str(r[0]) for r in self._db.rows("PRAGMA integrity_check")]
            problems = [] if found == ["ok"] else found
            problems += [str(r[0]) for r in self._db.rows("PRAGMA cipher_integrity_check")]
        except Corrupt as error:
            return [f"unreadable: {error.detail}"]
        return problems

    def checkpoint(self) -> None:
        with TRANSLATING:
            self._db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

    def files(self) -> list[Path]:
        """Every file of this cache on disk (database, WAL, shared memory, backups)."""
        base = self.path
        names = [base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal"))]
        return [p for p in [*names, *schema.backup_paths(base)] if p.exists()]

    def wipe(self, *, discard_drafts: bool = False) -> None:
        """Delete this cache for good (sign-out at shift end).

        Refuses with :class:`UnsyncedWork` (saying what) while anything is not on the
        server; drafts count too unless ``discard_drafts``.  Worker connections must
        be closed first (stop the sync engine).
        """
        if any(not child.closed for child in self._children):
            raise RuntimeError("close the worker connections (stop the sync engine) first")
        summary = self.unsynced()
        if summary.blocking or (summary.drafts and not discard_drafts):
            raise UnsyncedWork(summary)
        files = self.files()
        self.close()
        with TRANSLATING:
            for path in files:
                path.unlink(missing_ok=True)
            for path in self.files():  # anything the close left behind
                path.unlink(missing_ok=True)
        if self._on_wipe is not None:
            self._on_wipe()
        log.info("cache wiped")
