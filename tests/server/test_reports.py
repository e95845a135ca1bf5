"""Each report made (a note of kind ``report`` through /sync) is audited, never its body."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from console.domain.reporting import (
    Consent,
    ConsentMethod,
    ConsentParty,
    OutcomeKind,
    load_flow,
)
from console.protocol import Channel
from tests.server.helpers import Person, World

SECRET = "Rosa at 12 Elm Street"  # what the advocate typed: must never reach the audit log


def _audit(world: World, note_id: str) -> list[dict[str, Any]]:
    with closing(sqlite3.connect(world.db, timeout=10)) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(
            "SELECT * FROM audit WHERE subject_id = ? ORDER BY id", (note_id,)
        ).fetchall()
    return [dict(r) for r in rows]


def _whole_audit_log(world: World) -> str:
    with closing(sqlite3.connect(world.db, timeout=10)) as conn:
        return json.dumps([list(r) for r in conn.execute("SELECT * FROM audit")])


class Client:
    """One console install of one advocate: numbers its mutations."""

    def __init__(self, person: Person) -> None:
        self.person = person
        self.id = uuid.uuid4().hex
        self.seq = 0

    def note(
        self, note_id: str, case_id: str, *, base: int | None = None, **fields: Any
    ) -> dict[str, Any]:
        self.seq += 1
        mutation = {
            "seq": self.seq,
            "entity": "note",
            "op": "upsert",
            "id": note_id,
            "base_version": base,
            "fields": {"case_id": case_id, **fields},
        }
        response = self.person.post("/api/v1/sync", {"client_id": self.id, "mutations": [mutation]})
        assert response.status_code == 200, response.text
        return dict(response.json()["results"][0])

    def replay(self, body: dict[str, Any]) -> dict[str, Any]:
        response = self.person.post("/api/v1/sync", body)
        assert response.status_code == 200, response.text
        return dict(response.json())


def _case(world: World, channel: str = "text") -> tuple[Client, str, str]:
    advocate = world.advocate("en")
    _, session_id = world.contact(channel)
    advocate.accept(advocate.offered()["id"])
    advocate.presence("away")
    return Client(advocate), session_id, advocate.session(session_id)["case_id"]


def _consented_body() -> str:
    flow = load_flow()
    walk = flow.replay([("danger", "no"), ("minor", "no"), ("speaker", "yes"), ("consent", "yes")])
    now = datetime.now(UTC)
    consent = Consent(
        party=ConsentParty.SURVIVOR,
        scope=["situation"],
        recipient="law_enforcement_partner",
        method=ConsentMethod.WRITTEN,
        channel=Channel.TEXT,
        given_at=now,
        until=now + timedelta(days=30),
    )
    return walk.report_note(consent, "en", remarks=SECRET)


def test_a_report_note_is_audited_with_who_when_case_note_and_outcome(world: World) -> None:
    client, session_id, case_id = _case(world)
    note_id = str(uuid.uuid4())
    before = datetime.now(UTC) - timedelta(seconds=5)
    result = client.note(
        note_id, case_id, session_id=session_id, kind="report", body=_consented_body()
    )
    assert result["status"] == "applied"
    entries = _audit(world, note_id)
    assert len(entries) == 1
    entry = entries[0]
    assert entry["action"] == "report.made"
    assert entry["actor_id"] == client.person.id
    assert entry["subject_type"] == "note"
    assert datetime.fromisoformat(entry["at"]) >= before
    assert json.loads(entry["detail"]) == {
        "case_id": case_id,
        "session_id": session_id,
        "outcome": OutcomeKind.CONSENTED_REPORT.value,
    }
    assert SECRET not in _whole_audit_log(world)
    assert "Elm" not in _whole_audit_log(world)


def test_edits_and_retries_of_a_report_add_no_second_entry(world: World) -> None:
    client, _, case_id = _case(world)
    note_id = str(uuid.uuid4())
    first = client.note(note_id, case_id, kind="report", body="[report:no_report]\nDeclined.")
    assert first["status"] == "applied"
    batch = {
        "client_id": client.id,
        "mutations": [
            {
                "seq": client.seq,
                "entity": "note",
                "op": "upsert",
                "id": note_id,
                "base_version": None,
                "fields": {"case_id": case_id, "kind": "report", "body": "again"},
            }
        ],
    }
    assert client.replay(batch)["results"][0]["status"] == "duplicate"
    edited = client.note(
        note_id, case_id, base=first["version"], body="[report:no_report]\nEdited."
    )
    assert edited["status"] == "applied"
    entries = _audit(world, note_id)
    assert [json.loads(e["detail"])["outcome"] for e in entries] == ["no_report"]


def test_a_note_that_becomes_a_report_is_audited_then(world: World) -> None:
    client, _, case_id = _case(world, "chat")
    note_id = str(uuid.uuid4())
    plain = client.note(note_id, case_id, body="Talked about options.")
    assert _audit(world, note_id) == []
    turned = client.note(
        note_id,
        case_id,
        base=plain["version"],
        kind="report",
        body="[report:imminent_danger]\nCalled 911.",
    )
    assert turned["status"] == "applied"
    entries = _audit(world, note_id)
    assert [json.loads(e["detail"])["outcome"] for e in entries] == ["imminent_danger"]


def test_a_report_without_an_outcome_line_is_audited_as_unspecified(world: World) -> None:
    client, _, case_id = _case(world)
    note_id = str(uuid.uuid4())
    client.note(note_id, case_id, kind="report", body="typed by hand [report:no_report]")
    (entry,) = _audit(world, note_id)
    assert json.loads(entry["detail"])["outcome"] == "unspecified"


def test_refused_and_ordinary_notes_leave_no_report_entry(world: World) -> None:
    client, _, case_id = _case(world)
    referral = str(uuid.uuid4())
    client.note(referral, case_id, kind="referral", body="Gave the shelter's number.")
    outsider = Client(world.advocate("en", available=False))  # cannot see the case
    hidden = str(uuid.uuid4())
    refused = outsider.note(hidden, case_id, kind="report", body="[report:no_report]")
    assert refused["status"] == "rejected"
    assert _audit(world, referral) == [] and _audit(world, hidden) == []


def test_the_audit_log_cannot_be_rewritten(world: World) -> None:
    client, _, case_id = _case(world)
    note_id = str(uuid.uuid4())
    client.note(note_id, case_id, kind="report", body="[report:lead_review]")
    with closing(sqlite3.connect(world.db, timeout=10)) as conn:
        for sql in (
            "UPDATE audit SET action = 'x' WHERE subject_id = ?",
            "DELETE FROM audit WHERE subject_id = ?",
        ):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(sql, (note_id,))
    assert len(_audit(world, note_id)) == 1
