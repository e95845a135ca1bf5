"""The reporting guide: a decision flow over data, and the consent record (DOMAIN.md 3).

The flow (``resources/reporting/flow.json``) is a tree of questions whose answers
lead to another question or to an outcome: immediate danger goes to emergency
services and the shift lead; a possible minor to the mandated report; an adult
speaking for themselves to consent, recorded as who consented, to sharing what,
with which recipient, how and until when; no consent means no report.  The rules
are data and checked when loaded (every reference resolves, no loops, every
question and outcome reachable, every text in every language).

    flow = load_flow()
    walk = flow.start()
    walk.answer("danger", "no")
    walk.answer("minor", "no")
    walk.outcome            # None until the walk ends
    walk.path               # the answers given, in order

Answering a question earlier on the path changes that answer and drops what
followed it; answering anything else raises :class:`FlowError`.

A report made is a note of kind ``report`` whose body :func:`report_note` writes.
Its first line, ``[report:<outcome kind>]``, lets the backend audit the outcome
without ever reading the rest of the body (:func:`report_kind`).
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from console.domain.checklists import localized
from console.domain.consent import Consent, ConsentMethod, ConsentParty, Key, method_for_channel
from console.protocol import LocalText

__all__ = [
    "REMARKS_MAX",
    "Consent",
    "ConsentMethod",
    "ConsentNeed",
    "ConsentParty",
    "Flow",
    "FlowDataError",
    "FlowError",
    "Outcome",
    "OutcomeKind",
    "Step",
    "Walk",
    "load_flow",
    "method_for_channel",
    "report_kind",
    "report_note",
]

REMARKS_MAX = 4000
_TAG = re.compile(r"\A\[report:([a-z_]{1,40})\]")


class FlowDataError(ValueError):
    """The flow file is unusable; the message names it."""


class FlowError(ValueError):
    """An answer the flow does not allow, or a consent it cannot accept."""


class OutcomeKind(StrEnum):
    IMMINENT_DANGER = "imminent_danger"
    LEAD_REVIEW = "lead_review"
    MANDATED_REPORT = "mandated_report"
    CONSENTED_REPORT = "consented_report"
    NO_REPORT = "no_report"
    TIP_REVIEW = "tip_review"


class ConsentNeed(StrEnum):
    REQUIRED = "required"  # no report without it
    OPTIONAL = "optional"  # may be recorded (a tipster sharing their own details)
    NOT_NEEDED = "not_needed"  # the hotline acts without it; recorded if given
    NONE = "none"  # nothing is reported, so there is nothing to consent to


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Answer(_Data):
    id: Key
    label: LocalText
    next: Key | None = None
    outcome: OutcomeKind | None = None


class Node(_Data):
    id: Key
    question: LocalText
    help: LocalText = Field(default_factory=dict)
    answers: Annotated[list[Answer], Field(min_length=2)]

    def answer(self, choice: str) -> Answer:
        for answer in self.answers:
            if answer.id == choice:
                return answer
        raise FlowError(f"question {self.id!r} has no answer {choice!r}")


class Outcome(_Data):
    kind: OutcomeKind
    title: LocalText
    summary: LocalText
    steps: list[LocalText]
    notify: list[Key]
    basis: Key
    consent: ConsentNeed


class ConsentTexts(_Data):
    max_days: Annotated[int, Field(ge=1, le=3660)]
    parties: dict[ConsentParty, LocalText]
    scopes: dict[Key, LocalText]
    recipients: list[Key]
    methods: dict[ConsentMethod, LocalText]


@dataclass(frozen=True, slots=True)
class Step:
    node: str
    choice: str


class Flow(_Data):
    id: Key
    version: Annotated[int, Field(ge=1)]
    languages: list[str]
    entry: Key  # the first question
    nodes: list[Node]
    outcomes: list[Outcome]
    recipients: dict[Key, LocalText]
    bases: dict[Key, LocalText]
    consent: ConsentTexts
    note: dict[Key, LocalText]

    def node(self, node_id: str) -> Node:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise FlowError(f"no question {node_id!r} in the flow")

    def outcome(self, kind: OutcomeKind | str) -> Outcome:
        for outcome in self.outcomes:
            if outcome.kind == kind:
                return outcome
        raise FlowError(f"no outcome {kind!r} in the flow")

    def start(self) -> Walk:
        """A new walk at the first question."""
        return Walk(self)

    def replay(self, path: Iterable[Step | tuple[str, str]]) -> Walk:
        """A walk rebuilt from a saved path (FlowError if the path is not possible)."""
        walk = Walk(self)
        for step in path:
            node, choice = (step.node, step.choice) if isinstance(step, Step) else step
            if walk.current is None or walk.current.id != node:
                raise FlowError(f"{node!r} does not follow on this path")
            walk.answer(node, choice)
        return walk

    def check_consent(self, consent: Consent, *, now: datetime | None = None) -> None:
        """FlowError unless the consent names known information and recipients,
        and is time-limited as the flow requires."""
        unknown = [s for s in consent.scope if s not in self.consent.scopes]
        if unknown:
            raise FlowError(f"unknown consent scope {unknown}")
        if consent.recipient not in self.consent.recipients:
            raise FlowError(f"{consent.recipient!r} is not a recipient one can consent to")
        if consent.until - consent.given_at > timedelta(days=self.consent.max_days):
            raise FlowError(f"consent lasts at most {self.consent.max_days} days")
        if now is not None and consent.until <= now:
            raise FlowError("this consent has expired")

    def label(self, table: dict[str, LocalText], key: str, language: str) -> str:
        text = table.get(key)
        return localized(text, language) if text else key


class Walk:
    """One walk through the flow: the current question, the path so far, the outcome."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self._path: list[Step] = []
        self._outcome: Outcome | None = None
        self._current: Node | None = flow.node(flow.entry)

    def __repr__(self) -> str:
        where = self._outcome.kind.value if self._outcome else getattr(self._current, "id", "?")
        return f"<Walk {len(self._path)} answers at {where}>"

    @property
    def current(self) -> Node | None:
        """The question to answer now (None once an outcome is reached)."""
        return self._current

    @property
    def outcome(self) -> Outcome | None:
        return self._outcome

    @property
    def path(self) -> tuple[Step, ...]:
        return tuple(self._path)

    @property
    def done(self) -> bool:
        return self._outcome is not None

    def answer(self, node_id: str, choice: str) -> Walk:
        """Answer the current question, or change an earlier answer on the path."""
        node = self.flow.node(node_id)
        answer = node.answer(choice)
        earlier = next((n for n, step in enumerate(self._path) if step.node == node_id), None)
        if earlier is not None:
            del self._path[earlier:]
        elif self._current is None or self._current.id != node_id:
            raise FlowError(f"question {node_id!r} is not on this path")
        self._path.append(Step(node_id, choice))
        if answer.outcome is not None:
            self._outcome, self._current = self.flow.outcome(answer.outcome), None
        else:
            assert answer.next is not None  # checked at load
            self._outcome, self._current = None, self.flow.node(answer.next)
        return self

    def back(self) -> Walk:
        """Undo the last answer."""
        if self._path:
            last = self._path.pop()
            self._outcome, self._current = None, self.flow.node(last.node)
        return self

    def report_note(self, consent: Consent | None, language: str, *, remarks: str = "") -> str:
        if self._outcome is None:
            raise FlowError("the walk has not reached an outcome")
        return report_note(
            self._outcome, consent, language, path=self._path, remarks=remarks, flow=self.flow
        )


