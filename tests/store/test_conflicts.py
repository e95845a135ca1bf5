"""Resolving conflicts: keep mine, keep theirs, merge, keep both; discarding a refused edit."""

from __future__ import annotations

import pytest

from console.protocol import Entity, MutationStatus, SyncResponse
from console.store import Cache, RecordSync, Resolution, UnknownRecordError

from .helpers import answer, applied, note_record, page, rejected


def _conflicted(cache: Cache, *, server_deleted: bool = False) -> str:
    cache.apply_changes(page(note_record("n1", "c1", "v1", 1)))
    cache.save_note("c1", "mine", note_id="n1")
    batch = cache.take_batch(500)
    assert batch is not None
    theirs = note_record("n1", "c1", "theirs", 2, deleted=server_deleted)
    cache.apply_results(
        batch,
        SyncResponse(
            last_seq=batch.last_seq,
            results=[answer(batch.last_seq, MutationStatus.CONFLICT, version=2, record=theirs)],
        ),
    )
    assert len(cache.conflicts()) == 1
    return "n1"


def _outbox(cache: Cache) -> list[tuple[str, str, int | None, str]]:
    return [
        (r["op"], r["id"], r["base_version"], r["fields"])
        for r in cache.db.rows("SELECT * FROM outbox ORDER BY seq")
    ]


def test_keep_server(cache: Cache) -> None:
    note_id = _conflicted(cache)
    cache.resolve_conflict(Entity.NOTE, note_id, Resolution.KEEP_SERVER)
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.sync is RecordSync.SYNCED
    assert (cached.record.body, cached.record.version) == ("theirs", 2)  # type: ignore[union-attr]
    assert cache.conflicts() == [] and _outbox(cache) == []
    assert cache.unsynced().blocking is False


def test_keep_local_goes_on_top_of_the_server_version(cache: Cache) -> None:
    note_id = _conflicted(cache)
    cache.resolve_conflict(Entity.NOTE, note_id, Resolution.KEEP_LOCAL)
    [(op, rid, base, fields)] = _outbox(cache)
    assert (op, rid, base) == ("upsert", note_id, 2) and '"mine"' in fields
    batch = cache.take_batch(500)
    assert batch is not None
    cache.apply_results(batch, applied(batch, "c1"))
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.record.version == 3 and cached.sync is RecordSync.SYNCED


def test_merge(cache: Cache) -> None:
    note_id = _conflicted(cache)
    merged = {"case_id": "c1", "body": "mine + theirs", "kind": "note"}
    cache.resolve_conflict(Entity.NOTE, note_id, Resolution.MERGE, merged)
    assert cache.record(Entity.NOTE, note_id).record.body == "mine + theirs"  # type: ignore[union-attr]
    assert [(op, base) for op, _, base, _ in _outbox(cache)] == [("upsert", 2)]


def test_keep_both_makes_a_second_note(cache: Cache) -> None:
    note_id = _conflicted(cache)
    new_id = cache.resolve_conflict(Entity.NOTE, note_id, Resolution.KEEP_BOTH)
    assert new_id is not None and new_id != note_id
    bodies = {c.id: c.record.body for c in cache.notes_for_case("c1")}  # type: ignore[attr-defined]
    assert bodies == {note_id: "theirs", new_id: "mine"}
    assert [(op, rid, base) for op, rid, base, _ in _outbox(cache)] == [("upsert", new_id, None)]


def test_keep_local_over_a_server_delete_brings_it_back(cache: Cache) -> None:
    note_id = _conflicted(cache, server_deleted=True)
    [conflict] = cache.conflicts()
    assert conflict.server.deleted
    cache.resolve_conflict(Entity.NOTE, note_id, Resolution.KEEP_LOCAL)
    assert [(op, base) for op, _, base, _ in _outbox(cache)] == [("upsert", 2)]
    assert cache.record(Entity.NOTE, note_id).record.body == "mine"  # type: ignore[union-attr]


def test_resolving_twice_or_nothing_is_a_bug(cache: Cache) -> None:
    note_id = _conflicted(cache)
    cache.resolve_conflict(Entity.NOTE, note_id, Resolution.KEEP_SERVER)
    with pytest.raises(UnknownRecordError):
        cache.resolve_conflict(Entity.NOTE, note_id, Resolution.KEEP_LOCAL)
    resolved = cache.db.scalar("SELECT resolution FROM conflicts")
    assert resolved == "keep_server"  # the history stays


def test_discarding_a_refused_edit(cache: Cache) -> None:
    cache.apply_changes(page(note_record("n1", "c1", "v1", 1), cursor="C1"))
    cache.save_note("c1", "refused", note_id="n1")
    batch = cache.take_batch(500)
    assert batch is not None
    cache.apply_results(batch, SyncResponse(last_seq=1, results=[rejected(1, "forbidden")]))
    assert cache.unsynced().rejected == 1
    cache.discard_local(Entity.NOTE, "n1")
    assert cache.record(Entity.NOTE, "n1") is None
    assert cache.cursor() == ""  # the server's copy comes back with the next pull
    assert cache.unsynced().blocking is False
