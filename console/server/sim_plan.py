"""Who the next practice contact is: channel, scenario, language, relay, opener.

Pure choices from a seeded random source, so a simulator run is repeatable.
Interpreted languages are phone-only (DOMAIN.md 6.1): texters and chatters
speak English or Spanish; some callers need an interpreter and some come
through 711 relay.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from console.protocol import Channel
from console.server.sim_contact import ContactPlan, Pace
from console.server.sim_scenarios import Scenario

INTERPRETER_LANGUAGES = ("vi", "zh", "tl", "ht", "ko", "ru", "ar", "pt")


@dataclass(frozen=True, slots=True)
class Mix:
    """How often each kind of contact arrives."""

    channels: Mapping[Channel, float] = field(
        default_factory=lambda: {Channel.TEXT: 0.45, Channel.CHAT: 0.35, Channel.CALL: 0.20}
    )
    interpreter_chance: float = 0.2  # a call in a language advocates don't speak
    interpreter_languages: Sequence[str] = INTERPRETER_LANGUAGES
    relay_chance: float = 0.15  # a call through 711 relay
    opener_chance: float = 0.4  # a texter who opens with BEFREE, HELP or AYUDA


class NoScenarioError(LookupError):
    """No scenario fits the requested channel or id."""


T = TypeVar("T")


def sim_random(seed: float | None = None) -> random.Random:
    """A seeded pseudo-random source for practice traffic (not for anything secret)."""
    return random.Random(seed)  # noqa: S311 (simulated contacts, never security)


def _weighted(rng: random.Random, items: Sequence[T], weights: Sequence[float]) -> T:
    return rng.choices(items, weights=weights, k=1)[0]


class Planner:
    """Draws contact plans; remembers addresses so each contact has its own."""

    def __init__(
        self, rng: random.Random, scenarios: Sequence[Scenario], mix: Mix, pace: Pace
    ) -> None:
        if not scenarios:
            raise NoScenarioError("the simulator needs at least one scenario")
        self._rng = rng
        self._scenarios = list(scenarios)
        self._mix = mix
        self._pace = pace
        self._used: set[str] = set()

    def scenario(self, scenario_id: str) -> Scenario:
        for scenario in self._scenarios:
            if scenario.id == scenario_id:
                return scenario
        raise NoScenarioError(f"no scenario {scenario_id!r}")

    def plan(
        self,
        *,
        scenario: str | None = None,
        channel: Channel | None = None,
        language: str | None = None,
        relay: bool | None = None,
        opener: str | None = None,
    ) -> ContactPlan:
        rng = self._rng
        if scenario is not None:
            chosen = self.scenario(scenario)
            channel = channel or rng.choice(chosen.channels)
            if channel not in chosen.channels:
                raise NoScenarioError(f"scenario {scenario!r} has no {channel.value} channel")
        else:
            channel = channel or self._channel()
            fitting = [s for s in self._scenarios if channel in s.channels]
            if not fitting:
                raise NoScenarioError(f"no scenario for the {channel.value} channel")
            chosen = _weighted(rng, fitting, [s.weight for s in fitting])
        spoken = language or self._language(chosen)
        is_relay = False
        if channel is Channel.CALL:
            if language is None and rng.random() < self._mix.interpreter_chance:
                spoken = rng.choice(list(self._mix.interpreter_languages))
            is_relay = (
                relay
                if relay is not None
                else (spoken in chosen.script and rng.random() < self._mix.relay_chance)
            )
        return ContactPlan(
            scenario=chosen,
            channel=channel,
            language=spoken,
            address=self._address(channel),
            relay=is_relay,
            opener=opener if opener is not None else self._opener(chosen, channel, spoken),
            leave_after_turn=self._leave_after(chosen, channel, spoken),
        )

    def _channel(self) -> Channel:
        offered = {s_channel for s in self._scenarios for s_channel in s.channels}
        channels = [c for c in self._mix.channels if c in offered]
        return _weighted(self._rng, channels, [self._mix.channels[c] for c in channels])

    def _language(self, scenario: Scenario) -> str:
        languages = [lang for lang in scenario.script if scenario.language_weights.get(lang, 0) > 0]
        return _weighted(
            self._rng, languages, [scenario.language_weights[lang] for lang in languages]
        )

    def _opener(self, scenario: Scenario, channel: Channel, language: str) -> str | None:
        script = scenario.script.get(language)
        if channel is not Channel.TEXT or script is None or not script.text_openers:
            return None
        if self._rng.random() >= self._mix.opener_chance:
            return None
        return self._rng.choice(script.text_openers)

    def _leave_after(self, scenario: Scenario, channel: Channel, language: str) -> int | None:
        script = scenario.script.get(language)
        if channel is not Channel.CHAT or script is None or len(script.turns) < 2:
            return None
        if self._rng.random() >= self._pace.leave_early_chance:
            return None
        return self._rng.randrange(1, len(script.turns))

    def _address(self, channel: Channel) -> str:
        while True:
            if channel is Channel.CHAT:
                address = f"sim-chat-{self._rng.getrandbits(48):012x}"
            else:
                # 555 numbers are fictitious; the backend stores only a keyed hash anyway.
                address = f"+1555{self._rng.randrange(10**7):07d}"
            if address not in self._used:
                self._used.add(address)
                return address
