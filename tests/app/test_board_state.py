"""The board's state: reloads reconcile with events, the clock, the rules, the history."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from console.app.board_history import ShiftHistory
from console.app.board_rules import Unfit, eligible, unfit_for
from console.app.board_state import BoardState, ServerClock
from console.protocol import Channel
from tests.app.board_factories import (
    T0,
    Now,
    entry,
    presence,
    queue_event,
    queued,
    session,
    updated,
    user,
)


def state_with(now: Now) -> BoardState:
    state = BoardState(ServerClock(now))
    state.apply_snapshot(
        state.marker(),
        [
            entry("a1", "Ana", languages=("en", "es")),
            entry("a2", "Ben", languages=("en",)),
            entry("a3", "Carla", languages=("es", "en"), presence="break"),
            entry("lead-1", "Lee", role="lead", languages=("en", "es")),
        ],
        [],
        [session("s1", language="es", advocate="a1")],
    )
    return state


def test_a_reload_keeps_what_events_changed_while_it_was_in_flight() -> None:
    now = Now()
    state = state_with(now)
    marker = state.marker()
    # While the reload is on its way, Ben goes on break and a new chat is answered.
    state.apply_event(presence(user("a2", "Ben", presence="break")))
    state.apply_event(updated(session("s2", advocate="a2")))
    # The snapshot is older: it still has Ben available and no s2, and s1 is gone.
    changes = state.apply_snapshot(marker, [entry("a1", "Ana"), entry("a2", "Ben")], [], [])
    assert state.roster["a2"].presence.value == "break"
    assert "s2" in state.sessions
    assert "s1" not in state.sessions and "s1" in changes.sessions_gone
    assert "a3" not in state.roster, "off the roster in the snapshot and untouched: gone"
    # A later reload with nothing in between is the truth.
    state.apply_snapshot(state.marker(), [entry("a2", "Ben")], [], [])
    assert list(state.roster) == ["a2"] and not state.sessions


def test_the_server_clock_is_learnt_from_the_queue() -> None:
    now = Now()
    clock = ServerClock(now)
    # The server says this contact has waited 100 s; by our clock it was queued 40 s ago.
    clock.learn([queued("q", queued_at=T0 - timedelta(seconds=40), waited_s=100)])
    assert round(clock.offset.total_seconds()) == 60
    assert round(clock.seconds_since(T0 - timedelta(seconds=40)) or 0) == 100
    assert clock.seconds_since(None) is None
    assert clock.seconds_since(T0 + timedelta(hours=1)) == 0.0, "never negative"


def test_who_may_take_a_session() -> None:
    state = state_with(Now())
    spanish_chat = state.sessions["s1"]
    people = state.roster
    assert unfit_for(state, spanish_chat, people["a1"]) is Unfit.HOLDS_IT
    assert unfit_for(state, spanish_chat, people["a2"]) is Unfit.LANGUAGE
    assert unfit_for(state, spanish_chat, people["a3"]) is Unfit.NOT_AVAILABLE
    assert unfit_for(state, spanish_chat, people["lead-1"]) is Unfit.NOT_ADVOCATE
    assert unfit_for(state, spanish_chat, people["lead-1"], me="lead-1") is None
    assert eligible(state, spanish_chat) == []

    state.apply_event(presence(user("a3", "Carla", languages=("es", "en"))))
    assert [p.id for p in eligible(state, spanish_chat)] == ["a3"]

    # A call flagged for an interpreter needs no language match; room is per channel.
    call = session("c1", channel="call", language="vi", state="queued", interpreter_needed=True)
    assert {p.id for p in eligible(state, call)} == {"a1", "a2", "a3"}
    state.apply_event(updated(session("c0", channel="call", advocate="a2")))
    assert unfit_for(state, call, state.roster["a2"]) is Unfit.NO_ROOM
    plain_call = session("c2", channel="call", language="vi", state="queued")
    assert eligible(state, plain_call) == []
    wrapped = session("w1", state="wrap_up", advocate="a1")
    assert unfit_for(state, wrapped, state.roster["a2"]) is Unfit.WRONG_STATE
    # Busy (at capacity elsewhere) with room on this channel is still eligible.
    state.apply_event(presence(user("a2", "Ben", presence="busy")))
    english_chat = session("s9", state="queued")
    assert "a2" in {p.id for p in eligible(state, english_chat)}


def test_the_history_is_a_bounded_ring(qapp: Any) -> None:
    now = Now()
    state = state_with(now)
    history = ShiftHistory(state, interval_s=5, capacity=3)
    state.apply_event(
        queue_event(
            queued("q1", channel="text", queued_at=T0 - timedelta(seconds=30)),
            queued("q2", channel="text", queued_at=T0 - timedelta(seconds=90)),
            queued("q3", channel="call", queued_at=T0 - timedelta(seconds=10)),
        )
    )
    first = history.sample()
    assert first.waiting == {Channel.CALL: 1, Channel.CHAT: 0, Channel.TEXT: 2}
    assert first.longest_wait_s[Channel.TEXT] == 90
    assert first.available == 2  # Ana and Ben; Carla is on break, Lee is a lead
    for _ in range(10):
        now.advance(5)
        history.sample()
    assert history.taken == 11
    assert len(history.samples) == 3
    assert history.samples[-1].longest_wait_s[Channel.TEXT] == 140
    history.set_capacity(2)
    assert len(history.samples) == 2 and history.capacity == 2
    history.deleteLater()
