"""Pulled changes: stored, replaced, and never over an unsynced local edit."""

from __future__ import annotations

from console.protocol import Entity, MutationStatus, SyncResponse
from console.store import Cache, RecordSync

from .helpers import answer, applied, note_record, page


def _sync_all(cache: Cache, case_id: str) -> None:
    while (batch := cache.take_batch(500)) is not None:
        cache.apply_results(batch, applied(batch, case_id))


def _body(cache: Cache, note_id: str) -> str | None:
    cached = cache.record(Entity.NOTE, note_id)
    return None if cached is None else cached.record.body  # type: ignore[union-attr]


def test_new_and_newer_records_are_stored_and_older_ignored(cache: Cache) -> None:
    out = cache.apply_changes(
        page(note_record("n1", "c1", "one", 1), note_record("n2", "c1", "two", 4), cursor="A")
    )
    assert out.stored == 2 and cache.cursor() == "A"
    cache.apply_changes(page(note_record("n2", "c1", "two old", 3), cursor="B"))
    assert _body(cache, "n2") == "two"
    cache.apply_changes(page(note_record("n2", "c1", "two newer", 5), cursor="C"))
    assert _body(cache, "n2") == "two newer"
    assert cache.record(Entity.NOTE, "n2").sync is RecordSync.SYNCED  # type: ignore[union-attr]
    assert cache.search("newer")[0].id == "n2"


def test_a_pulled_delete_removes_a_clean_record_and_skips_an_unknown_one(cache: Cache) -> None:
    cache.apply_changes(page(note_record("n1", "c1", "one", 1)))
    cache.apply_changes(
        page(
            note_record("n1", "c1", "one", 2, deleted=True),
            note_record("n9", "c1", "never seen", 2, deleted=True),
        )
    )
    assert cache.record(Entity.NOTE, "n1") is None
    assert cache.record(Entity.NOTE, "n9") is None
    assert cache.search("one") == []


def test_a_pulled_record_never_overwrites_an_unsynced_edit(cache: Cache) -> None:
    cache.apply_changes(page(note_record("n1", "c1", "server v1", 1)))
    cache.save_note("c1", "my offline edit", note_id="n1")
    cache.apply_changes(page(note_record("n1", "c1", "server v2", 2)))
    assert _body(cache, "n1") == "my offline edit"
    # When the edit is sent, the server's newer version makes it a conflict: both kept.
    batch = cache.take_batch(500)
    assert batch is not None and batch.items[0].mutation.base_version == 1
    server = note_record("n1", "c1", "server v2", 2)
    cache.apply_results(
        batch,
        SyncResponse(
            last_seq=batch.last_seq,
            results=[answer(batch.last_seq, MutationStatus.CONFLICT, version=2, record=server)],
        ),
    )
    [conflict] = cache.conflicts()
    assert conflict.local.fields["body"] == "my offline edit"
    assert conflict.server.body == "server v2"  # type: ignore[union-attr]


def test_a_pulled_delete_never_wins_over_an_unsynced_edit(cache: Cache) -> None:
    cache.apply_changes(page(note_record("n1", "c1", "server v1", 1)))
    cache.save_note("c1", "my edit the server must not lose", note_id="n1")
    cache.apply_changes(page(note_record("n1", "c1", "server v1", 2, deleted=True)))
    assert _body(cache, "n1") == "my edit the server must not lose"
    assert cache.record(Entity.NOTE, "n1").sync is RecordSync.PENDING  # type: ignore[union-attr]
    assert cache.unsynced().outbox == 1


def test_a_pulled_copy_moves_the_conflict_server_side(cache: Cache) -> None:
    cache.apply_changes(page(note_record("n1", "c1", "v1", 1)))
    cache.save_note("c1", "mine", note_id="n1")
    batch = cache.take_batch(500)
    assert batch is not None
    theirs = note_record("n1", "c1", "theirs v2", 2)
    cache.apply_results(
        batch,
        SyncResponse(
            last_seq=1, results=[answer(1, MutationStatus.CONFLICT, version=2, record=theirs)]
        ),
    )
    out = cache.apply_changes(page(note_record("n1", "c1", "theirs v3", 3)))
    assert out.conflicts_updated == 1
    [conflict] = cache.conflicts()
    assert conflict.server.version == 3 and conflict.local.fields["body"] == "mine"


def test_a_big_page_is_applied_in_chunks_with_the_cursor_last(cache: Cache) -> None:
    records = [note_record(f"n{i}", "c1", f"body {i}", 1) for i in range(1000)]
    out = cache.apply_changes(page(*records, cursor="END"))
    assert out.stored == 1000 and cache.cursor() == "END"
    assert cache.count(Entity.NOTE) == 1000
