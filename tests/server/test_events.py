"""The live event stream: delivery, resume without loss or repeats, resync, heartbeats."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from tests.server.conftest import start_backend
from tests.server.helpers import EventReader, World, wait_for


def test_events_reach_the_advocate_and_the_leads(world: World) -> None:
    lead = world.lead()
    person = world.advocate("en", available=False)
    lead_events = EventReader(world.url, lead.token)
    events = EventReader(world.url, person.token)
    try:
        assert events.status == 200
        person.presence("available")
        assert events.next("presence.updated").json()["presence"] == "available"
        assert lead_events.next("presence.updated").json()["id"] == person.id
        sender, session_id = world.contact("chat", body="hello")
        offered = events.next("session.offered").json()
        assert offered["id"] == session_id
        queue = lead_events.next("queue.updated").json()["queue"]
        assert session_id in {q["id"] for q in queue}
        person.accept(session_id)
        assert events.next("session.updated").json()["state"] == "active"
        world.inbound("message", "chat", sender, body="are you there?")
        created = events.next("message.created").json()
        assert created["body"] == "are you there?"
        assert created["session_id"] == session_id
        assert lead_events.next("message.created").json()["id"] == created["id"]
        case_id = person.session(session_id)["case_id"]
        person.post(
            "/api/v1/sync",
            {
                "client_id": "c1",
                "mutations": [
                    {
                        "seq": 1,
                        "entity": "note",
                        "op": "upsert",
                        "id": "note-events-1",
                        "base_version": None,
                        "fields": {"case_id": case_id, "body": "noted"},
                    }
                ],
            },
        )
        changed = events.next("record.changed").json()
        assert changed == {"entity": "note", "id": "note-events-1", "version": 1}
        ids = [e.id or 0 for e in events.drain(0.2)]
        assert ids == sorted(ids)
    finally:
        events.close()
        lead_events.close()


def test_a_dropped_stream_resumes_with_no_event_lost_or_repeated(world: World) -> None:
    person = world.advocate("en")
    sender, _ = world.contact("chat")
    person.accept(person.offered()["id"])
    first = EventReader(world.url, person.token)
    world.inbound("message", "chat", sender, body="m0")
    seen = [first.next("message.created")]
    first.close()  # the connection drops
    for n in range(1, 6):
        world.inbound("message", "chat", sender, body=f"m{n}")
    last_id = seen[-1].id
    assert last_id is not None
    second = EventReader(world.url, person.token, last_event_id=last_id)
    try:
        for _ in range(5):
            seen.append(second.next("message.created"))
        assert [e.json()["body"] for e in seen] == [f"m{n}" for n in range(6)]
        ids = [e.id or 0 for e in seen]
        assert len(set(ids)) == len(ids)
        assert ids == sorted(ids)
        world.inbound("message", "chat", sender, body="live")
        assert second.next("message.created").json()["body"] == "live"
        assert all(e.name != "resync" for e in second.drain(0.2))
    finally:
        second.close()


def test_a_stream_without_last_event_id_starts_from_now(world: World) -> None:
    person = world.advocate("en")
    sender, _ = world.contact("chat")
    person.accept(person.offered()["id"])
    world.inbound("message", "chat", sender, body="before")
    reader = EventReader(world.url, person.token)
    try:
        world.inbound("message", "chat", sender, body="after")
        assert reader.next("message.created").json()["body"] == "after"
    finally:
        reader.close()


def test_heartbeats_keep_a_quiet_stream_alive(world: World) -> None:
    person = world.advocate("en", available=False)
    reader = EventReader(world.url, person.token)
    try:
        assert reader.comments.get(timeout=3) == "connected"
        assert reader.comments.get(timeout=3) == "heartbeat"
    finally:
        reader.close()


def test_an_unusable_last_event_id_gets_resync_first(world: World) -> None:
    person = world.advocate("en", available=False)
    for bad in ("not-a-number", "999999999"):
        reader = EventReader(world.url, person.token, last_event_id=bad)
        try:
            event = reader.next()
            assert event.name == "resync"
            assert event.json() == {"reason": "history_gone"}
            person.presence("away")
            assert (reader.next("presence.updated").id or 0) > (event.id or 0)
        finally:
            reader.close()
        person.presence("offline")


def test_resync_when_the_id_is_older_than_what_is_kept(tmp_path: Path) -> None:
    server = start_backend(tmp_path / "short.db", "--event-retention", "0.5")
    try:
        world = World(server.url, server.db)
        person = world.advocate("en", available=False)
        first = EventReader(world.url, person.token)
        person.presence("away")
        old = first.next("presence.updated")
        first.close()
        time.sleep(0.01)
        person.presence("break")

        def pruned() -> bool:
            reader = EventReader(world.url, person.token, last_event_id=old.id)
            try:
                return reader.next().name == "resync"
            finally:
                reader.close()

        wait_for(pruned, timeout=5, interval=0.3)
        world.close()
    finally:
        server.stop()


def test_resync_after_the_database_was_replaced(tmp_path: Path) -> None:
    db = tmp_path / "swap.db"
    server = start_backend(db)
    try:
        world = World(server.url, server.db)
        person = world.advocate("en", available=False)
        reader = EventReader(world.url, person.token)
        for status in ("away", "break", "away"):
            person.presence(status)
        last = [reader.next("presence.updated") for _ in range(3)][-1]
        reader.close()
        world.close()
        server.stop()
        for path in tmp_path.glob("swap.db*"):
            path.unlink()
        server.start()
        with httpx.Client(base_url=server.url) as client:
            login = client.post(
                "/api/v1/auth/login", json={"username": "advocate1", "password": "training"}
            )
        token = login.json()["access_token"]
        again = EventReader(server.url, token, last_event_id=last.id)
        try:
            assert again.next().name == "resync"
        finally:
            again.close()
    finally:
        server.stop()
