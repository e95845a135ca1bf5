"""Sync (exactly once, in order, conflicts, permissions), changes cursors, cases."""

from __future__ import annotations

import uuid
from typing import Any

from console.server.routes.records import GROUP
from tests.server.helpers import Person, World


def _note(
    seq: int,
    note_id: str,
    case_id: str,
    body: str = "a note",
    base: int | None = None,
    **fields: Any,
) -> dict[str, Any]:
    return {
        "seq": seq,
        "entity": "note",
        "op": "upsert",
        "id": note_id,
        "base_version": base,
        "fields": {"case_id": case_id, "body": body, **fields},
    }


def _sync(person: Person, client_id: str, *mutations: dict[str, Any]) -> dict[str, Any]:
    response = person.post("/api/v1/sync", {"client_id": client_id, "mutations": list(mutations)})
    assert response.status_code == 200, response.text
    return dict(response.json())


def _with_case(world: World) -> tuple[Person, str, str]:
    person = world.advocate("en")
    _, session_id = world.contact("chat")
    person.accept(person.offered()["id"])
    person.presence("away")
    return person, session_id, person.session(session_id)["case_id"]


def _all_changes(
    person: Person, cursor: str = "", limit: int = 500
) -> tuple[list[dict[str, Any]], str]:
    got: list[dict[str, Any]] = []
    while True:
        page = person.get("/api/v1/changes", params={"since": cursor, "limit": limit}).json()
        got += page["changes"]
        cursor = page["cursor"]
        if not page["more"]:
            return got, cursor


def test_mutations_apply_once_and_retries_are_duplicates(world: World) -> None:
    person, session_id, case_id = _with_case(world)
    client = uuid.uuid4().hex
    batch = [
        _note(1, "n-1", case_id, "first", session_id=session_id),
        {
            "seq": 2,
            "entity": "checklist_run",
            "op": "upsert",
            "id": "run-1",
            "base_version": None,
            "fields": {
                "case_id": case_id,
                "template_id": "immediate_danger",
                "template_version": 1,
                "items": {"a1": {"state": "done", "comment": None}},
            },
        },
        {
            "seq": 3,
            "entity": "case",
            "op": "upsert",
            "id": case_id,
            "base_version": 1,
            "fields": {"tags": ["labor"], "indicators": ["debt"]},
        },
    ]
    first = _sync(person, client, *batch)
    assert first["last_seq"] == 3
    assert [r["status"] for r in first["results"]] == ["applied"] * 3
    note = first["results"][0]["record"]
    assert note["author_id"] == person.id
    assert note["updated_by"] == person.id
    assert note["version"] == 1
    assert first["results"][2]["record"]["tags"] == ["labor"]
    assert first["results"][2]["version"] == 2
    again = _sync(person, client, *batch)
    assert [r["status"] for r in again["results"]] == ["duplicate"] * 3
    assert [r["version"] for r in again["results"]] == [1, 1, 2]
    case = person.get(f"/api/v1/cases/{case_id}").json()
    assert [n["id"] for n in case["notes"]] == ["n-1"]
    assert case["runs"][0]["items"]["a1"]["state"] == "done"
    assert case["version"] == 2


def test_a_gap_rejects_that_mutation_and_everything_after_it(world: World) -> None:
    person, _, case_id = _with_case(world)
    client = uuid.uuid4().hex
    result = _sync(
        person, client, _note(1, "g-1", case_id), _note(3, "g-3", case_id), _note(2, "g-2", case_id)
    )
    assert [r["status"] for r in result["results"]] == ["applied", "rejected", "rejected"]
    assert all(r["error"]["code"] == "out_of_order" for r in result["results"][1:])
    assert result["last_seq"] == 1
    retry = _sync(person, client, _note(2, "g-2", case_id), _note(3, "g-3", case_id))
    assert [r["status"] for r in retry["results"]] == ["applied", "applied"]


def test_a_long_batch_applies_in_groups_with_the_same_results(world: World) -> None:
    """Mutations commit a few per transaction: a gap, a refusal or a retry in the
    middle of a group gives the same answers as one mutation at a time."""
    assert GROUP > 1
    person, _, case_id = _with_case(world)
    client = uuid.uuid4().hex
    size = 3 * GROUP
    gap_at = GROUP + 2  # inside the second group
    batch = [_note(seq, f"l-{seq}", case_id, f"note {seq}") for seq in range(1, size + 1)]
    refused = 2  # inside the first group: too long a body is refused but counted as seen
    batch[refused - 1]["fields"]["body"] = "x" * 100_001
    sent = batch[: gap_at - 1] + batch[gap_at:]  # seq gap_at is missing
    first = _sync(person, client, *sent)
    statuses = [r["status"] for r in first["results"]]
    assert len(statuses) == len(sent)
    assert statuses[: gap_at - 1] == [
        "rejected" if seq == refused else "applied" for seq in range(1, gap_at)
    ]
    assert statuses[gap_at - 1 :] == ["rejected"] * (size - gap_at)
    codes = {r["error"]["code"] for r in first["results"][gap_at - 1 :]}
    assert codes == {"out_of_order"}
    assert all(
        f"Expected seq {gap_at};" in r["error"]["message"] for r in first["results"][gap_at - 1 :]
    )
    assert first["last_seq"] == gap_at - 1
    retry = _sync(person, client, *batch)
    assert [r["status"] for r in retry["results"]] == ["duplicate"] * (gap_at - 1) + ["applied"] * (
        size - gap_at + 1
    )
    assert retry["last_seq"] == size
    notes = {n["id"] for n in person.get(f"/api/v1/cases/{case_id}").json()["notes"]}
    assert notes == {f"l-{seq}" for seq in range(1, size + 1) if seq != refused}


