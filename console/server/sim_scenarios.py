"""Training scenarios as data: the schema, the loader and keyword topics.

Each scenario is one JSON file in ``resources/scenarios/`` (its name is the
scenario id) holding both languages: metadata for the trainer (category,
channels, an advocate-facing summary) and, per language, the contact's turns.
``topics.json`` in the same folder lists, per topic and language, the phrases
that make a simulated contact answer that topic ("are you safe?" -> the
scenario's ``safety`` answer).  Every file is validated with pydantic when it is
loaded; a bad file raises :class:`ScenarioError` naming it.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from enum import StrEnum
from functools import cache
from importlib.resources.abc import Traversable
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from console.protocol import TEXT_BODY_MAX, Channel, Disposition

SCENARIO_LANGUAGES = ("en", "es")
TOPICS_FILE = "topics.json"
_SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class ScenarioError(ValueError):
    """A scenario or topics file is missing or does not match the schema."""


class Then(StrEnum):
    """What the contact does after a turn."""

    WAIT = "wait"  # wait for the advocate's answer (or a time-out)
    CONTINUE = "continue"  # send the next turn after a typing pause
    LEAVE = "leave"  # leave the conversation


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


TurnText = Annotated[str, Field(min_length=1, max_length=TEXT_BODY_MAX)]


class Turn(_Strict):
    text: TurnText
    then: Then = Then.WAIT


class Script(_Strict):
    """One language of a scenario: what the contact says."""

    turns: Annotated[list[Turn], Field(min_length=1)]
    answers: dict[str, TurnText] = Field(default_factory=dict)
    text_openers: list[Annotated[str, Field(min_length=1, max_length=20)]] = Field(
        default_factory=list
    )
    farewell: TurnText | None = None


def _both_languages(value: Mapping[str, object], what: str) -> None:
    missing = [lang for lang in SCENARIO_LANGUAGES if lang not in value]
    if missing:
        raise ValueError(f"{what} lacks language(s) {', '.join(missing)}")


class Scenario(_Strict):
    id: Annotated[str, Field(pattern=_SLUG, max_length=64)]
    title: dict[str, Annotated[str, Field(min_length=1)]]
    category: Disposition
    trafficking_type: Literal["labor", "sex", "sex_and_labor", "unknown", "none"]
    channels: Annotated[list[Channel], Field(min_length=1)]
    weight: Annotated[float, Field(gt=0, le=100)] = 1.0
    language_weights: dict[str, Annotated[float, Field(ge=0)]] = Field(
        default_factory=lambda: {"en": 0.65, "es": 0.35}
    )
    summary: dict[str, Annotated[str, Field(min_length=1)]]
    script: dict[str, Script]

    @model_validator(mode="after")
    def _check(self) -> Scenario:
        _both_languages(self.title, "title")
        _both_languages(self.summary, "summary")
        _both_languages(self.script, "script")
        unknown = set(self.language_weights) - set(self.script)
        if unknown:
            raise ValueError(
                f"language_weights names languages without a script: {sorted(unknown)}"
            )
        if not any(self.language_weights.get(lang, 0) > 0 for lang in self.script):
            raise ValueError("language_weights gives every language a weight of 0")
        if len(set(self.channels)) != len(self.channels):
            raise ValueError("channels repeats a channel")
        return self

    @property
    def languages(self) -> list[str]:
        return sorted(self.script)

    def __repr__(self) -> str:
        channels = ",".join(c.value for c in self.channels)
        return f"<Scenario {self.id} {self.category.value} [{channels}]>"


class TopicsFile(_Strict):
    description: str = ""
    topics: dict[str, dict[str, list[Annotated[str, Field(min_length=1)]]]]

    @model_validator(mode="after")
    def _check(self) -> TopicsFile:
        for name, phrases in self.topics.items():
            _both_languages(phrases, f"topic {name!r}")
        return self


# ---------------------------------------------------------------- matching


def fold(text: str) -> str:
    """Lower-case without accents, for matching advocates' words to topics."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class Topics:
    """Which topics an advocate's message touches, per language."""

    def __init__(self, phrases: Mapping[str, Mapping[str, Iterable[str]]]) -> None:
        self._patterns: dict[str, dict[str, re.Pattern[str]]] = {}
        for topic, per_language in phrases.items():
            for language, words in per_language.items():
                alternatives = "|".join(re.escape(fold(word)) for word in words)
                self._patterns.setdefault(language, {})[topic] = re.compile(
                    rf"(?<!\w)(?:{alternatives})"
                )

    @property
    def names(self) -> set[str]:
        return {topic for table in self._patterns.values() for topic in table}

    def matching(self, body: str, language: str) -> list[str]:
        """The topics ``body`` touches, in the topics file's order."""
        table = self._patterns.get(language) or self._patterns.get("en", {})
        folded = fold(body)
        return [topic for topic, pattern in table.items() if pattern.search(folded)]


# ---------------------------------------------------------------- loading


def scenario_folder() -> Traversable:
    """``resources/scenarios``, installed as part of ``console.resources``."""
    return importlib.resources.files("console.resources").joinpath("scenarios")


def _read(entry: Traversable) -> object:
    try:
        return json.loads(entry.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ScenarioError(f"scenarios/{entry.name}: cannot read: {exc}") from exc


def _validation_message(name: str, exc: ValidationError) -> str:
    lines = [f"scenarios/{name}: does not match the scenario schema:"]
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "(file)"
        lines.append(f"  {where}: {error['msg']}")
    return "\n".join(lines)


def parse_scenario(name: str, data: object, topic_names: set[str]) -> Scenario:
    """Validate one scenario file's content; ``name`` is its file name."""
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(_validation_message(name, exc)) from exc
    if f"{scenario.id}.json" != name:
        raise ScenarioError(f"scenarios/{name}: id {scenario.id!r} does not match the file name")
    for language, script in scenario.script.items():
        unknown = set(script.answers) - topic_names
        if unknown:
            raise ScenarioError(
                f"scenarios/{name}: script.{language}.answers names unknown topic(s) "
                f"{sorted(unknown)} (known: {sorted(topic_names)})"
            )
    return scenario


def load_topics(folder: Traversable | None = None) -> Topics:
    folder = folder or scenario_folder()
    entry = folder.joinpath(TOPICS_FILE)
    try:
        parsed = TopicsFile.model_validate(_read(entry))
    except ValidationError as exc:
        raise ScenarioError(_validation_message(TOPICS_FILE, exc)) from exc
    return Topics(parsed.topics)


def load_scenarios(folder: Traversable | None = None) -> list[Scenario]:
    """Every scenario in the folder, validated, sorted by id."""
    folder = folder or scenario_folder()
    topic_names = load_topics(folder).names
    scenarios = [
        parse_scenario(entry.name, _read(entry), topic_names)
        for entry in folder.iterdir()
        if entry.name.endswith(".json") and entry.name != TOPICS_FILE
    ]
    if not scenarios:
        raise ScenarioError("scenarios/: no scenario files found")
    return sorted(scenarios, key=lambda s: s.id)


@cache
def default_scenarios() -> tuple[Scenario, ...]:
    return tuple(load_scenarios())


@cache
def default_topics() -> Topics:
    return load_topics()
