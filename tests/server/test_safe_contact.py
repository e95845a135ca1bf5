"""The safe-contact profile as a case field (synced like the others), and STOP seen
from both sides: the domain blocks every outbound action, the backend refuses the
message (409 ``not_available``)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from console.domain.safe_contact import FindingCode, OutboundAction, check_outbound
from console.protocol import CaseRecord, ContactInfo
from tests.server.helpers import Person, World

PROFILE = {
    "safe_to_call": "no",
    "safe_to_text": "yes",
    "may_leave_voicemail": "no",
    "shared_device_risk": "unknown",
    "safe_times": [{"days": ["MO", "WE"], "start": "09:00", "end": "11:30"}],
    "safe_times_note": "when the manager is at the market",
    "timezone": "America/New_York",
    "code_word_safe": "Girasol",
    "code_word_unsafe": "blue car",
}


def _case(world: World) -> tuple[Person, str, str]:
    advocate = world.advocate("en")
    _, session_id = world.contact("chat")
    advocate.accept(advocate.offered()["id"])
    advocate.presence("away")
    return advocate, session_id, advocate.session(session_id)["case_id"]


def _sync_case(person: Person, case_id: str, base: int, **fields: Any) -> dict[str, Any]:
    mutation = {
        "seq": 1,
        "entity": "case",
        "op": "upsert",
        "id": case_id,
        "base_version": base,
        "fields": fields,
    }
    response = person.post("/api/v1/sync", {"client_id": uuid.uuid4().hex, "mutations": [mutation]})
    assert response.status_code == 200, response.text
    return dict(response.json()["results"][0])


def test_the_profile_syncs_as_a_case_field_and_reaches_the_lead(world: World) -> None:
    advocate, _, case_id = _case(world)
    result = _sync_case(advocate, case_id, 1, safe_contact=PROFILE)
    assert result["status"] == "applied", result
    stored = CaseRecord.model_validate(result["record"])
    assert stored.safe_contact is not None
    assert stored.safe_contact.model_dump(mode="json") == PROFILE
    # Another edit of the case (tags only) keeps the profile.
    tags = _sync_case(advocate, case_id, result["version"], tags=["labor"])
    assert tags["record"]["safe_contact"] == PROFILE
    lead = world.lead()
    seen = CaseRecord.model_validate(lead.get(f"/api/v1/cases/{case_id}").json())
    assert seen.safe_contact == stored.safe_contact
    # The rules read it as the advocate's console would.
    monday_ten = datetime(2025, 3, 3, 15, 0, tzinfo=UTC)  # 10:00 in New York
    monday_one = datetime(2025, 3, 3, 18, 0, tzinfo=UTC)  # 13:00 in New York
    assert check_outbound(seen.safe_contact, OutboundAction.TEXT, monday_ten).clear
    late = check_outbound(seen.safe_contact, OutboundAction.TEXT, monday_one)
    assert late.blocked and late.codes() == {FindingCode.OUTSIDE_SAFE_TIMES}
    call = check_outbound(seen.safe_contact, OutboundAction.CALL_BACK, monday_ten)
    assert call.codes() == {FindingCode.NOT_SAFE}


def test_clearing_the_profile(world: World) -> None:
    advocate, _, case_id = _case(world)
    first = _sync_case(advocate, case_id, 1, safe_contact=PROFILE)
    cleared = _sync_case(advocate, case_id, first["version"], safe_contact=None)
    assert cleared["status"] == "applied"
    assert cleared["record"]["safe_contact"] is None


def test_a_malformed_profile_is_rejected_naming_the_field(world: World) -> None:
    advocate, _, case_id = _case(world)
    for bad in (
        {**PROFILE, "favourite_colour": "red"},  # unknown keys are refused inside it too
        {**PROFILE, "safe_to_call": "sometimes"},
        {**PROFILE, "safe_times": [{"start": "25:00", "end": "11:00"}]},
        {**PROFILE, "code_word_safe": "x" * 101},
    ):
        result = _sync_case(advocate, case_id, 1, safe_contact=bad)
        assert result["status"] == "rejected", bad
        assert result["error"]["code"] == "invalid"
        assert any(k.startswith("safe_contact") for k in result["error"]["fields"]), result
    case = advocate.get(f"/api/v1/cases/{case_id}").json()
    assert case["version"] == 1 and case["safe_contact"] is None


def test_stop_blocks_outreach_in_the_domain_and_messages_at_the_backend(world: World) -> None:
    advocate = world.advocate("en")
    number = f"+1555{uuid.uuid4().int % 10**7:07d}"
    _, session_id = world.contact("text", body="hi", sender=number)
    advocate.accept(advocate.offered()["id"])
    world.inbound("message", "text", number, body="STOP")
    contact = ContactInfo.model_validate(advocate.session(session_id)["contact"])
    assert contact.opted_out
    now = datetime.now(UTC)
    permissive = CaseRecord.model_validate(
        {"id": "c", "version": 1, "updated_at": now, "safe_contact": {"safe_to_text": "yes"}}
    ).safe_contact
    verdict = check_outbound(permissive, OutboundAction.TEXT, now, opted_out=contact.opted_out)
    assert verdict.blocked and FindingCode.OPTED_OUT in verdict.codes()
    response = advocate.send(session_id, "are you still there?")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "not_available"
