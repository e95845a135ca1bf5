"""Reassignment by a lead: rules, 409s, events, loss of access, audit."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from console.protocol import MaxSessions
from tests.server.helpers import EventReader, Person, World
from tests.server.process import ServerProcess


def _active_chat(world: World, person: Person) -> str:
    _, session_id = world.contact("chat", body="hi")
    person.accept(person.offered()["id"])
    person.presence("away")  # take no more offers
    return session_id


def test_only_leads_may_reassign(world: World) -> None:
    holder = world.advocate("en")
    session_id = _active_chat(world, holder)
    other = world.advocate("en")
    for who in (holder, other):
        response = who.act(session_id, "reassign", {"advocate_id": other.id, "reason": "help"})
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "forbidden"


def test_the_target_must_be_available_with_room_and_the_language(world: World) -> None:
    holder = world.advocate("en")
    session_id = _active_chat(world, holder)
    lead = world.lead()

    def reassign(target: Person) -> tuple[int, str]:
        response = lead.act(session_id, "reassign", {"advocate_id": target.id, "reason": "cover"})
        return response.status_code, response.json()["error"]["code"]

    away = world.advocate("en", available=False)
    assert reassign(away) == (409, "not_available")
    full = world.advocate("en", max_sessions=MaxSessions(call=1, chat=0, text=3))
    assert reassign(full) == (409, "not_available")
    spanish_only = world.advocate("es")
    assert reassign(spanish_only) == (409, "not_available")
    missing = lead.act(session_id, "reassign", {"advocate_id": "nobody", "reason": "x"})
    assert missing.status_code == 404
    no_reason = lead.act(session_id, "reassign", {"advocate_id": away.id})
    assert no_reason.status_code == 422
    assert "reason" in no_reason.json()["error"]["fields"]


def test_an_active_session_moves_with_its_case_and_the_old_advocate_loses_it(
    world: World, shared_backend: ServerProcess
) -> None:
    holder = world.advocate("en")
    session_id = _active_chat(world, holder)
    case_id = holder.session(session_id)["case_id"]
    assert holder.get(f"/api/v1/cases/{case_id}").status_code == 200
    target = world.advocate("en", "es")
    lead = world.lead()
    old_events = EventReader(world.url, holder.token)
    new_events = EventReader(world.url, target.token)
    lead_events = EventReader(world.url, lead.token)
    try:
        response = lead.act(
            session_id, "reassign", {"advocate_id": target.id, "reason": "language match"}
        )
        assert response.status_code == 200
        moved = response.json()
        assert moved["state"] == "active"
        assert moved["advocate_id"] == target.id
        removed = old_events.next("session.removed").json()
        assert removed == {
            "session_id": session_id,
            "reason": "reassigned",
            "by": lead.id,
            "by_name": f"Test {lead.username}",
            "note": "language match",
        }
        got = new_events.next("session.reassigned").json()
        assert got["session"]["id"] == session_id
        assert got["from_advocate_id"] == holder.id
        assert got["to_advocate_id"] == target.id
        assert got["by"] == lead.id
        assert got["reason"] == "language match"
        assert lead_events.next("session.reassigned").json()["session"]["id"] == session_id
    finally:
        for reader in (old_events, new_events, lead_events):
            reader.close()
    assert holder.get(f"/api/v1/sessions/{session_id}").status_code == 404
    assert holder.get(f"/api/v1/cases/{case_id}").status_code == 404
    assert holder.send(session_id, "still here?").status_code == 404
    assert target.session(session_id)["messages"][0]["body"] == "hi"
    assert target.get(f"/api/v1/cases/{case_id}").status_code == 200
    assert target.send(session_id, "I am taking over").status_code == 201
    with closing(sqlite3.connect(shared_backend.db)) as conn:
        rows = conn.execute(
            "SELECT actor_id, action, subject_id, detail FROM audit"
            " WHERE action = 'session.reassign' AND subject_id = ?",
            (session_id,),
        ).fetchall()
    assert len(rows) == 1
    assert rows[0][0] == lead.id
    assert "language match" not in rows[0][3]  # ids only, never the words


def test_an_offered_session_is_offered_to_the_target_with_a_fresh_timer(world: World) -> None:
    lead = world.lead()
    first = world.advocate("es")
    _, session_id = world.contact("chat", language="es")
    offer = first.offered()
    assert offer["id"] == session_id
    target = world.advocate("es")
    events = EventReader(world.url, first.token)
    try:
        response = lead.act(session_id, "reassign", {"advocate_id": target.id, "reason": "x"})
        assert response.status_code == 200
        assert events.next("session.removed").json()["reason"] == "reassigned"
    finally:
        events.close()
    moved = response.json()
    assert moved["state"] == "offered"
    assert moved["advocate_id"] == target.id
    assert moved["offered_at"] > offer["offered_at"]
    assert moved["offer_expires_at"] > offer["offer_expires_at"]
    assert first.sessions() == []
    assert target.accept(session_id)["state"] == "active"


def test_a_lead_may_take_a_queued_session_themself(world: World) -> None:
    lead = world.lead("en", available=True)
    _, session_id = world.contact("chat")
    response = lead.act(session_id, "reassign", {"advocate_id": lead.id, "reason": "I have it"})
    assert response.status_code == 200
    assert response.json()["state"] == "active"
    assert response.json()["advocate_id"] == lead.id
    assert lead.send(session_id, "Hello, this is the shift lead.").status_code == 201


def test_closed_and_wrap_up_sessions_cannot_be_reassigned(world: World) -> None:
    holder = world.advocate("en")
    session_id = _active_chat(world, holder)
    holder.act(session_id, "end", {"disposition": "tip"})
    lead = world.lead()
    target = world.advocate("en")
    response = lead.act(session_id, "reassign", {"advocate_id": target.id, "reason": "x"})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "wrong_state"
