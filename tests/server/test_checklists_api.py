"""GET /api/v1/checklists, and a run driven by the domain synced through the real backend."""

from __future__ import annotations

import uuid

from pydantic import TypeAdapter

from console.domain.checklists import Run, load_templates, template_by_id
from console.protocol import ChecklistRunRecord, ChecklistTemplate, ItemState
from tests.server.helpers import World

TEMPLATES: TypeAdapter[list[ChecklistTemplate]] = TypeAdapter(list[ChecklistTemplate])


def test_the_templates_come_whole_in_every_language(world: World) -> None:
    advocate = world.advocate("en", available=False)
    response = advocate.get("/api/v1/checklists")
    assert response.status_code == 200, response.text
    served = TEMPLATES.validate_python(response.json())
    assert served == list(load_templates())
    kinds = {t.kind.value for t in served}
    assert kinds == {"safety_plan", "indicators", "protocol"}
    for template in served:
        assert template.languages == ["en", "es"]
        assert all(set(i.text) == {"en", "es"} for i in template.items)


def test_the_templates_need_a_signed_in_user(world: World) -> None:
    with world.client() as anonymous:
        response = anonymous.get("/api/v1/checklists")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"


def test_a_run_walked_in_the_domain_syncs_and_comes_back_the_same(world: World) -> None:
    advocate = world.advocate("en")
    _, session_id = world.contact("chat")
    advocate.accept(advocate.offered()["id"])
    advocate.presence("away")
    case_id = advocate.session(session_id)["case_id"]
    templates = TEMPLATES.validate_python(advocate.get("/api/v1/checklists").json())
    template = template_by_id(templates, "safety_planning_to_leave")
    assert template is not None

    run = Run.start(template)
    run = run.with_state(template, "code_words", ItemState.DONE)
    run = run.with_comment(template, "code_words", "agreed; see the safe-contact profile")
    run = run.with_state(template, "go_bag", ItemState.DECLINED)
    run_id = str(uuid.uuid4())
    mutation = {
        "seq": 1,
        "entity": "checklist_run",
        "op": "upsert",
        "id": run_id,
        "base_version": None,
        "fields": {"case_id": case_id, "session_id": session_id, **run.fields()},
    }
    response = advocate.post(
        "/api/v1/sync", {"client_id": uuid.uuid4().hex, "mutations": [mutation]}
    )
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] == "applied"

    detail = advocate.get(f"/api/v1/cases/{case_id}").json()
    stored = ChecklistRunRecord.model_validate(next(r for r in detail["runs"] if r["id"] == run_id))
    again = Run.from_record(stored)
    assert again == run
    assert str(again.progress(template)) == f"2/{len(template.items)}"
    assert again.next_item(template) == template.items[0].id
