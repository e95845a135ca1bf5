"""The lead's roster and queue, and that advocates may not see them."""

from __future__ import annotations

from tests.server.helpers import World, wait_for


def test_advocates_may_not_see_the_roster_or_queue(world: World) -> None:
    person = world.advocate("en", available=False)
    for path in ("/api/v1/roster", "/api/v1/queue"):
        response = person.get(path)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "forbidden"


def test_the_queue_lists_waiting_contacts_oldest_first_with_their_wait(world: World) -> None:
    lead = world.lead()
    _, first = world.contact("chat", language="es")
    _, second = world.contact("text", language="es", body="hola")
    queue = [q for q in lead.get("/api/v1/queue").json() if q["id"] in (first, second)]
    assert [q["id"] for q in queue] == [first, second]
    assert all(q["state"] == "queued" and q["waited_s"] >= 0 for q in queue)
    later = wait_for(
        lambda: next(
            (
                q
                for q in lead.get("/api/v1/queue").json()
                if q["id"] == first and q["waited_s"] > 0.2
            ),
            None,
        )
    )
    assert later["contact"]["label"].startswith("Chat visitor ")
    person = world.advocate("es")
    person.accept(person.offered()["id"])
    person.accept(person.offered()["id"])
    remaining = {q["id"] for q in lead.get("/api/v1/queue").json()}
    assert not remaining & {first, second}


def test_the_roster_shows_who_is_on_shift_with_their_sessions(world: World) -> None:
    lead = world.lead()
    person = world.advocate("en")
    off = world.advocate("en", available=False)
    _, session_id = world.contact("chat")
    person.accept(person.offered()["id"])
    roster = {r["id"]: r for r in lead.get("/api/v1/roster").json()}
    assert off.id not in roster
    entry = roster[person.id]
    assert entry["username"] == person.username
    assert entry["presence"] == "available"
    assert entry["presence_since"] is not None
    assert [(s["id"], s["channel"], s["state"]) for s in entry["sessions"]] == [
        (session_id, "chat", "active")
    ]
    person.presence("break")
    assert {r["id"]: r for r in lead.get("/api/v1/roster").json()}[person.id]["presence"] == "break"
