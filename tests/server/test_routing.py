"""Routing: who gets an offer, fair spread, declines and time-outs, capacity, languages."""

from __future__ import annotations

from datetime import datetime

from console.protocol import MaxSessions
from tests.server.conftest import OFFER_TIMEOUT
from tests.server.helpers import EventReader, World, wait_for


def test_a_new_contact_is_offered_to_an_available_advocate_with_an_expiry(world: World) -> None:
    idle = world.advocate("en", available=False)
    ready = world.advocate("en")
    _, session_id = world.contact("chat", body="hello")
    offer = ready.offered()
    assert offer["id"] == session_id
    assert offer["advocate_id"] == ready.id
    assert offer["language"] == "en"
    assert offer["contact"]["label"].startswith("Chat visitor ")
    offered_at = datetime.fromisoformat(offer["offered_at"])
    expires = datetime.fromisoformat(offer["offer_expires_at"])
    assert abs((expires - offered_at).total_seconds() - OFFER_TIMEOUT) < 0.01
    assert idle.sessions() == []


def test_offers_spread_to_whoever_waited_longest(world: World) -> None:
    first = world.advocate("en")
    second = world.advocate("en")
    _, one = world.contact("chat")
    _, two = world.contact("chat")
    holders = wait_for(
        lambda: (
            {s["advocate_id"] for s in first.sessions() + second.sessions()}
            >= {first.id, second.id}
        )
    )
    assert holders
    assert {s["id"] for s in first.sessions()} | {s["id"] for s in second.sessions()} == {one, two}
    assert len(first.sessions()) == 1
    assert len(second.sessions()) == 1


def test_a_decline_goes_to_the_next_advocate_then_starts_over(world: World) -> None:
    a = world.advocate("en")
    b = world.advocate("en")
    _, session_id = world.contact("chat")
    holder, other = (
        (a, b) if wait_for(lambda: a.sessions() or b.sessions()) == a.sessions() else (b, a)
    )
    response = holder.act(session_id, "decline")
    assert response.status_code == 200
    assert response.json()["state"] in ("queued", "offered")
    assert other.offered()["id"] == session_id
    assert holder.sessions() == []
    # Everyone eligible declined: start over with the first one.
    assert other.act(session_id, "decline").status_code == 200
    assert holder.offered()["id"] == session_id


def test_an_unanswered_offer_times_out_to_the_next_advocate(world: World) -> None:
    a = world.advocate("en")
    events = EventReader(world.url, a.token)
    try:
        _, session_id = world.contact("text", body="hi")
        assert events.next("session.offered").json()["id"] == session_id
        b = world.advocate("en")
        removed = events.next("session.removed", timeout=OFFER_TIMEOUT + 3).json()
        assert removed["session_id"] == session_id
        assert removed["reason"] == "expired"
    finally:
        events.close()
    assert b.offered()["id"] == session_id
    assert a.sessions() == []


def test_only_advocates_with_room_on_the_channel_get_offers(world: World) -> None:
    busy = world.advocate("en", max_sessions=MaxSessions(call=1, chat=1, text=0))
    _, first = world.contact("chat")
    assert busy.accept(busy.offered()["id"])["id"] == first
    _, second = world.contact("chat")
    _, text = world.contact("text", body="hello")
    me = busy.get("/api/v1/me").json()
    assert me["presence"] == "available"  # still room for a call
    relief = world.advocate("en")
    offered = wait_for(lambda: {s["id"] for s in relief.sessions()} == {second, text})
    assert offered
    assert [s["id"] for s in busy.sessions()] == [first]


def test_presence_shows_busy_at_capacity_and_wrap_up_after_ending(world: World) -> None:
    person = world.advocate("en", max_sessions=MaxSessions(call=0, chat=1, text=0))
    lead = world.lead()
    _, session_id = world.contact("chat")
    person.accept(person.offered()["id"])
    assert person.get("/api/v1/me").json()["presence"] == "busy"
    roster = {r["id"]: r for r in lead.get("/api/v1/roster").json()}
    assert roster[person.id]["presence"] == "busy"
    ended = person.act(session_id, "end", {"disposition": "crisis"})
    assert ended.status_code == 200
    assert person.get("/api/v1/me").json()["presence"] == "busy"  # wrap-up still takes the slot
    assert person.act(session_id, "close").status_code == 200
    assert person.get("/api/v1/me").json()["presence"] == "available"
    person.presence("away")
    assert person.get("/api/v1/me").json()["presence"] == "away"


def test_wrap_up_presence_while_a_session_is_finishing(world: World) -> None:
    person = world.advocate("en")
    _, session_id = world.contact("chat")
    person.accept(person.offered()["id"])
    person.act(session_id, "end", {"disposition": "tip"})
    assert person.get("/api/v1/me").json()["presence"] == "wrap_up"


def test_spanish_chats_go_to_spanish_speakers_and_others_are_served_in_english(
    world: World,
) -> None:
    english = world.advocate("en")
    spanish = world.advocate("es")
    _, es_session = world.contact("chat", language="es-MX")
    assert spanish.offered()["id"] == es_session
    assert spanish.session(es_session)["language"] == "es"
    _, fr_session = world.contact("text", language="fr", body="bonjour")
    assert english.offered()["id"] == fr_session
    assert english.session(fr_session)["language"] == "en"


def test_a_call_nobody_speaks_goes_out_with_an_interpreter_flag(world: World) -> None:
    speaker = world.advocate("vi", "en", available=False)
    other = world.advocate("en")
    _, call = world.contact("call", language="vi")
    offer = other.offered()
    assert offer["id"] == call
    assert offer["interpreter_needed"] is True
    assert offer["language"] == "vi"
    assert offer["call"] == {
        "on_hold": False,
        "muted": False,
        "hold_since": None,
        "held_seconds": 0.0,
    }
    other.act(call, "decline")
    speaker.presence("available")
    again = speaker.offered()
    assert again["id"] == call
    assert again["interpreter_needed"] is False


def test_relay_calls_are_marked(world: World) -> None:
    person = world.advocate("en")
    _, call = world.contact("call", relay=True)
    offer = person.offered()
    assert offer["id"] == call
    assert offer["contact"]["relay"] is True
    assert offer["contact"]["label"].startswith("Caller ")
