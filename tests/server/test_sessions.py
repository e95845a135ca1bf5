"""Session life cycle, its 409s, and who may see what."""

from __future__ import annotations

from datetime import datetime

from tests.server.helpers import EventReader, World


def test_accept_end_close(world: World) -> None:
    person = world.advocate("en")
    _, session_id = world.contact("chat", body="hello")
    assert person.offered()["id"] == session_id
    active = person.accept(session_id)
    assert active["state"] == "active"
    assert active["accepted_at"] is not None
    assert active["offer_expires_at"] is None
    ended = person.act(session_id, "end", {"disposition": "referral"})
    assert ended.status_code == 200
    body = ended.json()
    assert body["state"] == "wrap_up"
    assert body["disposition"] == "referral"
    until = datetime.fromisoformat(body["wrap_up_until"])
    assert round((until - datetime.fromisoformat(body["ended_at"])).total_seconds()) == 120
    closed = person.act(session_id, "close")
    assert closed.status_code == 200
    assert closed.json()["state"] == "closed"
    assert person.sessions() == []
    assert person.session(session_id)["state"] == "closed"  # still readable by its advocate


def test_each_action_in_the_wrong_state_is_wrong_state(world: World) -> None:
    person = world.advocate("en")
    _, session_id = world.contact("chat")
    person.offered()
    for action, body in (("end", {"disposition": "tip"}), ("close", None)):
        response = person.act(session_id, action, body)
        assert response.status_code == 409, action
        assert response.json()["error"]["code"] == "wrong_state"
    person.accept(session_id)
    for action in ("accept", "decline", "close"):
        response = person.act(session_id, action)
        assert response.status_code == 409, action
        assert response.json()["error"]["code"] == "wrong_state"
    person.act(session_id, "end", {"disposition": "tip"})
    again = person.act(session_id, "end", {"disposition": "tip"})
    assert again.status_code == 409
    person.act(session_id, "close")
    assert person.act(session_id, "close").status_code == 409


def test_an_advocate_sees_only_their_own_sessions(world: World) -> None:
    holder = world.advocate("en")
    _, session_id = world.contact("chat")
    holder.accept(holder.offered()["id"])
    other = world.advocate("en", available=False)
    assert other.sessions() == []
    for method, path, body in (
        ("get", f"/api/v1/sessions/{session_id}", None),
        ("post", f"/api/v1/sessions/{session_id}/accept", None),
        ("post", f"/api/v1/sessions/{session_id}/end", {"disposition": "tip"}),
        ("post", f"/api/v1/sessions/{session_id}/close", None),
        ("post", f"/api/v1/sessions/{session_id}/messages", {"client_msg_id": "x", "body": "hi"}),
    ):
        response = other.client.request(method, path, json=body)
        assert response.status_code == 404, path
        assert response.json()["error"]["code"] == "not_found"


def test_a_lead_sees_every_open_session_but_cannot_act_as_the_advocate(world: World) -> None:
    holder = world.advocate("en")
    lead = world.lead()
    _, session_id = world.contact("chat")
    holder.accept(holder.offered()["id"])
    assert session_id in {s["id"] for s in lead.sessions()}
    assert lead.session(session_id)["advocate_id"] == holder.id
    response = lead.send(session_id, "hello")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
    assert lead.act(session_id, "end", {"disposition": "tip"}).status_code == 403
    holder.act(session_id, "end", {"disposition": "tip"})
    assert lead.act(session_id, "close").status_code == 200  # a lead may tidy up
    assert session_id not in {s["id"] for s in lead.sessions()}


def test_a_contact_who_leaves_an_active_session_moves_it_to_wrap_up(world: World) -> None:
    person = world.advocate("en")
    sender, session_id = world.contact("chat")
    person.accept(person.offered()["id"])
    response = world.inbound("end", "chat", sender)
    assert response.json() == {"action": "ended", "session_id": session_id, "replies": []}
    session = person.session(session_id)
    assert session["state"] == "wrap_up"
    assert session["contact_left"] is True
    assert session["disposition"] is None
    assert session["messages"][-1]["author"] == "system"
    # The advocate still records the disposition, then closes.
    ended = person.act(session_id, "end", {"disposition": "general_information"})
    assert ended.status_code == 200
    assert ended.json()["disposition"] == "general_information"
    assert person.act(session_id, "close").json()["state"] == "closed"


def test_a_contact_who_leaves_before_an_answer_is_withdrawn(world: World) -> None:
    person = world.advocate("en")
    sender, session_id = world.contact("chat")
    person.offered()
    events = EventReader(world.url, person.token)
    try:
        assert world.inbound("end", "chat", sender).json()["action"] == "ended"
        removed = events.next("session.removed").json()
        assert (removed["session_id"], removed["reason"]) == (session_id, "withdrawn")
    finally:
        events.close()
    assert person.sessions() == []
    assert person.get(f"/api/v1/sessions/{session_id}").status_code == 404
    lead = world.lead()
    closed = lead.session(session_id)
    assert closed["state"] == "closed"
    assert closed["advocate_id"] is None
    assert closed["contact_left"] is True
    sender2, queued = world.contact("call", language="xx-unknown")
    person.presence("away")
    world.inbound("end", "call", sender2)
    assert lead.session(queued)["state"] in ("closed",)


def test_unknown_sessions_are_not_found(world: World) -> None:
    person = world.advocate("en", available=False)
    for path in ("", "/accept", "/decline", "/close"):
        method = "get" if not path else "post"
        response = person.client.request(method, f"/api/v1/sessions/no-such-id{path}")
        assert response.status_code == 404
    response = person.act("x" * 65, "accept")
    assert response.status_code == 422
