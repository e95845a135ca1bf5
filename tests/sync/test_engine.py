"""The sync engine against the real backend: offline work, lost answers, conflicts, pulls."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from console.net.backoff import Backoff
from console.net.client import ApiClient
from console.net.events import EventStream
from console.net.stream_types import StreamEvent
from console.protocol import Entity, EventName, NoteKind
from console.store import Cache, RecordSync, Resolution
from console.sync import SyncEngine, SyncPhase, SyncProgress
from tests.conftest import Backend

from .fault_proxy import Fault, FaultProxy, Scripted
from .helpers import LEAD, RawWriter, disagreements, server_records, until


def fast() -> dict[str, Any]:
    """Engine options for tests: short pauses, a seeded back-off."""
    return {"backoff": Backoff(base=0.02, cap=0.2, rng=random.Random(4)), "poll_interval": 5.0}


async def _server_notes(api: ApiClient, case_id: str) -> dict[str, str]:
    detail = await api.case(case_id)
    return {n.id: n.body for n in detail.notes}


@pytest.mark.asyncio
async def test_offline_edits_sync_once_the_backend_is_back(
    backend: Backend, lead: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    cache = caches("a")
    states: list[SyncProgress] = []
    engine = SyncEngine(cache, lead, on_state=states.append, **fast())
    backend.stop()
    ids = [cache.save_note(case_id, f"offline note {i}") for i in range(5)]
    cache.save_note(case_id, "offline note 0, edited", note_id=ids[0])
    cache.delete(Entity.NOTE, ids[4])
    engine.start()
    await until(lambda: engine.state.phase is SyncPhase.OFFLINE)
    assert engine.state.pending == 5 and engine.state.retry_in is not None
    backend.start()
    engine.reconnected()
    await until(lambda: engine.state.phase is SyncPhase.IDLE and engine.state.pending == 0)
    await engine.aclose()
    expected = {ids[0]: "offline note 0, edited", **{i: f"offline note {n}" for n, i in
                enumerate(ids) if n in (1, 2, 3)}}  # fmt: skip
    assert await _server_notes(lead, case_id) == expected
    assert disagreements(cache, await server_records(lead), case_id) == []
    assert all(c.sync is RecordSync.SYNCED for c in cache.notes_for_case(case_id))
    assert engine.state.phase is SyncPhase.STOPPED


@pytest.mark.asyncio
async def test_a_batch_whose_answer_was_lost_is_applied_once(
    backend: Backend, lead: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    proxy = FaultProxy(lambda: backend.port, Scripted([("/sync", Fault.DROP_RESPONSE)]))
    await proxy.start()
    api = ApiClient(proxy.url)
    await api.login(*LEAD)
    cache = caches("a")
    ids = [cache.save_note(case_id, f"note {i}", kind=NoteKind.REPORT) for i in range(3)]
    engine = SyncEngine(cache, api, **fast())
    proxy.armed = True
    engine.start()
    await until(lambda: engine.state.phase is SyncPhase.IDLE and engine.state.pending == 0)
    await engine.aclose()
    await api.aclose()
    await proxy.aclose()
    assert proxy.counts[Fault.DROP_RESPONSE] == 1
    detail = await lead.case(case_id)
    assert sorted(n.id for n in detail.notes) == sorted(ids)  # each exactly once
    assert all(n.version == 1 for n in detail.notes)  # never applied twice
    assert disagreements(cache, await server_records(lead), case_id) == []


@pytest.mark.asyncio
async def test_two_clients_edit_one_note_and_both_versions_are_kept(
    lead: ApiClient, lead2: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    a, b = caches("a"), caches("b")
    engine_a = SyncEngine(a, lead, **fast())
    engine_b = SyncEngine(b, lead2, **fast())
    note_id = a.save_note(case_id, "first version")
    await engine_a.sync_once()
    await engine_b.sync_once()
    assert b.record(Entity.NOTE, note_id).record.body == "first version"  # type: ignore[union-attr]
    # Both edit while apart; A reaches the server first.
    a.save_note(case_id, "A's words", note_id=note_id)
    b.save_note(case_id, "B's words", note_id=note_id)
    await engine_a.sync_once()
    report = await engine_b.sync_once()
    assert report.conflicts == 1
    [conflict] = b.conflicts()
    assert conflict.local.fields["body"] == "B's words"
    assert conflict.server.body == "A's words"  # type: ignore[union-attr]
    assert b.record(Entity.NOTE, note_id).sync is RecordSync.CONFLICT  # type: ignore[union-attr]
    assert await _server_notes(lead, case_id) == {note_id: "A's words"}  # nothing overwritten
    # B keeps both: A's stays, B's becomes a second note.
    new_id = b.resolve_conflict(Entity.NOTE, note_id, Resolution.KEEP_BOTH)
    await engine_b.sync_once()
    await engine_a.sync_once()
    assert await _server_notes(lead, case_id) == {note_id: "A's words", new_id: "B's words"}
    server = await server_records(lead)
    assert disagreements(a, server, case_id) == []
    assert disagreements(b, server, case_id) == []
    await engine_a.aclose()
    await engine_b.aclose()


@pytest.mark.asyncio
async def test_pulled_changes_arrive_and_a_remote_delete_waits_for_a_local_edit(
    lead: ApiClient, lead2: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    a, b = caches("a"), caches("b")
    engine_a = SyncEngine(a, lead, **fast())
    engine_b = SyncEngine(b, lead2, **fast())
    keep = a.save_note(case_id, "stays")
    doomed = a.save_note(case_id, "B deletes this")
    run = a.save_checklist_run(case_id, "immediate_danger", 1, {"a1": {"state": "todo"}})
    await engine_a.sync_once()
    await engine_b.sync_once()
    b.delete(Entity.NOTE, doomed)
    b.save_checklist_run(case_id, "immediate_danger", 1, {"a1": {"state": "done"}}, run_id=run)
    b.delete(Entity.NOTE, keep)
    a.save_note(case_id, "stays, edited offline", note_id=keep)  # unsynced when B's delete lands
    await engine_b.sync_once()
    assert a.record(Entity.NOTE, keep).record.body == "stays, edited offline"  # type: ignore[union-attr]
    report = await engine_a.sync_once()
    assert report.pulled >= 1 and report.conflicts == 1
    assert a.record(Entity.NOTE, doomed) is None
    runs = a.checklist_runs_for_case(case_id)
    assert runs[0].record.items["a1"].state.value == "done"  # type: ignore[union-attr]
    # The delete did not win: the edit is kept beside the server's deleted record.
    [conflict] = a.conflicts()
    assert conflict.server.deleted and conflict.local.fields["body"] == "stays, edited offline"
    a.resolve_conflict(Entity.NOTE, keep, Resolution.KEEP_LOCAL)
    await engine_a.sync_once()
    await engine_b.sync_once()
    assert await _server_notes(lead, case_id) == {keep: "stays, edited offline"}
    server = await server_records(lead)
    assert disagreements(a, server, case_id) == [] and disagreements(b, server, case_id) == []
    await engine_a.aclose()
    await engine_b.aclose()


@pytest.mark.asyncio
async def test_a_record_changed_event_nudges_a_pull(
    lead: ApiClient, lead2: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    a = caches("a")
    engine = SyncEngine(a, lead, backoff=fast()["backoff"], poll_interval=None)
    nudges = 0

    def on_event(event: StreamEvent) -> None:
        nonlocal nudges
        if event.name is EventName.RECORD_CHANGED:
            nudges += 1
            engine.nudge()

    stream = EventStream(lead, on_event)
    stream.start()
    engine.start()
    await until(lambda: engine.state.phase is SyncPhase.IDLE)
    writer = RawWriter(lead2)
    await writer.write(Entity.NOTE, "from-b", {"case_id": case_id, "body": "hello A"}, None)
    cached = await until(lambda: a.record(Entity.NOTE, "from-b"))
    assert cached.record.body == "hello A"  # type: ignore[union-attr]
    assert nudges >= 1
    await stream.aclose()
    await engine.aclose()


@pytest.mark.asyncio
async def test_a_burst_of_changes_elsewhere_is_pulled_together(
    lead: ApiClient, lead2: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    """Another workstation's writes arrive as one record.changed event per note:
    the engine gathers them into a few pulls, not one pull per few events."""
    a = caches("a")
    engine = SyncEngine(a, lead, backoff=fast()["backoff"], poll_interval=None, pull_gather=0.5)
    pulls = 0
    changes = lead.changes

    async def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal pulls
        pulls += 1
        return await changes(*args, **kwargs)

    lead.changes = counted  # type: ignore[method-assign]
    events = 0

    def on_event(event: StreamEvent) -> None:
        nonlocal events
        if event.name is EventName.RECORD_CHANGED:
            events += 1
            engine.changed_elsewhere()

    stream = EventStream(lead, on_event)
    stream.start()
    engine.start()
    await until(lambda: engine.state.phase is SyncPhase.IDLE)
    before = pulls
    count = 20
    other = RawWriter(lead2)
    for n in range(count):  # one request each, a few ms apart: the events trickle in
        await other.write(Entity.NOTE, f"burst-{n}", {"case_id": case_id, "body": f"{n}"}, None)
        await asyncio.sleep(0.01)
    await until(lambda: all(a.record(Entity.NOTE, f"burst-{n}") for n in range(count)))
    await until(lambda: engine.state.phase is SyncPhase.IDLE)
    await stream.aclose()
    await engine.aclose()
    assert events >= count
    assert 1 <= pulls - before <= 6, f"{pulls - before} pulls for {events} events"


@pytest.mark.asyncio
async def test_a_server_with_a_new_database_gets_our_seqs_renumbered(
    tmp_path: Path, lead: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    cache = caches("a")
    engine = SyncEngine(cache, lead, **fast())
    for i in range(3):
        cache.save_note(case_id, f"first server {i}")
    await engine.sync_once()
    await engine.aclose()
    assert cache.db.scalar("SELECT next_seq FROM sync_state") == 4
    # The hotline replaced its backend's database: this client's count there is 0.
    fresh = Backend(tmp_path / "replaced.db")
    fresh.start()
    try:
        api = ApiClient(fresh.url)
        await api.login(*LEAD)
        new_case = cache.save_case(title="opened after the move")
        note = cache.save_note(new_case, "written for the new server")
        engine = SyncEngine(cache, api, **fast())
        report = await engine.sync_once()
        await engine.aclose()
        assert report.sent == 2 and report.rejected == 0
        assert cache.unsynced().outbox == 0
        assert {n.id for n in (await api.case(new_case)).notes} == {note}
        assert cache.db.scalar("SELECT next_seq FROM sync_state") == 3
        await api.aclose()
    finally:
        fresh.stop()


@pytest.mark.asyncio
async def test_progress_over_a_large_backlog(
    lead: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    cache = caches("a")
    for i in range(1200):
        cache.save_note(case_id, f"backlog {i}")
    states: list[SyncProgress] = []
    engine = SyncEngine(cache, lead, on_state=states.append, **fast())
    report = await engine.sync_once()
    await engine.aclose()
    assert report.batches == [500, 500, 200]
    sending = [(s.sent, s.pending, s.total) for s in states if s.phase is SyncPhase.SENDING]
    assert sending == [(0, 1200, 1200), (500, 700, 1200), (1000, 200, 1200), (1200, 0, 1200)]
    assert [s.fraction for s in states if s.phase is SyncPhase.SENDING][-1] == 1.0
    assert len((await lead.case(case_id)).notes) == 1200


@pytest.mark.asyncio
async def test_signed_out_stops_the_engine(
    lead: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    cache = caches("a")
    cache.save_note(case_id, "kept for the next sign-in")
    await lead.logout()
    engine = SyncEngine(cache, lead, **fast())
    await asyncio.wait_for(engine.run(), 10)
    assert engine.state.phase is SyncPhase.SIGNED_OUT
    assert cache.unsynced().outbox == 1  # nothing lost
    await engine.aclose()


@pytest.mark.asyncio
async def test_back_off_while_unreachable_and_reconnect_cuts_it_short(
    backend: Backend, lead: ApiClient, case_id: str, caches: Callable[[str], Cache]
) -> None:
    cache = caches("a")
    cache.save_note(case_id, "waiting")
    states: list[SyncProgress] = []
    engine = SyncEngine(
        cache,
        lead,
        on_state=states.append,
        backoff=Backoff(base=0.05, cap=60.0, rng=random.Random(1)),
    )
    backend.stop()
    engine.start()
    await until(lambda: len([s for s in states if s.phase is SyncPhase.OFFLINE]) >= 4)
    waits = [s.retry_in for s in states if s.phase is SyncPhase.OFFLINE]
    assert all(w is not None and 0 <= w <= 0.05 * 2**i for i, w in enumerate(waits))
    assert states[-1].error == "Unreachable"
    backend.start()
    # However long the next pause would be, reconnected() ends it.
    await until(lambda: engine.state.phase is SyncPhase.OFFLINE)
    engine.reconnected()
    await until(lambda: engine.state.phase is SyncPhase.IDLE, timeout=5)
    assert cache.unsynced().outbox == 0
    await engine.aclose()


@pytest.mark.asyncio
async def test_no_note_text_in_any_log_line(
    backend: Backend,
    lead: ApiClient,
    lead2: ApiClient,
    case_id: str,
    caches: Callable[[str], Cache],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sentinel = "SENTINELLOG" + "x7"
    proxy = FaultProxy(
        lambda: backend.port,
        Scripted([("/sync", Fault.DROP_RESPONSE), ("/changes", Fault.CUT)]),
    )
    await proxy.start()
    api = ApiClient(proxy.url)
    await api.login(*LEAD)
    a, b = caches("a"), caches("b")
    engine_a, engine_b = SyncEngine(a, api, **fast()), SyncEngine(b, lead2, **fast())
    note_id = a.save_note(case_id, f"{sentinel} first")
    a.save_draft("case:x:note", f"{sentinel} draft")
    proxy.armed = True
    engine_a.start()
    await until(lambda: engine_a.state.phase is SyncPhase.IDLE and engine_a.state.pending == 0)
    await engine_b.sync_once()
    b.save_note(case_id, f"{sentinel} by b", note_id=note_id)
    a.save_note(case_id, f"{sentinel} by a", note_id=note_id)
    await engine_b.sync_once()
    engine_a.nudge()
    await until(lambda: bool(a.conflicts()))
    for engine in (engine_a, engine_b):
        await engine.aclose()
    await api.aclose()
    await proxy.aclose()
    assert proxy.counts[Fault.DROP_RESPONSE] == 1 and proxy.counts[Fault.CUT] == 1
    logged = [r.getMessage() for r in caplog.records]
    assert any("sync paused" in line for line in logged)  # the failures were logged ...
    assert not any(sentinel in line for line in logged)  # ... and never a note's text
    assert sentinel not in repr(a.conflicts()) and sentinel not in repr(a.notes_for_case(case_id))
