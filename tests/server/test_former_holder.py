"""After a lead moves a session away, its former advocate may still add to the case
(what they typed before the move reaches it) but no longer reads it."""

from __future__ import annotations

import uuid
from typing import Any

from tests.server.helpers import Person, World


def _note(case_id: str, session_id: str, body: str, seq: int = 1) -> dict[str, Any]:
    return {
        "seq": seq,
        "entity": "note",
        "op": "upsert",
        "id": str(uuid.uuid4()),
        "base_version": None,
        "fields": {"case_id": case_id, "session_id": session_id, "kind": "note", "body": body},
    }


def _sync(person: Person, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
    response = person.post(
        "/api/v1/sync", {"client_id": uuid.uuid4().hex, "mutations": list(mutations)}
    )
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


def test_the_former_advocate_adds_notes_but_reads_nothing(world: World) -> None:
    holder = world.advocate("en")
    _, session_id = world.contact("chat", body="hi")
    holder.accept(holder.offered()["id"])
    holder.presence("away")
    case_id = holder.session(session_id)["case_id"]
    target = world.advocate("en")
    moved = world.lead().act(session_id, "reassign", {"advocate_id": target.id, "reason": "cover"})
    assert moved.status_code == 200, moved.text

    [result] = _sync(holder, _note(case_id, session_id, "typed before the move"))
    assert result["status"] == "applied", result
    assert holder.get(f"/api/v1/cases/{case_id}").status_code == 404  # still no reading
    bodies = [n["body"] for n in target.get(f"/api/v1/cases/{case_id}").json()["notes"]]
    assert bodies == ["typed before the move"]

    # An advocate who never held a session of the case adds nothing to it.
    stranger = world.advocate("en", available=False)
    [refused] = _sync(stranger, _note(case_id, session_id, "not mine"))
    assert refused["status"] == "rejected"
    assert refused["error"]["code"] == "not_found"
