"""console.domain.reporting: the reporting guide as a decision table, consent, the note."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from console.domain.reporting import (
    REMARKS_MAX,
    Consent,
    ConsentMethod,
    ConsentParty,
    Flow,
    FlowDataError,
    FlowError,
    OutcomeKind,
    Step,
    load_flow,
    method_for_channel,
    parse_flow,
    report_kind,
    report_note,
)
from console.protocol import Channel

NOW = datetime(2025, 3, 4, 15, 30, tzinfo=UTC)

# The decision table: every path through the guide and where it must end.
DECISIONS: list[tuple[list[tuple[str, str]], OutcomeKind]] = [
    ([("danger", "yes")], OutcomeKind.IMMINENT_DANGER),
    ([("danger", "not_sure")], OutcomeKind.LEAD_REVIEW),
    ([("danger", "no"), ("minor", "yes")], OutcomeKind.MANDATED_REPORT),
    ([("danger", "no"), ("minor", "not_sure")], OutcomeKind.MANDATED_REPORT),
    ([("danger", "no"), ("minor", "no"), ("speaker", "no")], OutcomeKind.TIP_REVIEW),
    (
        [("danger", "no"), ("minor", "no"), ("speaker", "yes"), ("consent", "yes")],
        OutcomeKind.CONSENTED_REPORT,
    ),
    (
        [("danger", "no"), ("minor", "no"), ("speaker", "yes"), ("consent", "no")],
        OutcomeKind.NO_REPORT,
    ),
    # Changing an earlier answer drops what followed it.
    ([("danger", "no"), ("minor", "no"), ("danger", "yes")], OutcomeKind.IMMINENT_DANGER),
    (
        [
            ("danger", "no"),
            ("minor", "no"),
            ("speaker", "yes"),
            ("consent", "no"),
            ("minor", "yes"),
        ],
        OutcomeKind.MANDATED_REPORT,
    ),
    ([("danger", "yes"), ("danger", "no"), ("minor", "yes")], OutcomeKind.MANDATED_REPORT),
]

# Hostile or impossible paths: each must raise FlowError at its last step.
INVALID: list[list[tuple[str, str]]] = [
    [("minor", "yes")],  # skips the danger question
    [("consent", "yes")],
    [("danger", "maybe")],  # no such answer
    [("danger", "")],
    [("nowhere", "yes")],  # no such question
    [("danger", "no"), ("speaker", "yes")],  # skips the minor question
    [("danger", "yes"), ("minor", "no")],  # after an outcome, only earlier answers change
    [("danger", "no"), ("minor", "no"), ("speaker", "no"), ("consent", "yes")],
    [("danger", "no"), ("minor", "no"), ("speaker", "yes"), ("consent", "YES")],
]


def _walk(path: list[tuple[str, str]]) -> Any:
    walk = load_flow().start()
    for node, choice in path:
        walk.answer(node, choice)
    return walk


@pytest.mark.parametrize(("path", "expected"), DECISIONS)
def test_the_decision_table(path: list[tuple[str, str]], expected: OutcomeKind) -> None:
    walk = _walk(path)
    assert walk.done and walk.current is None
    assert walk.outcome is not None and walk.outcome.kind is expected


@pytest.mark.parametrize("path", INVALID)
def test_impossible_paths_are_refused(path: list[tuple[str, str]]) -> None:
    walk = load_flow().start()
    for node, choice in path[:-1]:
        walk.answer(node, choice)
    before = walk.path
    with pytest.raises(FlowError):
        walk.answer(*path[-1])
    assert walk.path == before  # a refused answer changes nothing


def test_every_outcome_is_reached_by_some_row_of_the_table() -> None:
    reached = {expected for _, expected in DECISIONS}
    assert reached == set(OutcomeKind)


def test_what_each_outcome_requires() -> None:
    flow = load_flow()
    danger = flow.outcome(OutcomeKind.IMMINENT_DANGER)
    assert danger.notify == ["emergency_services", "shift_lead"]
    assert danger.consent.value == "not_needed"
    minor = flow.outcome(OutcomeKind.MANDATED_REPORT)
    assert {"child_protective_services", "law_enforcement", "shift_lead"} <= set(minor.notify)
    assert minor.consent.value == "not_needed" and minor.basis == "child_abuse"
    assert flow.outcome(OutcomeKind.CONSENTED_REPORT).consent.value == "required"
    no_report = flow.outcome(OutcomeKind.NO_REPORT)
    assert no_report.consent.value == "none" and no_report.notify == []
    assert any("referral" in s["en"].lower() for s in no_report.steps)
    assert any("NCMEC" in s["en"] for s in minor.steps)


def test_the_walk_records_its_path_and_can_step_back() -> None:
    walk = _walk([("danger", "no"), ("minor", "no")])
    assert walk.path == (Step("danger", "no"), Step("minor", "no"))
    assert walk.current is not None and walk.current.id == "speaker" and not walk.done
    walk.back()
    assert walk.current is not None and walk.current.id == "minor"
    walk.back().back().back()  # backing past the start stays at the start
    assert walk.path == () and walk.current is not None and walk.current.id == "danger"


def test_a_saved_path_replays_and_an_impossible_one_does_not() -> None:
    flow = load_flow()
    walk = flow.replay([("danger", "no"), Step("minor", "yes")])
    assert walk.outcome is not None and walk.outcome.kind is OutcomeKind.MANDATED_REPORT
    with pytest.raises(FlowError):
        flow.replay([("danger", "yes"), ("danger", "no")])  # replays never re-answer
    with pytest.raises(FlowError):
        flow.replay([("minor", "no")])


# ---------------------------------------------------------------- the flow data


def _data() -> dict[str, Any]:
    return copy.deepcopy(json.loads(load_flow().model_dump_json()))


def _answer(data: dict[str, Any], node: str, answer: str) -> dict[str, Any]:
    found = next(n for n in data["nodes"] if n["id"] == node)
    return dict(next(a for a in found["answers"] if a["id"] == answer))


def _set_answer(data: dict[str, Any], node: str, answer: str, **values: Any) -> None:
    found = next(n for n in data["nodes"] if n["id"] == node)
    for a in found["answers"]:
        if a["id"] == answer:
            a.update(values)


def test_the_bundled_flow_is_valid_and_bilingual() -> None:
    flow = parse_flow("flow.json", _data())
    assert flow.entry == "danger"
    assert flow.languages == ["en", "es"]


@pytest.mark.parametrize(
    ("breakage", "complaint"),
    [
        (lambda d: _set_answer(d, "consent", "no", outcome=None, next="danger"), "loops"),
        (lambda d: _set_answer(d, "minor", "no", next="nowhere"), "unknown question"),
        (lambda d: _set_answer(d, "speaker", "no", next="consent"), "exactly one"),
        (lambda d: _set_answer(d, "danger", "no", next=None, outcome="no_report"), "never reached"),
        (lambda d: d["nodes"][0]["question"].pop("es"), "no text in es"),
        (lambda d: d["outcomes"].pop(), "no outcome for"),
        (lambda d: d.update(entry="consent_x"), "entry"),
        (lambda d: d["outcomes"][0]["notify"].append("the_press"), "unknown 'the_press'"),
        (lambda d: d.update(extra=True), "extra"),
    ],
)
def test_broken_flow_data_is_refused_naming_the_file(breakage: Any, complaint: str) -> None:
    data = _data()
    breakage(data)
    with pytest.raises(FlowDataError) as caught:
        parse_flow("flow.json", data)
    assert str(caught.value).startswith("flow.json: ")
    assert complaint in str(caught.value)


# ---------------------------------------------------------------- consent


def _consent(**changes: Any) -> Consent:
    values: dict[str, Any] = {
        "party": ConsentParty.SURVIVOR,
        "scope": ["location", "situation"],
        "recipient": "law_enforcement_partner",
        "method": ConsentMethod.WRITTEN,
        "channel": Channel.TEXT,
        "given_at": NOW,
        "until": NOW + timedelta(days=90),
    }
    values.update(changes)
    return Consent(**values)


def test_consent_is_given_aloud_on_calls_and_in_writing_in_chats_and_texts() -> None:
    assert method_for_channel(Channel.CALL) is ConsentMethod.VERBAL
    assert method_for_channel(Channel.CHAT) is ConsentMethod.WRITTEN
    assert method_for_channel(Channel.TEXT) is ConsentMethod.WRITTEN
    _consent(method=ConsentMethod.VERBAL, channel=Channel.CALL)
    with pytest.raises(ValidationError):
        _consent(method=ConsentMethod.VERBAL, channel=Channel.CHAT)
    with pytest.raises(ValidationError):
        _consent(method=ConsentMethod.WRITTEN, channel=Channel.CALL)


@pytest.mark.parametrize(
    "changes",
    [
        {"until": NOW},  # ends when given
        {"until": NOW - timedelta(days=1)},
        {"given_at": NOW.replace(tzinfo=None)},  # no time zone
        {"scope": []},
        {"recipient": ""},
        {"party": "neighbour"},
        {"scope": ["location"] * 21},
    ],
)
def test_incoherent_consents_are_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _consent(**changes)


def test_the_flow_checks_what_a_consent_names_and_how_long_it_lasts() -> None:
    flow = load_flow()
    flow.check_consent(_consent())
    with pytest.raises(FlowError, match="scope"):
        flow.check_consent(_consent(scope=["bank_details"]))
    with pytest.raises(FlowError, match="recipient"):
        flow.check_consent(_consent(recipient="shift_lead"))  # not something one consents to
    with pytest.raises(FlowError, match="365"):
        flow.check_consent(_consent(until=NOW + timedelta(days=366)))
    with pytest.raises(FlowError, match="expired"):
        flow.check_consent(_consent(), now=NOW + timedelta(days=91))


# ---------------------------------------------------------------- the note


def test_a_consented_report_note_records_who_what_to_whom_how_and_until_when() -> None:
    walk = _walk(DECISIONS[5][0])
    body = walk.report_note(_consent(), "en", remarks="Prefers morning follow-up.")
    lines = body.splitlines()
    assert lines[0] == "[report:consented_report]"
    assert report_kind(body) is OutcomeKind.CONSENTED_REPORT
    for expected in (
        "Report with the person's consent",
        "Basis: The person's explicit consent",
        "- Is anyone in immediate danger right now? No",
        "Given by: The person themselves",
        "Information: Where they or the situation are; What happened",
        "Recipient: The hotline's designated law-enforcement partner",
        "How: In writing, in the chat or text conversation",
        "Given: 2025-03-04 15:30 UTC",
        "Valid until: 2025-06-02 15:30 UTC",
        "Prefers morning follow-up.",
    ):
        assert expected in body, expected


def test_the_note_is_written_in_the_language_asked_for() -> None:
    walk = _walk(DECISIONS[2][0])
    body = walk.report_note(None, "es")
    assert body.startswith("[report:mandated_report]\nDecisión sobre el reporte: ")
    assert "Servicios de protección infantil" in body
    assert "Sin consentimiento registrado" in body


def test_the_note_holds_nothing_but_the_guides_words_and_the_remarks() -> None:
    flow = load_flow()
    outcome = flow.outcome(OutcomeKind.IMMINENT_DANGER)
    body = report_note(outcome, None, "en", path=[Step("danger", "yes")])
    known = {
        text
        for table in (flow.recipients, flow.bases, flow.note)
        for value in table.values()
        for text in value.values()
    }
    known |= {outcome.title["en"], flow.nodes[0].question["en"], "Yes"}
    tag, residue = body.split("\n", 1)
    assert tag == "[report:imminent_danger]"
    for text in sorted(known, key=len, reverse=True):
        residue = residue.replace(text, "")
    assert set(residue) <= set(":-; \n"), residue


@pytest.mark.parametrize(
    ("kind", "consent", "ok"),
    [
        (OutcomeKind.CONSENTED_REPORT, None, False),  # consent required
        (OutcomeKind.NO_REPORT, "given", False),  # nothing reported: no consent
        (OutcomeKind.NO_REPORT, None, True),
        (OutcomeKind.TIP_REVIEW, None, True),
        (OutcomeKind.TIP_REVIEW, "given", True),
        (OutcomeKind.IMMINENT_DANGER, "given", True),
        (OutcomeKind.MANDATED_REPORT, None, True),
    ],
)
def test_which_outcomes_take_a_consent(kind: OutcomeKind, consent: str | None, ok: bool) -> None:
    outcome = load_flow().outcome(kind)
    given = _consent(party=ConsentParty.REPORTER) if consent else None
    if ok:
        assert report_kind(report_note(outcome, given, "en")) is kind
    else:
        with pytest.raises(FlowError):
            report_note(outcome, given, "en")


def test_an_unfinished_walk_has_no_note_and_remarks_are_bounded() -> None:
    with pytest.raises(FlowError):
        load_flow().start().report_note(None, "en")
    outcome = load_flow().outcome(OutcomeKind.NO_REPORT)
    with pytest.raises(FlowError):
        report_note(outcome, None, "en", remarks="x" * (REMARKS_MAX + 1))


@pytest.mark.parametrize(
    "body",
    [
        "",
        "a note",
        "[report:]",
        "[report:world_peace]\n",
        " [report:no_report]",
        "[REPORT:no_report]",
    ],
)
def test_report_kind_of_other_bodies_is_none(body: str) -> None:
    assert report_kind(body) is None


def test_the_flow_object_is_immutable() -> None:
    flow: Flow = load_flow()
    with pytest.raises(ValidationError):
        flow.entry = "consent"  # type: ignore[misc] # (checking the frozen model refuses it)
