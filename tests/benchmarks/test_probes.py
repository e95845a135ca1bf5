"""The pieces the console benchmarks measure with, and the fixes they led to."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from benchmarks.harness import Check, Figure, Target
from benchmarks.loadgen import stamp, stamped_at
from console.app.stalls import StallMonitor
from console.protocol import Author, Delivery, Message
from console.secrets import new_cache_key
from console.store import Cache, transcripts
from console.widgets.transcript import TranscriptModel


def _message(n: int, body: str = "") -> Message:
    return Message(
        id=f"m{n}",
        client_msg_id=None,
        session_id="s1",
        author=Author.CONTACT,
        advocate_id=None,
        body=body or f"message {n}",
        created_at=datetime(2025, 1, 1, tzinfo=UTC) + timedelta(seconds=n),
        delivery=Delivery.DELIVERED,
    )


def test_a_compound_target_needs_every_check() -> None:
    met = Figure(
        "stall", 40.0, "ms", Target("<=", 50), checks=(Check("p99", 10, Target("<=", 16)),)
    )
    missed = Figure(
        "stall", 40.0, "ms", Target("<=", 50), checks=(Check("p99", 20, Target("<=", 16)),)
    )
    assert met.met is True
    assert missed.met is False
    assert met.as_json()["target"] == "<= 50, p99 <= 16"


def test_a_stamped_body_gives_back_its_send_time() -> None:
    body = "load test message 3" + stamp()
    sent = stamped_at(body)
    assert sent is not None
    assert sent > 0
    assert stamped_at("no stamp here") is None


def test_the_stall_monitor_keeps_every_beat_when_asked(qtbot: QtBot) -> None:
    monitor = StallMonitor(keep_beats=True)
    monitor.start()
    try:
        qtbot.waitUntil(lambda: len(monitor.beats) >= 5, timeout=2000)
        monitor.reset()
        assert monitor.beats == []
        qtbot.waitUntil(lambda: len(monitor.beats) >= 2, timeout=2000)
        assert all(b >= 0 for b in monitor.beats)
    finally:
        monitor.stop()


def test_messages_are_upserted_in_one_statement_and_read_newest_page(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "cache.db", new_cache_key())
    try:
        cache.save_messages([_message(n) for n in range(50)])
        cache.save_messages([_message(7, "edited")])  # an update, not a second row
        everything = cache.messages("s1")
        assert [m.id for m in everything] == [f"m{n}" for n in range(50)]
        assert everything[7].body == "edited"
        newest = transcripts.messages(cache.db, "s1", last=5)
        assert [m.id for m in newest] == [f"m{n}" for n in range(45, 50)]
        assert [h.id for h in cache.search("edited")] == ["m7"]  # the index follows the update
    finally:
        cache.close()


def test_merge_loads_many_messages_in_one_reset_and_keeps_live_rows(qtbot: QtBot) -> None:
    model = TranscriptModel()
    model.upsert(_message(100))  # arrived live before the load
    model.pending("local-1", "typed")
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.merge([_message(n) for n in range(100)])
    assert len(resets) == 1
    assert model.rowCount() == 102
    assert model.row_of_message("m100") == 100
    assert model.row_of_client_msg("local-1") == 101
