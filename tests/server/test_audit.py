"""The audit log: what is written, what a lead reads (GET /audit), and that it cannot change."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from console.protocol import AuditEntry
from console.server.app import create_app
from console.server.config import ServerConfig
from tests.server.helpers import Person, World, wait_for

SERVER_SOURCE = Path(__file__).resolve().parents[2] / "console" / "server"
SENTINELS = (
    "SENTINEL-BODY-audit-7f3a",
    "SENTINEL-NOTE-audit-91cc",
    "SENTINEL-REPORT-audit-2b",
    "SENTINEL-REASON-audit-5d",
)


def _entries(lead: Person, **params: Any) -> list[dict[str, Any]]:
    response = lead.get("/api/v1/audit", params=params)
    assert response.status_code == 200, response.text
    entries = list(response.json())
    for entry in entries:
        AuditEntry.model_validate(entry)
    return entries


def _actions(lead: Person, **params: Any) -> list[str]:
    return [e["action"] for e in _entries(lead, **params)]


def _active_chat(world: World, advocate: Person, body: str = "hello") -> str:
    _, session_id = world.contact("chat", body=body)
    advocate.accept(advocate.offered()["id"])
    return session_id


def _note(person: Person, case_id: str, session_id: str, kind: str, body: str) -> None:
    mutation = {
        "seq": 1,
        "entity": "note",
        "op": "upsert",
        "id": str(uuid.uuid4()),
        "base_version": None,
        "fields": {"case_id": case_id, "session_id": session_id, "kind": kind, "body": body},
    }
    response = person.post("/api/v1/sync", {"client_id": uuid.uuid4().hex, "mutations": [mutation]})
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] == "applied", response.text


def test_sign_ins_failures_and_sign_outs_are_read_back_by_a_lead(world: World) -> None:
    lead = world.lead()
    advocate = world.advocate("en", available=False)
    assert world.login(advocate.username, "wrong password").status_code == 401
    again = world.login(advocate.username)
    assert again.status_code == 200
    with world.client(again.json()["access_token"]) as client:
        assert client.post("/api/v1/auth/logout").status_code == 204
    actions = _actions(lead, actor=advocate.id)
    assert actions == [
        "auth.logout",
        "auth.login",
        "auth.login_failed",
        "auth.login",
    ]  # newest first
    (failed,) = _entries(lead, actor=advocate.id, action="auth.login_failed")
    assert failed["detail"] == {"known_user": True}
    assert advocate.username not in json.dumps(_entries(lead, action="auth."))


def test_a_reused_refresh_token_is_audited_and_its_family_revoked(world: World) -> None:
    lead = world.lead()
    advocate = world.advocate("en", available=False)
    old = advocate.tokens["refresh_token"]
    with world.client() as anonymous:
        first = anonymous.post("/api/v1/auth/refresh", json={"refresh_token": old})
        assert first.status_code == 200
        reused = anonymous.post("/api/v1/auth/refresh", json={"refresh_token": old})
        assert reused.status_code == 401
        assert reused.json()["error"]["code"] == "unauthenticated"
        fresh = first.json()["refresh_token"]
        assert (
            anonymous.post("/api/v1/auth/refresh", json={"refresh_token": fresh}).status_code == 401
        )
    (entry,) = _entries(lead, actor=advocate.id, action="auth.refresh_reused")
    assert entry["subject_type"] == "token_family"
    assert old not in json.dumps(entry) and fresh not in json.dumps(entry)


def test_a_lead_looking_into_another_advocates_session_is_audited(world: World) -> None:
    lead = world.lead("en")
    advocate = world.advocate("en")
    session_id = _active_chat(world, advocate, body=SENTINELS[0])
    assert advocate.session(session_id)["id"] == session_id  # their own: not a look-in
    assert _entries(lead, action="session.look_in", actor=advocate.id) == []
    detail = lead.session(session_id)
    assert detail["messages"][0]["body"] == SENTINELS[0]
    (entry,) = _entries(lead, action="session.look_in", actor=lead.id)
    assert entry["subject_type"] == "session"
    assert entry["subject_id"] == session_id
    assert entry["detail"]["advocate_id"] == advocate.id
    assert entry["detail"]["state"] == "active"
    case_id = detail["case_id"]
    assert lead.get(f"/api/v1/cases/{case_id}").status_code == 200
    (case_entry,) = _entries(lead, action="case.look_in", actor=lead.id)
    assert case_entry["subject_id"] == case_id


def test_a_lead_reading_a_session_they_hold_is_not_a_look_in(world: World) -> None:
    lead = world.lead("en", available=True)
    _, session_id = world.contact("chat")
    taken = lead.act(session_id, "reassign", {"advocate_id": lead.id, "reason": "mine"})
    assert taken.status_code == 200
    lead.session(session_id)
    assert lead.get(f"/api/v1/cases/{taken.json()['case_id']}").status_code == 200
    assert _actions(lead, actor=lead.id, action="session.look_in") == []
    assert _actions(lead, actor=lead.id, action="case.look_in") == []


def test_no_entry_holds_a_body_a_note_a_reason_or_a_name(world: World) -> None:
    lead = world.lead("en")
    advocate = world.advocate("en")
    session_id = _active_chat(world, advocate, body=SENTINELS[0])
    assert advocate.send(session_id, SENTINELS[0] + " reply").status_code == 201
    case_id = advocate.session(session_id)["case_id"]
    _note(advocate, case_id, session_id, "note", SENTINELS[1])
    _note(advocate, case_id, session_id, "report", f"[report:law_enforcement]\n{SENTINELS[2]}")
    target = world.advocate("en")
    moved = lead.act(session_id, "reassign", {"advocate_id": target.id, "reason": SENTINELS[3]})
    assert moved.status_code == 200, moved.text
    lead.session(session_id)
    actions = set(_actions(lead, since=(datetime.now(UTC) - timedelta(minutes=1)).isoformat()))
    assert {"report.made", "session.reassign", "session.look_in"} <= actions
    with closing(sqlite3.connect(world.db, timeout=10)) as conn:
        table = json.dumps([list(r) for r in conn.execute("SELECT * FROM audit")])
    served = json.dumps(_entries(lead, limit=500))
    for text in (table, served):
        for sentinel in SENTINELS:
            assert sentinel not in text
        for person in (lead, advocate, target):
            assert f"Test {person.username}" not in text  # display names


def test_advocates_may_not_read_the_audit_log(world: World) -> None:
    advocate = world.advocate("en", available=False)
    response = advocate.get("/api/v1/audit")
    assert response.status_code == 403
    assert response.json() == {
        "error": {"code": "forbidden", "message": "Only a shift lead may see this."}
    }
    with world.client() as anonymous:
        response = anonymous.get("/api/v1/audit")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"


def test_filters_and_paging(world: World) -> None:
    lead = world.lead()
    advocate = world.advocate("en", available=False)
    for _ in range(4):
        assert world.login(advocate.username).status_code == 200
    mine = _entries(lead, actor=advocate.id)
    assert len(mine) == 5
    assert [e["id"] for e in mine] == sorted((e["id"] for e in mine), reverse=True)
    pages = [_entries(lead, actor=advocate.id, limit=2, offset=o) for o in (0, 2, 4)]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [e["id"] for page in pages for e in page] == [e["id"] for e in mine]
    middle = mine[2]["at"]
    newer = _entries(lead, actor=advocate.id, since=middle)
    assert [e["id"] for e in newer] == [e["id"] for e in mine[:3]]
    naive = datetime.fromisoformat(middle).astimezone(UTC).replace(tzinfo=None).isoformat()
    assert _entries(lead, actor=advocate.id, since=naive) == newer  # no offset: UTC
    assert _entries(lead, actor=advocate.id, since="2999-01-01T00:00:00Z") == []
    assert _actions(lead, actor=advocate.id, action="auth.") == ["auth.login"] * 5
    assert _actions(lead, actor=advocate.id, action="auth") == []  # not a prefix without "."
    assert _entries(lead, actor=advocate.id, action="session.reassign") == []


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 0},
        {"limit": 501},
        {"offset": -1},
        {"since": "yesterday"},
        {"actor": "x" * 65},
        {"action": "y" * 65},
    ],
)
def test_bad_filters_are_422(world: World, params: dict[str, Any]) -> None:
    lead = world.lead()
    response = lead.get("/api/v1/audit", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid"
    assert set(response.json()["error"]["fields"]) == set(params)


@pytest.mark.parametrize("since", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_times_at_the_edges_of_the_calendar_are_no_server_error(world: World, since: str) -> None:
    lead = world.lead()
    response = lead.get("/api/v1/audit", params={"since": since, "limit": 1})
    assert response.status_code == 200
    assert (response.json() == []) == since.startswith("9999")


def test_no_route_can_change_the_audit_log() -> None:
    app = create_app(ServerConfig(db_path=Path("unused.db")))
    for route in app.routes:
        path = getattr(route, "path", "")
        methods = getattr(route, "methods", None) or set()
        if "audit" in path:
            assert methods <= {"GET", "HEAD"}, (path, methods)
    writes = re.compile(r"(UPDATE|DELETE\s+FROM|REPLACE\s+INTO|DROP\s+TABLE)\s+audit\b", re.I)
    for module in SERVER_SOURCE.rglob("*.py"):
        for line in module.read_text(encoding="utf-8").splitlines():
            if writes.search(line):
                assert "TRIGGER" in line or "BEFORE" in line, (module.name, line)


def test_the_database_refuses_to_change_or_remove_an_entry(world: World) -> None:
    lead = world.lead()
    (entry,) = _entries(lead, actor=lead.id, limit=1)
    with closing(sqlite3.connect(world.db, timeout=10, isolation_level=None)) as conn:
        for sql in ("UPDATE audit SET action = 'x' WHERE id = ?", "DELETE FROM audit WHERE id = ?"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(sql, (entry["id"],))
    assert wait_for(lambda: _entries(lead, actor=lead.id, limit=1))[0] == entry
