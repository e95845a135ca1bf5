"""Storing the server's answers: duplicates, conflicts kept whole, seq disagreements."""

from __future__ import annotations

from console.protocol import Entity, ErrorDetail, MutationResult, MutationStatus, SyncResponse
from console.store import Cache, RecordSync

from .helpers import answer, applied, note_record, page


def _outbox(cache: Cache) -> list[tuple[int, str, int | None]]:
    return [
        (r["seq"], r["id"], r["base_version"])
        for r in cache.db.rows("SELECT * FROM outbox ORDER BY seq")
    ]


def _sync_all(cache: Cache, case_id: str) -> None:
    while (batch := cache.take_batch(500)) is not None:
        cache.apply_results(batch, applied(batch, case_id))


def test_a_duplicate_is_asked_again_and_our_own_edit_is_recognised(cache: Cache) -> None:
    note_id = cache.save_note("c1", "my words")
    batch = cache.take_batch(500)
    assert batch is not None
    dup = SyncResponse(last_seq=1, results=[answer(1, MutationStatus.DUPLICATE, version=1)])
    outcome = cache.apply_results(batch, dup)
    assert (outcome.answered, outcome.requeued) == (1, 1)
    assert _outbox(cache) == [(2, note_id, None)]  # same base, new seq
    again = cache.take_batch(500)
    assert again is not None and again.items[0].priors[0].fields["body"] == "my words"
    # The server already has it: it answers "conflict" with our own text.
    ours = note_record(note_id, "c1", "my words", 1)
    response = SyncResponse(
        last_seq=2, results=[answer(2, MutationStatus.CONFLICT, version=1, record=ours)]
    )
    outcome = cache.apply_results(again, response)
    assert outcome.conflicts == 0 and outcome.applied == 1
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.sync is RecordSync.SYNCED and cached.record.version == 1
    assert cache.conflicts() == [] and _outbox(cache) == []


def test_a_duplicate_of_an_edit_that_had_conflicted_becomes_a_conflict(cache: Cache) -> None:
    note_id = cache.save_note("c1", "v1")
    _sync_all(cache, "c1")
    cache.save_note("c1", "my edit", note_id=note_id)
    batch = cache.take_batch(500)
    assert batch is not None
    cache.apply_results(
        batch, SyncResponse(last_seq=2, results=[answer(2, MutationStatus.DUPLICATE, version=2)])
    )
    again = cache.take_batch(500)
    assert again is not None and again.items[0].mutation.base_version == 1
    theirs = note_record(note_id, "c1", "their edit", 2)
    cache.apply_results(
        again,
        SyncResponse(
            last_seq=3, results=[answer(3, MutationStatus.CONFLICT, version=2, record=theirs)]
        ),
    )
    [conflict] = cache.conflicts()
    assert conflict.local.fields["body"] == "my edit" and conflict.local.base_version == 1
    assert conflict.server.body == "their edit"  # type: ignore[union-attr]


def test_a_conflict_keeps_both_and_queues_nothing_until_resolved(cache: Cache) -> None:
    note_id = cache.save_note("c1", "v1")
    _sync_all(cache, "c1")
    cache.save_note("c1", "mine", note_id=note_id)
    batch = cache.take_batch(500)
    assert batch is not None
    theirs = note_record(note_id, "c1", "theirs", 2)
    outcome = cache.apply_results(
        batch,
        SyncResponse(
            last_seq=2, results=[answer(2, MutationStatus.CONFLICT, version=2, record=theirs)]
        ),
    )
    assert outcome.conflicts == 1
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.sync is RecordSync.CONFLICT
    assert cached.record.body == "mine"  # type: ignore[union-attr]
    assert _outbox(cache) == []
    cache.save_note("c1", "mine, more", note_id=note_id)
    assert _outbox(cache) == []
    [conflict] = cache.conflicts()
    assert conflict.local.fields["body"] == "mine, more"
    assert cache.unsynced().conflicts == 1 and cache.unsynced().blocking


def test_an_answer_older_than_a_pulled_copy_gives_way_to_it(cache: Cache) -> None:
    note_id = cache.save_note("c1", "v1")
    batch = cache.take_batch(500)
    assert batch is not None
    # While the batch is out, a pull brings a newer version (someone edited on top of ours).
    cache.apply_changes(page(note_record(note_id, "c1", "v2 by someone", 2)))
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.record.body == "v1"  # type: ignore[union-attr]
    cache.apply_results(batch, applied(batch, "c1"))
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.sync is RecordSync.SYNCED
    assert (cached.record.version, cached.record.body) == (2, "v2 by someone")  # type: ignore[union-attr]


def _out_of_order(seqs: list[int], last_seq: int) -> SyncResponse:
    error = ErrorDetail(code="out_of_order", message="gap")
    return SyncResponse(
        last_seq=last_seq,
        results=[MutationResult(seq=s, status=MutationStatus.REJECTED, error=error) for s in seqs],
    )


def test_a_server_behind_our_numbering_gets_the_outbox_renumbered(cache: Cache) -> None:
    """The server's database was replaced: it expects seq 1, we are at 6."""
    for i in range(5):
        cache.save_note("c1", f"old {i}")
    _sync_all(cache, "c1")
    a = cache.save_note("c1", "new a")
    b = cache.save_note("c1", "new b")
    batch = cache.take_batch(500)
    assert batch is not None and [m.seq for m in batch.mutations] == [6, 7]
    outcome = cache.apply_results(batch, _out_of_order([6, 7], last_seq=0))
    assert outcome.renumbered and outcome.answered == 0
    assert _outbox(cache) == [(1, a, None), (2, b, None)]
    note = cache.db.row("SELECT pending_seq FROM notes WHERE id = ?", (b,))
    assert note is not None and note["pending_seq"] == 2
    assert cache.db.scalar("SELECT next_seq FROM sync_state") == 3
    # Still frozen: the server may see them now, their content must not change.
    cache.save_note("c1", "typed meanwhile", note_id=a)
    again = cache.take_batch(500)
    assert again is not None and [m.seq for m in again.mutations] == [1, 2]
    assert again.items[0].mutation.fields["body"] == "new a"


def test_a_gap_mid_batch_keeps_the_rest_in_order(cache: Cache) -> None:
    ids = [cache.save_note("c1", f"n{i}") for i in range(3)]
    batch = cache.take_batch(500)
    assert batch is not None
    first = applied(batch, "c1").results[0]
    response = _out_of_order([2, 3], last_seq=0)
    response = SyncResponse(last_seq=1, results=[first, *response.results])
    # The server applied seq 1 then saw a gap it should not have: we resend 2 and 3 as 2 and 3.
    outcome = cache.apply_results(batch, response)
    assert outcome.answered == 1 and not outcome.renumbered
    assert _outbox(cache) == [(2, ids[1], None), (3, ids[2], None)]


def test_answers_about_seqs_we_never_issued_are_not_trusted(cache: Cache) -> None:
    """This cache is older than the server's count (restored from a copy): move past it."""
    note_id = cache.save_note("c1", "written after a restore")
    batch = cache.take_batch(500)
    assert batch is not None
    response = SyncResponse(last_seq=40, results=[answer(1, MutationStatus.DUPLICATE, version=3)])
    outcome = cache.apply_results(batch, response)
    assert outcome.renumbered and outcome.answered == 0
    assert _outbox(cache) == [(41, note_id, None)]
    cached = cache.record(Entity.NOTE, note_id)
    assert cached is not None and cached.sync is RecordSync.PENDING
