"""The board's table models: checked by qtmodeltester while live events change them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from console.app.board import BoardService
from console.app.board_models import QueueModel, RosterModel, SessionsModel
from console.app.board_settings import BoardSettings
from console.app.board_table import SESSION_MIME, BoardFilter, BoardRole, KeyedTableModel, Tone
from console.net.stream_types import StreamEvent
from console.protocol import EventName, Resync, SessionRemoved
from tests.app.board_factories import (
    T0,
    Now,
    entry,
    event,
    message,
    offline_board,
    presence,
    queue_event,
    queued,
    reassigned,
    session,
    updated,
    user,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def now() -> Now:
    return Now()


@pytest.fixture
def board(now: Now, qapp: Any) -> Iterator[BoardService]:
    service = offline_board(now)
    yield service
    service.deleteLater()


def cells(model: KeyedTableModel, key: str, role: int = DISPLAY) -> list[Any]:
    row = model.row_of(key)
    assert row is not None, key
    return [model.index(row, c).data(role) for c in range(model.columnCount())]


def load(board: BoardService) -> None:
    """A first snapshot: two advocates, one chat with Ana, one text waiting."""
    board.state.apply_snapshot(
        board.state.marker(),
        [
            entry("a1", "Ana Advocate", languages=("en", "es")),
            entry("a2", "Ben Advocate", presence="away"),
        ],
        [queued("q1", channel="text", waited_s=0.0)],
        [session("s1"), session("q1", channel="text", state="queued")],
    )
    for model in (board.roster_model, board.queue_model, board.sessions_model):
        model.sync()


def test_roster_rows_follow_presence_and_load(
    board: BoardService, now: Now, qtmodeltester: Any
) -> None:
    model = board.roster_model
    qtmodeltester.check(model)
    load(board)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert cells(model, "a1")[:6] == ["Ana Advocate", "Available", "EN, ES", "0/1", "1/3", "0/3"]
    assert cells(model, "a1", BoardRole.PRESENCE)[RosterModel.Column.PRESENCE] == "available"

    # A second chat, then a third: Ana's chats fill up and the cell says so.
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    board.handle_event(updated(session("s2")))
    board.handle_event(updated(session("s3")))
    row = model.row_of("a1")
    assert (row, row) in changed
    assert model.row_of("a2") not in {r for r, _ in changed}, "only the touched row changes"
    chat = model.index(row, RosterModel.Column.CHAT)
    assert chat.data() == "3/3"
    assert chat.data(BoardRole.TONE) == Tone.FULL.value
    assert "full" in chat.data(Qt.ItemDataRole.ToolTipRole)

    # Ben comes back: presence text changes and the time in status restarts.
    now.advance(90)
    assert cells(model, "a2")[RosterModel.Column.IN_STATE] == "1:30"
    board.handle_event(presence(user("a2", "Ben Advocate", presence="available")))
    assert cells(model, "a2")[RosterModel.Column.PRESENCE] == "Available"
    assert cells(model, "a2")[RosterModel.Column.IN_STATE] == "0:00"
    now.advance(5)
    board.tick()
    assert cells(model, "a2")[RosterModel.Column.IN_STATE] == "0:05"

    # Someone new comes on shift; someone goes offline with nothing open and leaves.
    board.handle_event(presence(user("a3", "Carla Advocate", languages=("es",))))
    assert model.rowCount() == 3
    board.handle_event(presence(user("a2", "Ben Advocate", presence="offline")))
    assert model.row_of("a2") is None
    # Ana goes offline while holding sessions: she stays on the roster (the server's rule).
    board.handle_event(presence(user("a1", "Ana Advocate", presence="offline")))
    assert model.row_of("a1") is not None


def test_queue_rows_colour_as_waits_pass_the_thresholds(
    board: BoardService, now: Now, qtmodeltester: Any
) -> None:
    model = board.queue_model
    qtmodeltester.check(model)
    load(board)
    waited = QueueModel.Column.WAITED

    def tone() -> str:
        return cells(model, "q1", BoardRole.TONE)[waited]

    assert cells(model, "q1")[:4] == ["Text", "Visitor q1", "EN", ""]
    assert tone() == Tone.CALM.value
    for seconds, expected, words in (
        (30, Tone.ATTENTION, "waiting over 0:30"),
        (90, Tone.WARNING, "long wait"),
        (180, Tone.DANGER, "very long wait"),
    ):
        now.advance(seconds)
        board.tick()
        assert tone() == expected.value
        assert words in cells(model, "q1", Qt.ItemDataRole.ToolTipRole)[waited]
    assert cells(model, "q1")[waited] == "5:00"

    relay = queued("c1", channel="call", relay=True, contact={"label": "Caller 1", "relay": True})
    interpreter = queued("c2", channel="call", language="vi", interpreter_needed=True)
    board.handle_event(queue_event(board.state.queue["q1"], relay, interpreter))
    assert model.rowCount() == 3
    assert cells(model, "c1")[QueueModel.Column.NEEDS] == "711 relay"
    assert cells(model, "c2")[QueueModel.Column.NEEDS] == "Interpreter"

    # Offered to Ana: the session event is fresher than the last queue update.
    board.handle_event(updated(session("c1", channel="call", state="offered", advocate="a1")))
    assert cells(model, "c1")[QueueModel.Column.STATUS] == "Offered to Ana Advocate"
    # Answered: it leaves the queue at once, before the queue update.
    board.handle_event(updated(session("c1", channel="call", state="active", advocate="a1")))
    assert model.row_of("c1") is None
    board.handle_event(queue_event(interpreter))
    assert model.keys() == ["c2"]
    board.handle_event(queue_event())
    assert model.rowCount() == 0


def test_live_sessions_follow_every_session_event(board: BoardService, qtmodeltester: Any) -> None:
    model = board.sessions_model
    qtmodeltester.check(model)
    load(board)
    assert cells(model, "s1")[:5] == ["Visitor s1", "Chat", "Active", "EN", "Ana Advocate"]
    assert cells(model, "q1")[SessionsModel.Column.ADVOCATE] == "–"

    board.handle_event(presence(user("a3", "Carla Advocate", languages=("es",))))
    board.handle_event(reassigned(session("s1", advocate="a3"), "a1", "a3"))
    assert cells(model, "s1")[SessionsModel.Column.ADVOCATE] == "Carla Advocate"
    assert board.roster_model.index(board.roster_model.row_of("a1") or 0, 4).data() == "0/3"

    board.handle_event(updated(session("s1", advocate="a3", state="wrap_up", contact_left=True)))
    assert cells(model, "s1")[SessionsModel.Column.STATE] == "Contact left · wrap-up"
    board.handle_event(updated(session("s1", advocate="a3", state="closed")))
    assert model.row_of("s1") is None
    board.handle_event(
        event(EventName.SESSION_REMOVED, SessionRemoved(session_id="q1", reason="access"))
    )
    assert model.rowCount() == 0


def test_messages_are_passed_on_for_look_in_windows(board: BoardService) -> None:
    seen: list[Any] = []
    board.message_received.connect(seen.append)
    board.handle_event(message("s1", 1))
    assert [m.id for m in seen] == ["s1-m1"]


def test_filter_sorts_times_as_numbers_and_matches_words(
    board: BoardService, now: Now, qtmodeltester: Any
) -> None:
    proxy = BoardFilter(board.queue_model)
    qtmodeltester.check(proxy)
    # 9 s and 70 s: as text "0:09" < "1:10" but "10:00" would sort before "9:..."; numbers don't.
    board.handle_event(
        queue_event(
            queued("old", waited_s=0, queued_at=T0),
            queued("new", waited_s=0, queued_at=T0.replace(minute=9), language="es"),
        )
    )
    now.advance(11 * 60)
    proxy.sort(QueueModel.Column.WAITED, Qt.SortOrder.DescendingOrder)
    assert [proxy.key_at(r) for r in range(proxy.rowCount())] == ["old", "new"]
    proxy.set_text("es")
    assert [proxy.key_at(r) for r in range(proxy.rowCount())] == ["new"]
    assert proxy.row_of("new") == 0
    assert proxy.row_of("old") is None
    proxy.set_text("")
    assert proxy.rowCount() == 2


def test_sessions_can_be_dragged_advocates_cannot(board: BoardService) -> None:
    load(board)
    model = board.sessions_model
    index = model.index(model.row_of("s1") or 0, 0)
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
    data = model.mimeData([index])
    assert bytes(data.data(SESSION_MIME).data()).decode() == "s1"
    roster = board.roster_model
    assert not roster.flags(roster.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert roster.mimeTypes() == []
    assert not model.flags(QModelIndex())


def test_a_resync_event_asks_for_a_reload(board: BoardService) -> None:
    asked: list[str] = []
    board.request_reload = lambda: asked.append("reload")  # type: ignore[method-assign]  # spy
    board.handle_event(StreamEvent(id=1, name=EventName.RESYNC, data=Resync()))
    assert asked == ["reload"]


def test_settings_are_checked_and_set_the_levels() -> None:
    settings = BoardSettings(wait_thresholds_s=(10, 20, 40))
    assert [int(settings.wait_level(s)) for s in (0, 10, 25, 40, 600)] == [0, 1, 2, 3, 3]
    with pytest.raises(ValueError, match="increasing"):
        BoardSettings(wait_thresholds_s=(30, 20, 40))
    with pytest.raises(ValueError, match="history"):
        BoardSettings(history_samples=1)
