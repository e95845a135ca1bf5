"""The gateways' door and the SMS keyword rules."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from tests.server.helpers import World
from tests.server.process import ServerProcess


def test_the_gateway_token_is_required(world: World) -> None:
    body = {"event": "start", "channel": "chat", "from": "v-1"}
    with world.client() as anonymous:
        assert anonymous.post("/api/v1/inbound", json=body).status_code == 401
    with world.client("wrong-token") as wrong:
        response = wrong.post("/api/v1/inbound", json=body)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "unauthenticated"
    person = world.advocate("en", available=False)
    assert (
        person.post("/api/v1/inbound", json=body).status_code == 401
    )  # a user token is not enough


def test_addresses_are_kept_only_as_keyed_hashes_with_stable_pseudonyms(
    world: World, shared_backend: ServerProcess
) -> None:
    lead = world.lead()
    number = "+15557654321"
    _, first = world.contact("text", body="hello", sender=number)
    world.inbound("end", "text", number)
    _, second = world.contact("text", body="hello again", sender=number)
    assert first != second
    label = lead.session(first)["contact"]["label"]
    assert label.startswith("Texter ")
    assert lead.session(second)["contact"]["label"] == label
    with closing(sqlite3.connect(shared_backend.db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(FULL)")
    for path in shared_backend.db.parent.glob(shared_backend.db.name + "*"):
        assert number.encode() not in path.read_bytes()
        assert b"5557654321" not in path.read_bytes()


def test_a_new_session_opens_a_case(world: World) -> None:
    lead = world.lead()
    _, session_id = world.contact("text", body="hi")
    case_id = lead.session(session_id)["case_id"]
    case = lead.get(f"/api/v1/cases/{case_id}").json()
    assert case["version"] == 1
    assert case["status"] == "open"
    assert case["title"].startswith("Text contact ")
    assert [s["id"] for s in case["sessions"]] == [session_id]


def test_stop_blocks_the_number_ends_the_session_and_start_opts_back_in(world: World) -> None:
    person = world.advocate("en")
    number = "+15550102030"
    _, session_id = world.contact("text", body="hi", sender=number)
    person.accept(person.offered()["id"])
    assert person.send(session_id, "Hello, how can I help?").status_code == 201
    stop = world.inbound("message", "text", number, body="  Stop. ")
    result = stop.json()
    assert result["action"] == "opted_out"
    assert result["session_id"] == session_id
    [reply] = result["replies"]
    assert "hotline" not in reply.lower() and "traffick" not in reply.lower()
    session = person.session(session_id)
    assert session["state"] == "wrap_up"
    assert session["contact_left"] is True
    assert session["contact"]["opted_out"] is True
    assert session["messages"][-1]["author"] == "system"
    # Nothing more may be sent, and later texts are dropped.
    blocked = world.inbound("message", "text", number, body="hello?")
    assert blocked.json() == {"action": "blocked", "session_id": None, "replies": []}
    assert world.inbound("message", "text", number, body="STOP").json()["replies"] == []
    # START lifts the block with one confirmation.
    start = world.inbound("message", "text", number, body="start").json()
    assert start["action"] == "opted_in"
    assert len(start["replies"]) == 1
    assert person.session(session_id)["contact"]["opted_out"] is False
    again = world.inbound("message", "text", number, body="hi again").json()
    assert again["action"] == "queued"


def test_sending_to_an_opted_out_texter_is_not_available(world: World) -> None:
    person = world.advocate("en")
    number = "+15550102031"
    _, session_id = world.contact("text", body="hi", sender=number)
    person.accept(person.offered()["id"])
    world.inbound("message", "text", number, body="UNSUBSCRIBE")
    response = person.send(session_id, "are you ok?")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "not_available"
    assert "STOP" in response.json()["error"]["message"]


def test_help_replies_as_carriers_require_and_opens_a_conversation(world: World) -> None:
    person = world.advocate("en")
    response = world.inbound("start", "text", "+15550103000", body="HELP").json()
    world.contacts.append(("text", "+15550103000"))
    assert response["action"] == "help"
    [reply] = response["replies"]
    for words in ("Msg & data rates may apply", "Reply STOP to cancel", "1-888-373-7888"):
        assert words in reply
    assert "frequency" in reply.lower()
    offer = person.offered()
    assert offer["id"] == response["session_id"]
    messages = person.session(offer["id"])["messages"]
    assert [m["author"] for m in messages] == ["contact", "system"]
    assert messages[0]["body"] == "HELP"


def test_ayuda_routes_to_spanish_with_a_spanish_reply_to_help(world: World) -> None:
    english = world.advocate("en")
    spanish = world.advocate("es")
    number = "+15550104000"
    started = world.inbound("start", "text", number, body="¡Ayuda!").json()
    world.contacts.append(("text", number))
    assert started["action"] == "queued"
    assert spanish.offered()["id"] == started["session_id"]
    assert spanish.session(started["session_id"])["language"] == "es"
    assert english.sessions() == []
    help_es = world.inbound("message", "text", number, body="info").json()
    assert help_es["action"] == "help"
    assert "Responda" in help_es["replies"][0]


def test_keyword_events_are_audited_without_bodies(
    world: World, shared_backend: ServerProcess
) -> None:
    number = "+15550105000"
    world.inbound("start", "text", number, body="STOP")
    world.inbound("message", "text", number, body="YES")
    world.contacts.append(("text", number))
    with closing(sqlite3.connect(shared_backend.db)) as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit WHERE action LIKE 'sms.%'")]
    assert "sms.opt_out" in actions
    assert "sms.opt_in" in actions


def test_bad_inbound_events_are_invalid(world: World) -> None:
    for body in (
        {"event": "start", "channel": "fax", "from": "x"},
        {"event": "start", "channel": "chat"},
        {"event": "start", "channel": "chat", "from": ""},
        {"event": "start", "channel": "chat", "from": "x", "extra": 1},
        {"event": "start", "channel": "chat", "from": "x", "language": "not a tag!"},
    ):
        response = world.gateway.post("/api/v1/inbound", json=body)
        assert response.status_code == 422, body
        assert response.json()["error"]["code"] == "invalid"
