"""Transcript messages: sending, idempotent retries, limits, who may write."""

from __future__ import annotations

from typing import Any

from tests.server.helpers import Person, World


def _active(world: World, channel: str = "chat", **kw: Any) -> tuple[Person, str, str]:
    person = world.advocate("en")
    sender, session_id = world.contact(channel, body="first words", **kw)
    person.accept(person.offered()["id"])
    return person, sender, session_id


def test_messages_flow_both_ways_in_order(world: World) -> None:
    person, sender, session_id = _active(world)
    sent = person.send(session_id, "How can I help?", "m-1")
    assert sent.status_code == 201
    message = sent.json()
    assert message["author"] == "advocate"
    assert message["advocate_id"] == person.id
    assert message["delivery"] == "sent"
    assert message["client_msg_id"] == "m-1"
    reply = world.inbound("message", "chat", sender, body="I need advice")
    assert reply.json() == {"action": "appended", "session_id": session_id, "replies": []}
    transcript = person.session(session_id)["messages"]
    assert [(m["author"], m["body"]) for m in transcript] == [
        ("contact", "first words"),
        ("advocate", "How can I help?"),
        ("contact", "I need advice"),
    ]


def test_a_repeated_client_msg_id_returns_the_first_message(world: World) -> None:
    person, _, session_id = _active(world)
    first = person.send(session_id, "once", "same-id")
    again = person.send(session_id, "once (retry)", "same-id")
    assert first.status_code == 201
    assert again.status_code == 200
    assert again.json() == first.json()
    bodies = [m["body"] for m in person.session(session_id)["messages"]]
    assert bodies.count("once") == 1
    assert "once (retry)" not in bodies
    # A retry still answers after the session ended.
    person.act(session_id, "end", {"disposition": "tip"})
    late = person.send(session_id, "once", "same-id")
    assert late.status_code == 200


def test_body_limits_per_channel(world: World) -> None:
    chat_person, _, chat = _active(world, "chat")
    assert chat_person.send(chat, "x" * 4000).status_code == 201
    too_long = chat_person.send(chat, "x" * 4001)
    assert too_long.status_code == 422
    assert too_long.json()["error"]["code"] == "invalid"
    assert "body" in too_long.json()["error"]["fields"]
    empty = chat_person.send(chat, "")
    assert empty.status_code == 422
    text_person, _, text = _active(world, "text")
    assert text_person.send(text, "y" * 1600).status_code == 201
    sms_too_long = text_person.send(text, "y" * 1601)
    assert sms_too_long.status_code == 422
    assert sms_too_long.json()["error"]["fields"] == {
        "body": sms_too_long.json()["error"]["fields"]["body"]
    }


def test_only_active_chat_and_text_sessions_take_messages(world: World) -> None:
    person = world.advocate("en")
    _, session_id = world.contact("chat")
    person.offered()
    offered = person.send(session_id, "too early")
    assert offered.status_code == 409
    assert offered.json()["error"]["code"] == "wrong_state"
    person.accept(session_id)
    person.act(session_id, "end", {"disposition": "tip"})
    assert person.send(session_id, "too late").status_code == 409
    person.act(session_id, "close")
    caller = world.advocate("en")
    _, call = world.contact("call")
    caller.accept(caller.offered()["id"])
    on_call = caller.send(call, "calls have no transcript")
    assert on_call.status_code == 409
    assert on_call.json()["error"]["code"] == "wrong_state"


def test_a_message_with_no_open_session_starts_a_text_but_not_a_chat(world: World) -> None:
    started = world.inbound("message", "text", "+15550001111", body="are you there?")
    assert started.json()["action"] == "queued"
    world.contacts.append(("text", "+15550001111"))
    ignored = world.inbound("message", "chat", "visitor-nobody", body="hello?")
    assert ignored.json() == {"action": "ignored", "session_id": None, "replies": []}
    ended = world.inbound("end", "chat", "visitor-nobody")
    assert ended.json()["action"] == "ignored"
