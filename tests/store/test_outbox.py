"""Local writes: the record and its mutation in one transaction; coalescing; freezing."""

from __future__ import annotations

import pytest

from console.protocol import NOTE_BODY_MAX, CaseRecord, Entity, NoteKind, SyncResponse
from console.store import Cache, DiskFull, RecordSync, UnknownRecordError

from .helpers import NOW, applied, page, rejected


def _outbox(cache: Cache) -> list[tuple[int, str, str, int | None, int]]:
    return [
        (r["seq"], r["op"], r["id"], r["base_version"], r["rev"])
        for r in cache.db.rows("SELECT * FROM outbox ORDER BY seq")
    ]


def _sync_all(cache: Cache, case_id: str) -> None:
    while (batch := cache.take_batch(500)) is not None:
        cache.apply_results(batch, applied(batch, case_id))


def test_a_new_note_is_a_row_and_a_mutation(cache: Cache) -> None:
    note_id = cache.save_note("c1", "first words")
    assert _outbox(cache) == [(1, "upsert", note_id, None, 1)]
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.sync is RecordSync.PENDING
    assert cache.pending_count() == 1


def test_edits_before_sync_coalesce_and_keep_their_base(cache: Cache) -> None:
    note_id = cache.save_note("c1", "v1")
    cache.save_note("c1", "v2", note_id=note_id)
    cache.save_note("c1", "v3", note_id=note_id)
    assert _outbox(cache) == [(1, "upsert", note_id, None, 3)]
    _sync_all(cache, "c1")
    assert cache.record(Entity.NOTE, note_id).record.version == 1  # type: ignore[union-attr]
    cache.save_note("c1", "v4", note_id=note_id)
    cache.save_note("c1", "v5", note_id=note_id)
    [(seq, op, _, base, _rev)] = _outbox(cache)
    assert (seq, op, base) == (2, "upsert", 1)  # the version the edit started from
    batch = cache.take_batch(500)
    assert batch is not None and batch.items[0].mutation.fields["body"] == "v5"


def test_an_edit_while_its_mutation_is_being_sent_goes_on_top_of_the_answer(
    cache: Cache,
) -> None:
    note_id = cache.save_note("c1", "sent text")
    batch = cache.take_batch(500)
    assert batch is not None
    cache.save_note("c1", "typed while sending", note_id=note_id)
    # The frozen mutation is unchanged; the new edit waits behind it.
    assert _outbox(cache) == [(1, "upsert", note_id, None, 1)]
    assert batch.items[0].mutation.fields["body"] == "sent text"
    assert cache.pending_count() == 2
    outcome = cache.apply_results(batch, applied(batch, "c1"))
    assert outcome.answered == 1
    assert _outbox(cache) == [(2, "upsert", note_id, 1, 2)]
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.record.body == "typed while sending"  # type: ignore[union-attr]
    assert cached.sync is RecordSync.PENDING
    _sync_all(cache, "c1")
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.sync is RecordSync.SYNCED and cached.record.version == 2


def test_seqs_are_contiguous_across_entities(cache: Cache) -> None:
    case_id = cache.save_case(title="t")
    cache.save_note(case_id, "n")
    cache.save_checklist_run(case_id, "tpl", 1, {"a": {"state": "done"}})
    assert [row[0] for row in _outbox(cache)] == [1, 2, 3]


def test_record_and_mutation_are_one_transaction(
    cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.save_note("c1", "before")

    def fail(*_a: object, **_k: object) -> int:
        raise RuntimeError("crash between the row and the mutation")

    monkeypatch.setattr("console.store.writes.queue_mutation", fail)
    with pytest.raises(RuntimeError):
        cache.save_note("c1", "lost?", note_id="n-2")
    monkeypatch.undo()
    assert cache.record(Entity.NOTE, "n-2") is None
    assert len(_outbox(cache)) == 1
    assert cache.integrity_check() == []


def test_a_full_disk_changes_nothing_and_is_recoverable(cache: Cache) -> None:
    note_id = cache.save_note("c1", "small")
    pages = cache.db.scalar("PRAGMA page_count")
    cache.db.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFull):
        cache.save_note("c1", "x" * 90_000, note_id=note_id)
    with pytest.raises(DiskFull):
        cache.save_draft("k", "y" * 90_000)
    cache.db.conn.execute("PRAGMA max_page_count = 1073741823")
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.record.body == "small"  # type: ignore[union-attr]
    assert [r[4] for r in _outbox(cache)] == [1]
    cache.save_note("c1", "x" * 90_000, note_id=note_id)  # works again with room
    assert cache.integrity_check() == []