# ---------------------------------------------------------------- loading and checks


def _texts(flow: Flow) -> Iterable[tuple[str, LocalText]]:
    for node in flow.nodes:
        yield f"question {node.id}", node.question
        if node.help:
            yield f"help {node.id}", node.help
        for answer in node.answers:
            yield f"answer {node.id}.{answer.id}", answer.label
    for outcome in flow.outcomes:
        yield f"outcome {outcome.kind.value}", outcome.title
        yield f"outcome {outcome.kind.value} summary", outcome.summary
        for n, step in enumerate(outcome.steps):
            yield f"outcome {outcome.kind.value} step {n + 1}", step
    for table_name, table in (
        ("recipients", flow.recipients),
        ("bases", flow.bases),
        ("consent.scopes", flow.consent.scopes),
        ("note", flow.note),
    ):
        for key, text in table.items():
            yield f"{table_name}.{key}", text
    for party, text in flow.consent.parties.items():
        yield f"consent.parties.{party.value}", text
    for method, text in flow.consent.methods.items():
        yield f"consent.methods.{method.value}", text


def _problems(flow: Flow) -> Iterable[str]:
    nodes = {n.id: n for n in flow.nodes}
    kinds = [o.kind for o in flow.outcomes]
    if len(nodes) != len(flow.nodes):
        yield "two questions share an id"
    if len(set(kinds)) != len(kinds):
        yield "two outcomes share a kind"
    missing = [k.value for k in OutcomeKind if k not in kinds]
    if missing:
        yield f"no outcome for {missing}"
    if flow.entry not in nodes:
        yield f"entry {flow.entry!r} is not a question"
    for lang_where, text in _texts(flow):
        absent = [lang for lang in flow.languages if not text.get(lang, "").strip()]
        if absent:
            yield f"{lang_where}: no text in {', '.join(absent)}"
    for node in flow.nodes:
        ids = [a.id for a in node.answers]
        if len(set(ids)) != len(ids):
            yield f"question {node.id}: two answers share an id"
        for answer in node.answers:
            if (answer.next is None) == (answer.outcome is None):
                yield f"answer {node.id}.{answer.id} needs exactly one of next or outcome"
            elif answer.next is not None and answer.next not in nodes:
                yield f"answer {node.id}.{answer.id} leads to unknown question {answer.next!r}"
    for outcome in flow.outcomes:
        for key in outcome.notify:
            if key not in flow.recipients:
                yield f"outcome {outcome.kind.value} notifies unknown {key!r}"
        if outcome.basis not in flow.bases:
            yield f"outcome {outcome.kind.value} has unknown basis {outcome.basis!r}"
    for key in flow.consent.recipients:
        if key not in flow.recipients:
            yield f"consent recipient {key!r} is not in recipients"
    for party in ConsentParty:
        if party not in flow.consent.parties:
            yield f"consent.parties lacks {party.value}"
    for method in ConsentMethod:
        if method not in flow.consent.methods:
            yield f"consent.methods lacks {method.value}"
    yield from _graph_problems(flow, nodes)


