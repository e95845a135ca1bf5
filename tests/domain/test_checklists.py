"""console.domain.checklists: the bundled templates, runs, versions, indicators."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from typing import Any

import pytest

from console.domain.checklists import (
    CHOICE_PHRASES,
    COMMENT_MAX,
    EFFECT_TRAFFICKING_WITHOUT_MEANS,
    ChecklistError,
    Run,
    TemplateError,
    assess_indicators,
    load_templates,
    localized,
    parse_template,
    template_by_id,
)
from console.protocol import (
    ChecklistKind,
    ChecklistRunRecord,
    ChecklistTemplate,
    ItemState,
)

SAFETY = (
    "safety_immediate_danger",
    "safety_planning_to_leave",
    "safety_after_leaving",
    "safety_digital",
)


def _template(template_id: str) -> ChecklistTemplate:
    found = template_by_id(load_templates(), template_id)
    assert found is not None
    return found


def _small(**changes: Any) -> dict[str, Any]:
    """A tiny valid template as JSON data, with ``changes`` applied on top."""
    data: dict[str, Any] = {
        "id": "tiny",
        "version": 2,
        "kind": "safety_plan",
        "languages": ["en", "es"],
        "title": {"en": "Tiny", "es": "Pequeña"},
        "choice_wording": True,
        "sections": [{"id": "s", "title": {"en": "Section", "es": "Sección"}}],
        "items": [
            {
                "id": "a",
                "section": "s",
                "text": {"en": "Would you like A?", "es": "¿Le gustaría A?"},
            },
            {
                "id": "b",
                "section": "s",
                "text": {"en": "Would you like B?", "es": "¿Le gustaría B?"},
            },
            {
                "id": "old",
                "section": "s",
                "text": {"en": "Would you like the old one?", "es": "¿Le gustaría lo viejo?"},
                "retired_in": 2,
            },
        ],
    }
    data.update(changes)
    return data


# ---------------------------------------------------------------- the bundled templates


def test_the_bundled_templates_load_in_english_and_spanish() -> None:
    templates = load_templates()
    ids = {t.id for t in templates}
    assert {*SAFETY, "trafficking_indicators", "reporting_protocol"} <= ids
    for template in templates:
        assert {"en", "es"} <= set(template.languages)
        assert template.version >= 1
        for item in template.items:
            assert item.text["en"].strip() and item.text["es"].strip()
            assert item.text["en"] != item.text["es"]


def test_safety_plan_items_are_worded_as_the_persons_choices() -> None:
    for template_id in SAFETY:
        template = _template(template_id)
        assert template.kind is ChecklistKind.SAFETY_PLAN
        assert template.choice_wording
        for item in template.items:
            for language, phrases in CHOICE_PHRASES.items():
                text = item.text[language].casefold()
                assert any(p in text for p in phrases), (template_id, item.id, language)


def test_the_indicators_state_that_a_minor_in_commercial_sex_needs_no_means() -> None:
    template = _template("trafficking_indicators")
    assert template.kind is ChecklistKind.INDICATORS
    rule = next(r for r in template.rules if r.effect == EFFECT_TRAFFICKING_WITHOUT_MEANS)
    items = {i.id: i for i in template.items}
    for item_id in rule.when_any:
        assert {"minor", "type:sex"} <= set(items[item_id].tags)
    assert "force, fraud or coercion" in rule.text["en"]
    assert "fuerza, fraude ni coerción" in rule.text["es"]
    sections = {i.section for i in template.items}
    assert {"force", "fraud", "coercion", "sex", "labor", "red_flags", "minors"} <= sections


def test_the_templates_travel_as_json_and_come_back_equal() -> None:
    for template in load_templates():
        again = ChecklistTemplate.model_validate_json(template.model_dump_json())
        assert again == template


# ---------------------------------------------------------------- validation names the file


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"title": {"en": "Only English"}}, "title: no text in es"),
        ({"languages": ["es"]}, "languages must include 'en'"),
        ({"surprise": 1}, "surprise"),
        ({"version": 0}, "version"),
        ({"id": "Bad Id"}, "id"),
        ({"kind": "indicators"}, "minor in commercial sex"),
    ],
)
def test_a_bad_template_is_refused_naming_its_file(change: dict[str, Any], complaint: str) -> None:
    with pytest.raises(TemplateError) as caught:
        parse_template("broken.json", _small(**change))
    assert str(caught.value).startswith("broken.json: ")
    assert complaint in str(caught.value)


def test_item_level_mistakes_are_named() -> None:
    data = _small()
    data["items"][1]["section"] = "nowhere"
    data["items"][0]["text"]["en"] = "Do A now."  # not the person's choice
    data["items"][2]["retired_in"] = 5
    data["items"].append(copy.deepcopy(data["items"][0]))
    with pytest.raises(TemplateError) as caught:
        parse_template("items.json", data)
    message = str(caught.value)
    for expected in ("no section 'nowhere'", "duplicate item ids: a", "after 2", "choice"):
        assert expected in message


def test_rules_must_name_known_items_and_effects() -> None:
    rule = {"id": "r", "when_any": ["ghost"], "effect": "explode", "text": {"en": "x", "es": "y"}}
    with pytest.raises(TemplateError) as caught:
        parse_template("rules.json", _small(rules=[rule]))
    assert "unknown effect 'explode'" in str(caught.value)
    assert "ghost" in str(caught.value)


# ---------------------------------------------------------------- runs


def test_a_new_run_has_every_current_item_todo() -> None:
    template = parse_template("t.json", _small())
    run = Run.start(template)
    assert run.template_id == "tiny" and run.template_version == 2
    assert set(run.items) == {"a", "b"}  # the retired item is not offered
    assert all(i.state is ItemState.TODO for i in run.items.values())
    assert str(run.progress(template)) == "0/2"
    assert run.next_item(template) == "a"


def test_marking_items_moves_progress_and_the_next_item() -> None:
    template = _template("safety_immediate_danger")
    run = Run.start(template)
    ids = [i.id for i in template.items]
    run = run.with_state(template, ids[0], ItemState.DONE)
    run = run.with_state(template, ids[1], "declined")
    run = run.with_state(template, ids[3], ItemState.NOT_APPLICABLE)
    progress = run.progress(template)
    assert (progress.answered, progress.total) == (3, len(ids))
    assert 0 < progress.fraction < 1 and not progress.complete
    assert run.next_item(template) == ids[2]
    assert run.next_item(template, after=ids[2]) == ids[4]  # jump around: after the current one
    assert run.next_item(template, after=ids[-1]) == ids[2]  # wraps round
    run = run.with_state(template, ids[2], ItemState.TODO)
    for item_id in ids:
        run = run.with_state(template, item_id, ItemState.DONE)
    assert run.progress(template).complete
    assert run.next_item(template) is None


def test_a_change_returns_a_new_run_and_keeps_the_comment() -> None:
    template = _template("safety_digital")
    start = Run.start(template)
    commented = start.with_comment(template, "safer_device", "  library on Tuesdays  ")
    marked = commented.with_state(template, "safer_device", ItemState.DONE)
    assert start.item("safer_device").comment is None  # unchanged
    assert marked.item("safer_device").comment == "library on Tuesdays"
    assert marked.item("safer_device").state is ItemState.DONE
    assert marked.with_comment(template, "safer_device", "   ").item("safer_device").comment is None


def test_comments_are_at_most_500_characters() -> None:
    template = _template("safety_digital")
    run = Run.start(template)
    assert (
        len(
            run.with_comment(template, "accounts", "x" * COMMENT_MAX).items["accounts"].comment
            or ""
        )
        == 500
    )
    with pytest.raises(ChecklistError):
        run.with_comment(template, "accounts", "x" * (COMMENT_MAX + 1))


@pytest.mark.parametrize(
    ("item_id", "state"),
    [("no_such_item", ItemState.DONE), ("accounts", "finished"), ("accounts", "")],
)
def test_unknown_items_and_states_are_refused(item_id: str, state: str) -> None:
    template = _template("safety_digital")
    with pytest.raises(ChecklistError):
        Run.start(template).with_state(template, item_id, state)


def test_a_run_is_only_changed_against_its_own_template() -> None:
    run = Run.start(_template("safety_digital"))
    with pytest.raises(ChecklistError):
        run.with_state(_template("safety_after_leaving"), "reassess", ItemState.DONE)


def test_a_run_from_an_older_version_still_renders() -> None:
    v2 = parse_template("t.json", _small())
    # A run started from version 1, when "old" was still an item; "mystery" is unknown.
    record = ChecklistRunRecord(
        id="run-1",
        version=3,
        updated_at=datetime.now(UTC),
        case_id="case-1",
        template_id="tiny",
        template_version=1,
        items={
            "a": {"state": "done", "comment": "yes"},
            "old": {"state": "declined", "comment": "not now"},
            "mystery": {"state": "done"},
        },
    )
    run = Run.from_record(record)
    rows = run.rows(v2, "en")
    assert [r.item_id for r in rows] == ["a", "b", "old", "mystery"]
    by_id = {r.item_id: r for r in rows}
    assert by_id["b"].state is ItemState.TODO and not by_id["b"].retired  # new in v2
    assert by_id["old"].retired and by_id["old"].text == "Would you like the old one?"
    assert by_id["old"].comment == "not now"
    assert by_id["mystery"].retired and not by_id["mystery"].known
    assert by_id["mystery"].text == "mystery"
    assert str(run.progress(v2)) == "1/2"  # current items only
    assert run.next_item(v2) == "b"
    changed = run.with_comment(v2, "old", "kept")  # kept items can still be annotated
    assert changed.item("old").comment == "kept"
    assert changed.template_version == 1


def test_rows_in_spanish_use_the_templates_words() -> None:
    template = _template("safety_immediate_danger")
    run = Run.start(template).with_state(template, "offer_911", ItemState.DECLINED)
    rows = {r.item_id: r for r in run.rows(template, "es-MX")}
    row = rows["offer_911"]
    assert row.text == template.items[1].text["es"]
    assert row.section_title == "Primeras preguntas"
    assert row.state_label == "La persona prefirió no hacerlo"
    assert rows["safe_to_talk"].state_label == "Aún no se ha hablado"
    english = {r.item_id: r for r in run.rows(template, "fr")}  # no French: English
    assert english["offer_911"].state_label == "The person chose not to"


def test_fields_round_trip_through_the_wire_record() -> None:
    template = _template("reporting_protocol")
    run = Run.start(template).with_state(template, "alert_lead", ItemState.DONE)
    run = run.with_comment(template, "alert_lead", "lead joined")
    fields = run.fields()
    assert json.loads(json.dumps(fields)) == fields  # plain JSON for the outbox
    record = ChecklistRunRecord(
        id="r", version=1, updated_at=datetime.now(UTC), case_id="c", **fields
    )
    assert Run.from_record(record) == run


def test_a_runs_repr_never_shows_comments() -> None:
    template = _template("safety_digital")
    run = Run.start(template).with_comment(template, "accounts", "Maria's sister's phone")
    assert "Maria" not in repr(run)


def test_localized_falls_back_to_the_primary_language_then_english() -> None:
    text = {"en": "Hello", "es": "Hola"}
    assert localized(text, "es-419") == "Hola"
    assert localized(text, "vi") == "Hello"
    assert localized({"es": "Hola"}, "vi") == "Hola"


# ---------------------------------------------------------------- indicators


def _indicators(*done: str) -> tuple[ChecklistTemplate, Run]:
    template = _template("trafficking_indicators")
    run = Run.start(template)
    for item_id in done:
        run = run.with_state(template, item_id, ItemState.DONE)
    return template, run


def test_a_minor_in_commercial_sex_is_trafficking_without_force_fraud_or_coercion() -> None:
    template, run = _indicators("minor_commercial_sex")
    result = assess_indicators(template, run)
    assert result.means == frozenset()
    assert result.minor_in_commercial_sex
    assert not result.means_required
    assert result.possible_sex_trafficking
    assert result.mandated_report
    assert {r.id for r in result.rules} == {"minor_in_commercial_sex", "minor_harmed"}


def test_an_adult_in_commercial_sex_needs_force_fraud_or_coercion() -> None:
    template, run = _indicators("sex_manager_quota")
    result = assess_indicators(template, run)
    assert result.means_required and not result.possible_sex_trafficking
    assert not result.mandated_report
    template, run = _indicators("sex_manager_quota", "coercion_debt")
    result = assess_indicators(template, run)
    assert result.means == {"coercion"} and result.possible_sex_trafficking


def test_labor_indicators_with_fraud_point_to_labor_trafficking() -> None:
    template, run = _indicators("labor_unpaid", "fraud_false_promises", "force_confinement")
    result = assess_indicators(template, run)
    assert result.means == {"fraud", "force"}
    assert result.possible_labor_trafficking and not result.possible_sex_trafficking


def test_declined_or_absent_indicators_count_for_nothing() -> None:
    template = _template("trafficking_indicators")
    run = Run.start(template).with_state(template, "minor_commercial_sex", ItemState.DECLINED)
    run = run.with_state(template, "coercion_debt", ItemState.NOT_APPLICABLE)
    result = assess_indicators(template, run)
    assert result.present == () and not result.mandated_report and result.means_required


def test_the_minor_rule_holds_in_the_domain_even_if_a_template_lost_it() -> None:
    template = _template("trafficking_indicators").model_copy(update={"rules": []})
    run = Run.start(template).with_state(template, "minor_commercial_sex", ItemState.DONE)
    result = assess_indicators(template, run)
    assert result.minor_in_commercial_sex and not result.means_required
    assert result.mandated_report