def test_a_stale_base_version_is_a_conflict_and_nothing_is_overwritten(world: World) -> None:
    person, _, case_id = _with_case(world)
    client = uuid.uuid4().hex
    _sync(person, client, _note(1, "c-1", case_id, "v1"))
    _sync(person, client, _note(2, "c-1", case_id, "v2", base=1))
    stale = _sync(person, client, _note(3, "c-1", case_id, "from an old copy", base=1))
    [result] = stale["results"]
    assert result["status"] == "conflict"
    assert result["version"] == 2
    assert result["record"]["body"] == "v2"
    new_on_existing = _sync(person, client, _note(4, "c-1", case_id, "null base", base=None))
    assert new_on_existing["results"][0]["status"] == "conflict"
    assert stale["last_seq"] == 3 and new_on_existing["last_seq"] == 4
    notes = person.get(f"/api/v1/cases/{case_id}").json()["notes"]
    assert [n["body"] for n in notes] == ["v2"]
    deleted = _sync(
        person, client, {"seq": 5, "entity": "note", "op": "delete", "id": "c-1", "base_version": 2}
    )
    assert deleted["results"][0]["status"] == "applied"
    assert deleted["results"][0]["record"]["deleted"] is True
    assert person.get(f"/api/v1/cases/{case_id}").json()["notes"] == []


def test_what_a_user_may_not_do_is_rejected_and_still_counts_as_seen(world: World) -> None:
    person, _, case_id = _with_case(world)
    stranger = world.advocate("en", available=False)
    client = uuid.uuid4().hex
    result = _sync(
        stranger,
        client,
        _note(1, "s-1", case_id),  # a case they cannot see
        {
            "seq": 2,
            "entity": "case",
            "op": "upsert",
            "id": "new-case",
            "base_version": None,
            "fields": {"title": "mine"},
        },  # advocates do not open cases
        _note(3, "s-3", "no-such-case"),
        {
            "seq": 4,
            "entity": "note",
            "op": "upsert",
            "id": "s-4",
            "base_version": None,
            "fields": {"case_id": case_id, "body": "x" * 100_001},
        },
        {
            "seq": 5,
            "entity": "note",
            "op": "upsert",
            "id": "s-5",
            "base_version": None,
            "fields": {"case_id": case_id, "colour": "red"},
        },
    )
    assert [r["status"] for r in result["results"]] == ["rejected"] * 5
    assert [r["error"]["code"] for r in result["results"]] == [
        "not_found",
        "forbidden",
        "not_found",
        "not_found",
        "not_found",
    ]
    assert result["last_seq"] == 5
    # Validation, on a case the user can see.
    own = uuid.uuid4().hex
    checked = _sync(
        person,
        own,
        _note(1, "v-1", case_id, "x" * 100_001),
        {
            "seq": 2,
            "entity": "note",
            "op": "upsert",
            "id": "v-2",
            "base_version": None,
            "fields": {"case_id": case_id, "colour": "red"},
        },
        _note(3, "v-3", case_id, "ok", session_id="not-in-this-case"),
        {
            "seq": 4,
            "entity": "checklist_run",
            "op": "upsert",
            "id": "v-4",
            "base_version": None,
            "fields": {"case_id": case_id, "template_id": "t"},
        },
        _note(5, "v-5", case_id, "x" * 100_000),
    )
    statuses = [(r["status"], (r.get("error") or {}).get("code")) for r in checked["results"]]
    assert statuses == [("rejected", "invalid")] * 4 + [("applied", None)]
    assert "body" in checked["results"][0]["error"]["fields"]
    assert "colour" in checked["results"][1]["error"]["fields"]
    assert "template_version" in checked["results"][3]["error"]["fields"]
    # Someone else's note: only its author (or a lead) may change it.
    colleague_case_note = _sync(person, own, _note(6, "v-6", case_id, "mine"))
    assert colleague_case_note["results"][0]["status"] == "applied"
    lead = world.lead()
    led = _sync(lead, uuid.uuid4().hex, _note(1, "v-6", case_id, "edited by the lead", base=1))
    assert led["results"][0]["status"] == "applied"
    assert led["results"][0]["record"]["author_id"] == person.id
    assert led["results"][0]["record"]["updated_by"] == lead.id