def test_deleting_a_note_never_sent_is_answered_not_found_and_forgotten(cache: Cache) -> None:
    note_id = cache.save_note("c1", "oops")
    cache.delete(Entity.NOTE, note_id)
    assert _outbox(cache) == [(1, "delete", note_id, None, 2)]
    batch = cache.take_batch(500)
    assert batch is not None
    response = SyncResponse(last_seq=1, results=[rejected(1, "not_found")])
    cache.apply_results(batch, response)
    assert cache.record(Entity.NOTE, note_id) is None
    assert cache.unsynced().blocking is False


def test_deleting_a_synced_note_sends_its_base(cache: Cache) -> None:
    note_id = cache.save_note("c1", "text")
    _sync_all(cache, "c1")
    cache.delete(Entity.NOTE, note_id)
    assert _outbox(cache) == [(2, "delete", note_id, 1, 2)]
    assert cache.notes_for_case("c1") == []  # hidden at once
    with pytest.raises(UnknownRecordError):
        cache.save_note("c1", "edit a deleted note", note_id=note_id)
    _sync_all(cache, "c1")
    assert cache.record(Entity.NOTE, note_id) is None


def test_a_rejected_edit_is_kept_with_its_error(cache: Cache) -> None:
    note_id = cache.save_note("c1", "not allowed")
    batch = cache.take_batch(500)
    assert batch is not None
    cache.apply_results(batch, SyncResponse(last_seq=1, results=[rejected(1, "forbidden")]))
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.sync is RecordSync.REJECTED
    assert cached.error is not None and cached.error.code == "forbidden"
    assert cached.record.body == "not allowed"  # type: ignore[union-attr]
    assert cache.unsynced().rejected == 1 and cache.unsynced().blocking
    assert _outbox(cache) == []
    # Editing it again tries again.
    cache.save_note("c1", "rephrased", note_id=note_id)
    assert [(r[1], r[3]) for r in _outbox(cache)] == [("upsert", None)]


def test_invalid_input_is_a_caller_bug(cache: Cache) -> None:
    with pytest.raises(ValueError, match="at most"):
        cache.save_note("c1", "x" * (NOTE_BODY_MAX + 1))
    note_id = cache.save_note("c1", "text")
    with pytest.raises(ValueError, match="another case"):
        cache.save_note("c2", "moved", note_id=note_id)
    with pytest.raises(ValueError, match="checklist_run"):
        cache.save_checklist_run("c1", "tpl", 1, {"a": {"state": "maybe"}})
    assert len(_outbox(cache)) == 1


def test_partial_edits_keep_the_other_fields(cache: Cache) -> None:
    cache.apply_changes(
        page(CaseRecord(id="c1", version=3, updated_at=NOW, title="T", tags=["labor"]))
    )
    cache.save_case("c1", indicators=["debt"])
    case = cache.record(Entity.CASE, "c1")
    assert case is not None
    assert (case.record.title, case.record.tags, case.record.indicators) == (  # type: ignore[union-attr]
        "T",
        ["labor"],
        ["debt"],
    )
    note_id = cache.save_note("c1", "report", kind=NoteKind.REPORT, session_id="s1")
    cache.save_note("c1", "report, more", note_id=note_id)
    note = cache.record(Entity.NOTE, note_id)
    assert note is not None
    assert (note.record.kind, note.record.session_id) == (NoteKind.REPORT, "s1")  # type: ignore[union-attr]
    batch = cache.take_batch(500)
    assert batch is not None
    assert [q.mutation.base_version for q in batch.items] == [3, None]
    assert "report" not in repr(batch) and "report" not in repr(batch.items[1])


def test_re_reading_a_case_decodes_only_rows_that_changed(cache: Cache) -> None:
    first = cache.save_note("c1", "one")
    second = cache.save_note("c1", "two")
    before = {c.id: c for c in cache.notes_for_case("c1")}
    again = {c.id: c for c in cache.notes_for_case("c1")}
    assert again[first] is before[first] and again[second] is before[second]
    cache.save_note("c1", "two, edited", note_id=second)
    _sync_all(cache, "c1")  # the first changes too: synced, with a server version
    after = {c.id: c for c in cache.notes_for_case("c1")}
    assert after[second].record.body == "two, edited"  # type: ignore[union-attr]
    assert all(after[i] is not before[i] for i in (first, second))
    assert {c.sync for c in after.values()} == {RecordSync.SYNCED}
    cache.delete(Entity.NOTE, first)
    assert [c.id for c in cache.notes_for_case("c1")] == [second]