def _graph_problems(flow: Flow, nodes: dict[str, Node]) -> Iterable[str]:
    """No loops; every question and outcome reachable from the start."""
    if flow.entry not in nodes:
        return
    seen: set[str] = set()
    outcomes: set[OutcomeKind] = set()
    trail: list[str] = []

    def visit(node_id: str) -> Iterable[str]:
        if node_id in trail:
            yield f"the flow loops at {node_id!r}"
            return
        if node_id in seen or node_id not in nodes:
            return
        seen.add(node_id)
        trail.append(node_id)
        for answer in nodes[node_id].answers:
            if answer.outcome is not None:
                outcomes.add(answer.outcome)
            elif answer.next is not None:
                yield from visit(answer.next)
        trail.pop()

    yield from visit(flow.entry)
    unreached = sorted(set(nodes) - seen)
    if unreached:
        yield f"questions never reached: {unreached}"
    lost = sorted(o.kind.value for o in flow.outcomes if o.kind not in outcomes)
    if lost:
        yield f"outcomes never reached: {lost}"


def parse_flow(name: str, data: Any) -> Flow:
    """Validate a flow (parsed JSON); ``name`` is the file, for the error."""
    try:
        flow = Flow.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise FlowDataError(f"{name}: {problems}") from None
    found = list(_problems(flow))
    if found:
        raise FlowDataError(f"{name}: " + "; ".join(found[:5]))
    return flow


@cache
def load_flow() -> Flow:
    """The hotline's reporting flow from ``resources/reporting/flow.json`` (cached)."""
    entry = importlib.resources.files("console.resources").joinpath("reporting", "flow.json")
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise FlowDataError(f"flow.json: not valid JSON ({exc})") from None
    return parse_flow("flow.json", data)


# ---------------------------------------------------------------- the report note


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def report_note(
    outcome: Outcome,
    consent: Consent | None,
    language: str,
    *,
    path: Sequence[Step] = (),
    remarks: str = "",
    flow: Flow | None = None,
) -> str:
    """The body of a note of kind ``report``: the outcome, its basis, the answers
    given, the consent and whom to notify, plus what the advocate typed in
    ``remarks``.  Nothing else of the case goes into it."""
    flow = flow or load_flow()
    if outcome.consent is ConsentNeed.REQUIRED and consent is None:
        raise FlowError("this outcome needs the person's consent")
    if outcome.consent is ConsentNeed.NONE and consent is not None:
        raise FlowError("nothing is reported on this outcome, so no consent is recorded")
    if consent is not None:
        flow.check_consent(consent)
    if len(remarks) > REMARKS_MAX:
        raise FlowError(f"remarks are at most {REMARKS_MAX} characters")

    def say(key: str) -> str:
        return flow.label(flow.note, key, language)

    lines = [
        f"[report:{outcome.kind.value}]",
        f"{say('heading')}: {localized(outcome.title, language)}",
        f"{say('basis')}: {flow.label(flow.bases, outcome.basis, language)}",
    ]
    if path:
        lines += ["", f"{say('answers')}:"]
        for step in path:
            node = flow.node(step.node)
            answer = node.answer(step.choice)
            lines.append(
                f"- {localized(node.question, language)} {localized(answer.label, language)}"
            )
    lines += ["", f"{say('consent')}:"]
    if consent is None:
        lines.append(f"- {say('no_consent')}")
    else:
        scopes = "; ".join(flow.label(flow.consent.scopes, s, language) for s in consent.scope)
        lines += [
            f"- {say('party')}: {localized(flow.consent.parties[consent.party], language)}",
            f"- {say('scope')}: {scopes}",
            f"- {say('recipient')}: {flow.label(flow.recipients, consent.recipient, language)}",
            f"- {say('method')}: {localized(flow.consent.methods[consent.method], language)}",
            f"- {say('given')}: {_when(consent.given_at)}",
            f"- {say('until')}: {_when(consent.until)}",
        ]
    if outcome.notify:
        names = "; ".join(flow.label(flow.recipients, k, language) for k in outcome.notify)
        lines += ["", f"{say('notify')}: {names}"]
    if remarks.strip():
        lines += ["", f"{say('remarks')}:", remarks.strip()]
    return "\n".join(lines)


def report_kind(body: str) -> OutcomeKind | None:
    """The outcome a report note records (its first line), or None."""
    match = _TAG.match(body)
    if match is None:
        return None
    try:
        return OutcomeKind(match.group(1))
    except ValueError:
        return None