def test_changes_page_by_cursor_and_only_show_visible_records(world: World) -> None:
    person, _, case_id = _with_case(world)
    client = uuid.uuid4().hex
    _sync(person, client, *[_note(n, f"p-{n}", case_id, f"note {n}") for n in range(1, 6)])
    everything, cursor = _all_changes(person, limit=2)
    ids = [(c["entity"], c["id"]) for c in everything]
    assert ids[0] == ("case", case_id)
    assert ids[1:] == [("note", f"p-{n}") for n in range(1, 6)]
    assert len(set(ids)) == len(ids)
    nothing, same = _all_changes(person, cursor)
    assert nothing == []
    _sync(person, client, _note(6, "p-1", case_id, "changed", base=1))
    later, _ = _all_changes(person, same)
    assert [(c["id"], c["version"], c["body"]) for c in later] == [("p-1", 2, "changed")]
    stranger = world.advocate("en", available=False)
    theirs, _ = _all_changes(stranger)
    assert all(c.get("case_id") != case_id and c["id"] != case_id for c in theirs)
    bad = person.get("/api/v1/changes", params={"since": "garbage!"})
    assert bad.status_code == 422
    assert "since" in bad.json()["error"]["fields"]
    assert person.get("/api/v1/changes", params={"limit": 0}).status_code == 422


def test_a_reassigned_advocate_pulls_the_whole_case_on_the_next_pull(world: World) -> None:
    holder, session_id, case_id = _with_case(world)
    _sync(holder, uuid.uuid4().hex, _note(1, "r-1", case_id, "by the first advocate"))
    target = world.advocate("en")
    _, cursor = _all_changes(target)  # nothing of that case yet
    lead = world.lead()
    assert (
        lead.act(session_id, "reassign", {"advocate_id": target.id, "reason": "x"}).status_code
        == 200
    )
    pulled, _ = _all_changes(target, cursor)
    assert {(c["entity"], c["id"]) for c in pulled} >= {("case", case_id), ("note", "r-1")}
    # The previous advocate can no longer read that case, but may still add to it
    # (what their tab kept when the session moved: records.worked_on_case).
    assert holder.get(f"/api/v1/cases/{case_id}").status_code == 404
    added = _sync(holder, uuid.uuid4().hex, _note(1, "r-2", case_id))
    assert added["results"][0]["status"] == "applied"
    assert holder.get(f"/api/v1/cases/{case_id}").status_code == 404


def test_case_search_and_detail(world: World) -> None:
    person, session_id, case_id = _with_case(world)
    lead = world.lead()
    title = f"Searchable {uuid.uuid4().hex[:6]}"
    _sync(
        lead,
        uuid.uuid4().hex,
        {
            "seq": 1,
            "entity": "case",
            "op": "upsert",
            "id": case_id,
            "base_version": 1,
            "fields": {"title": title},
        },
    )
    found = person.get("/api/v1/cases", params={"q": title[-6:]}).json()
    assert [c["id"] for c in found] == [case_id]
    assert person.get("/api/v1/cases", params={"q": title[-6:], "status": "closed"}).json() == []
    assert person.get("/api/v1/cases", params={"status": "nope"}).status_code == 422
    stranger = world.advocate("en", available=False)
    assert stranger.get("/api/v1/cases", params={"q": title[-6:]}).json() == []
    assert stranger.get(f"/api/v1/cases/{case_id}").status_code == 404
    detail = lead.get(f"/api/v1/cases/{case_id}").json()
    assert detail["title"] == title
    assert [s["id"] for s in detail["sessions"]] == [session_id]
    lead_made = _sync(
        lead,
        uuid.uuid4().hex,
        {
            "seq": 1,
            "entity": "case",
            "op": "upsert",
            "id": f"manual-{uuid.uuid4().hex[:6]}",
            "base_version": None,
            "fields": {"title": "By hand"},
        },
    )
    assert lead_made["results"][0]["status"] == "applied"


def test_sync_request_shape_is_validated(world: World) -> None:
    person = world.advocate("en", available=False)
    too_many = [_note(n, f"x-{n}", "c") for n in range(1, 502)]
    response = person.post("/api/v1/sync", {"client_id": "c", "mutations": too_many})
    assert response.status_code == 422
    for bad in (
        {"client_id": "c"},
        {"client_id": "", "mutations": []},
        {"client_id": "c", "mutations": [{"seq": 0, "entity": "note", "op": "upsert", "id": "a"}]},
        {"client_id": "c", "mutations": [{"seq": 1, "entity": "diary", "op": "upsert", "id": "a"}]},
        {
            "client_id": "c",
            "mutations": [{"seq": 1, "entity": "note", "op": "upsert", "id": "a", "fields": []}],
        },
    ):
        response = person.post("/api/v1/sync", bad)
        assert response.status_code == 422, bad
    empty = person.post("/api/v1/sync", {"client_id": "c", "mutations": []})
    assert empty.json() == {"last_seq": 0, "results": []}
