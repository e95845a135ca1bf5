"""The training simulator's data and choices: every scenario file validates in
both languages, a bad file is named in the error, advocates' questions map to
topics, and the planner mixes channels, languages, relay and interpreters."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from console.protocol import Channel, Disposition
from console.server.sim_contact import Pace
from console.server.sim_plan import INTERPRETER_LANGUAGES, Mix, NoScenarioError, Planner, sim_random
from console.server.sim_scenarios import (
    SCENARIO_LANGUAGES,
    ScenarioError,
    Then,
    load_scenarios,
    load_topics,
    scenario_folder,
)

# ---------------------------------------------------------------- scenario data


def test_every_scenario_file_validates_in_both_languages() -> None:
    scenarios = load_scenarios()
    assert len(scenarios) >= 10
    topics = load_topics()
    for scenario in scenarios:
        assert set(SCENARIO_LANGUAGES) <= set(scenario.script), scenario.id
        for language in SCENARIO_LANGUAGES:
            script = scenario.script[language]
            assert scenario.summary[language].strip(), scenario.id
            assert scenario.title[language].strip(), scenario.id
            assert script.turns, scenario.id
            assert set(script.answers) <= topics.names, scenario.id
            # Scenario ids are safe to log; the texts never are.
            assert all(t.text.strip() for t in script.turns)
    ids = [s.id for s in scenarios]
    assert len(ids) == len(set(ids))


def test_scenarios_cover_the_channels_and_categories_training_needs() -> None:
    scenarios = load_scenarios()
    channels = {c for s in scenarios for c in s.channels}
    assert channels == set(Channel)
    categories = {s.category for s in scenarios}
    assert {
        Disposition.CRISIS,
        Disposition.TIP,
        Disposition.REFERRAL,
        Disposition.GENERAL_INFORMATION,
        Disposition.HIGH_RISK,
    } <= categories
    # Someone texts STOP mid-way; someone opens with a carrier keyword.
    assert any(
        t.text == "STOP" for s in scenarios for script in s.script.values() for t in script.turns
    )
    openers = {o for s in scenarios for script in s.script.values() for o in script.text_openers}
    assert {"BEFREE", "HELP", "AYUDA"} <= openers
    # Spanish-leaning scenarios exist (Spanish-only texters).
    assert any(s.language_weights.get("es", 0) > s.language_weights.get("en", 0) for s in scenarios)
    assert any(
        t.then is Then.LEAVE for s in scenarios for sc in s.script.values() for t in sc.turns
    )


def _copy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    source = scenario_folder()
    for entry in source.iterdir():
        if entry.name.endswith(".json"):
            (folder / entry.name).write_text(entry.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_a_bad_scenario_file_is_named_in_the_error(tmp_path: Path) -> None:
    folder = _copy_folder(tmp_path)
    path = folder / "worried-friend.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["script"]["es"]
    data["category"] = "gossip"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenarios(folder)
    message = str(info.value)
    assert "worried-friend.json" in message
    assert "category" in message
    assert "es" in message


def test_unknown_answer_topics_and_mismatched_ids_are_refused(tmp_path: Path) -> None:
    folder = _copy_folder(tmp_path)
    path = folder / "general-information.json"
    original = path.read_text(encoding="utf-8")
    data = json.loads(original)
    data["script"]["en"]["answers"]["weather"] = "sunny"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"general-information\.json.*weather"):
        load_scenarios(folder)
    path.write_text(json.dumps({**json.loads(original), "id": "other-id"}), encoding="utf-8")
    with pytest.raises(ScenarioError, match="does not match the file name"):
        load_scenarios(folder)
    path.write_text(original, encoding="utf-8")
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"broken\.json"):
        load_scenarios(folder)


def test_topics_match_advocates_questions_in_both_languages() -> None:
    topics = load_topics()
    assert topics.matching("Are you safe right now?", "en") == ["safety"]
    assert topics.matching("¿Estás SEGURA ahora? ¿Dónde estás?", "es") == ["safety", "location"]
    assert "police" in topics.matching("Would you like us to call 911?", "en")
    assert "documents" in topics.matching("Who has your passport?", "en")
    assert "age" in topics.matching("¿Cuántos años tienes?", "es")
    assert topics.matching("Thank you for reaching out.", "en") == []
    assert topics.matching("Do you feel unsafe?", "en") == ["safety"]
    # Phrases match at the start of a word only: "owe" is not in "however".
    assert topics.matching("However you like.", "en") == []


# ---------------------------------------------------------------- choosing contacts


def test_the_planner_mixes_channels_languages_relay_and_interpreters() -> None:
    planner = Planner(sim_random(7), load_scenarios(), Mix(), Pace())
    plans = [planner.plan() for _ in range(600)]
    channels = Counter(p.channel for p in plans)
    assert set(channels) == set(Channel)
    assert {p.language for p in plans if p.channel is not Channel.CALL} == {"en", "es"}
    calls = [p for p in plans if p.channel is Channel.CALL]
    assert any(p.relay for p in calls)
    assert {p.language for p in calls} & set(INTERPRETER_LANGUAGES)
    assert not any(p.relay for p in plans if p.channel is not Channel.CALL)
    assert any(p.opener for p in plans if p.channel is Channel.TEXT)
    assert not any(p.opener for p in plans if p.channel is not Channel.TEXT)
    assert len({p.address for p in plans}) == len(plans)
    for plan in plans:
        assert plan.channel in plan.scenario.channels
        if plan.channel is not Channel.CALL:
            assert plan.language in plan.scenario.script


def test_the_planner_honours_requests_and_refuses_impossible_ones() -> None:
    planner = Planner(sim_random(1), load_scenarios(), Mix(), Pace())
    plan = planner.plan(scenario="nail-salon-stop", language="es")
    assert (plan.channel, plan.language, plan.scenario.id) == (
        Channel.TEXT,
        "es",
        "nail-salon-stop",
    )
    with pytest.raises(NoScenarioError):
        planner.plan(scenario="nail-salon-stop", channel=Channel.CALL)
    with pytest.raises(NoScenarioError):
        planner.plan(scenario="no-such-scenario")
