"""Checklist templates and runs: safety planning, indicators, the reporting protocol.

Templates are versioned data (``resources/checklists/*.json``, served by
``GET /api/v1/checklists``), validated when loaded: a bad file raises
:class:`TemplateError` naming it.  A :class:`Run` is the content of a
``checklist_run`` record: every item's state (todo, done, declined by the
person, not applicable) and a short comment.  Runs are immutable values: each
change returns a new run, which the caller stores and syncs.

Versions: a run keeps the ``template_version`` it started from and is always
shown against the template the console has now.  Items a later version retired
stay in the template with ``retired_in``, so an older run still shows their text;
an item the template does not know at all is kept and shown by its id.  Progress
and "next item" count the template's current items only.

Indicators (DOMAIN.md section 2): :func:`assess_indicators` sums up a run of an
``indicators`` template.  For an adult, trafficking needs force, fraud or
coercion; a person under 18 in commercial sex is a victim without any of them.
That rule is explicit twice: the template must state it (a rule with the effect
``trafficking_without_means`` on items tagged ``minor`` and ``type:sex``, checked
at load) and :func:`assess_indicators` applies it to such items whatever rules a
template carries.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import ValidationError

from console.protocol import (
    ChecklistItem,
    ChecklistKind,
    ChecklistRule,
    ChecklistRunRecord,
    ChecklistTemplate,
    ChecklistTemplateItem,
    ItemState,
    LocalText,
)

__all__ = [
    "CHOICE_PHRASES",
    "COMMENT_MAX",
    "EFFECT_MANDATED_REPORT",
    "EFFECT_TRAFFICKING_WITHOUT_MEANS",
    "ChecklistError",
    "IndicatorAssessment",
    "Progress",
    "Run",
    "RunRow",
    "TemplateError",
    "assess_indicators",
    "load_templates",
    "localized",
    "parse_template",
    "template_by_id",
]

COMMENT_MAX = 500
FALLBACK_LANGUAGE = "en"

EFFECT_TRAFFICKING_WITHOUT_MEANS = "trafficking_without_means"
EFFECT_MANDATED_REPORT = "mandated_report"
EFFECTS = frozenset({EFFECT_TRAFFICKING_WITHOUT_MEANS, EFFECT_MANDATED_REPORT})

TAG_MINOR = "minor"
TAG_SEX = "type:sex"
TAG_LABOR = "type:labor"
MEANS = ("force", "fraud", "coercion")

#: Safety-plan items are the person's choices and say so (DOMAIN.md 1.1): with
#: ``choice_wording``, each item's text holds one of these (case-insensitive).
CHOICE_PHRASES: Mapping[str, tuple[str, ...]] = {
    "en": ("would you like", "if you choose", "if you want"),
    "es": ("le gustaría", "si usted decide", "si lo desea", "si usted quiere"),
}

ANSWERED = frozenset({ItemState.DONE, ItemState.DECLINED, ItemState.NOT_APPLICABLE})


class TemplateError(ValueError):
    """A checklist template file is unusable; the message names the file."""


class ChecklistError(ValueError):
    """A change a run does not allow (unknown item, comment too long)."""


def localized(text: LocalText, language: str) -> str:
    """``text`` in ``language`` (a BCP 47 tag), else its primary language, else English."""
    primary = language.split("-", 1)[0].lower()
    for key in (language, primary, FALLBACK_LANGUAGE):
        value = text.get(key)
        if value:
            return value
    return next(iter(text.values()), "")


# ---------------------------------------------------------------- templates


def parse_template(name: str, data: Any) -> ChecklistTemplate:
    """Validate one template (parsed JSON); ``name`` is the file, for the error."""
    try:
        template = ChecklistTemplate.model_validate(data, extra="forbid")
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc']) or '(top)'}: {error['msg']}"
            for error in exc.errors()[:5]
        )
        raise TemplateError(f"{name}: {problems}") from None
    found = list(_problems(template))
    if found:
        raise TemplateError(f"{name}: " + "; ".join(found[:5]))
    return template


def _texts(template: ChecklistTemplate) -> Iterable[tuple[str, LocalText]]:
    yield "title", template.title
    if template.description:
        yield "description", template.description
    for state, label in template.state_labels.items():
        yield f"state_labels.{state.value}", label
    for section in template.sections:
        yield f"section {section.id}", section.title
    for item in template.items:
        yield f"item {item.id}", item.text
        if item.help:
            yield f"item {item.id} help", item.help
    for rule in template.rules:
        yield f"rule {rule.id}", rule.text


def _problems(template: ChecklistTemplate) -> Iterable[str]:
    if FALLBACK_LANGUAGE not in template.languages:
        yield f"languages must include {FALLBACK_LANGUAGE!r}"
    for where, text in _texts(template):
        missing = [lang for lang in template.languages if not text.get(lang, "").strip()]
        if missing:
            yield f"{where}: no text in {', '.join(missing)}"
    sections = [s.id for s in template.sections]
    items = [i.id for i in template.items]
    for kind, ids in (("section", sections), ("item", items)):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            yield f"duplicate {kind} ids: {', '.join(duplicates)}"
    for item in template.items:
        if item.section not in sections:
            yield f"item {item.id}: no section {item.section!r}"
        if item.retired_in is not None and item.retired_in > template.version:
            yield f"item {item.id}: retired in {item.retired_in}, after {template.version}"
    for rule in template.rules:
        if rule.effect not in EFFECTS:
            yield f"rule {rule.id}: unknown effect {rule.effect!r}"
        unknown = [i for i in rule.when_any if i not in items]
        if unknown or not rule.when_any:
            yield f"rule {rule.id}: when_any names unknown items {unknown}"
    if template.kind is ChecklistKind.INDICATORS and not _states_minor_rule(template):
        yield (
            "an indicators template must state that a minor in commercial sex needs no force,"
            f" fraud or coercion (a rule with effect {EFFECT_TRAFFICKING_WITHOUT_MEANS!r}"
            f" on items tagged {TAG_MINOR!r} and {TAG_SEX!r})"
        )
    if template.choice_wording:
        yield from _choice_problems(template)


def _is_minor_sex(item: ChecklistTemplateItem) -> bool:
    return TAG_MINOR in item.tags and TAG_SEX in item.tags


def _states_minor_rule(template: ChecklistTemplate) -> bool:
    by_id = {i.id: i for i in template.items}
    return any(
        rule.effect == EFFECT_TRAFFICKING_WITHOUT_MEANS
        and all(i in by_id and _is_minor_sex(by_id[i]) for i in rule.when_any)
        for rule in template.rules
    )


def _choice_problems(template: ChecklistTemplate) -> Iterable[str]:
    for item in template.items:
        for language, phrases in CHOICE_PHRASES.items():
            text = item.text.get(language)
            if text is not None and not any(p in text.casefold() for p in phrases):
                yield f"item {item.id} ({language}) is not worded as the person's choice"


@cache
def load_templates() -> tuple[ChecklistTemplate, ...]:
    """Every template in ``resources/checklists/``, sorted by id (cached)."""
    folder = importlib.resources.files("console.resources").joinpath("checklists")
    templates = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise TemplateError(f"{entry.name}: not valid JSON ({exc})") from None
        templates.append(parse_template(entry.name, data))
    ids = [t.id for t in templates]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise TemplateError(f"checklists: two files define {', '.join(duplicates)}")
    return tuple(sorted(templates, key=lambda t: t.id))


def template_by_id(
    templates: Iterable[ChecklistTemplate], template_id: str
) -> ChecklistTemplate | None:
    return next((t for t in templates if t.id == template_id), None)


def _current(template: ChecklistTemplate) -> list[ChecklistTemplateItem]:
    return [i for i in template.items if i.retired_in is None]


# ---------------------------------------------------------------- runs


@dataclass(frozen=True, slots=True)
class Progress:
    answered: int
    total: int

    @property
    def fraction(self) -> float:
        return self.answered / self.total if self.total else 1.0

    @property
    def complete(self) -> bool:
        return self.answered >= self.total

    def __str__(self) -> str:
        return f"{self.answered}/{self.total}"


@dataclass(frozen=True, slots=True)
class RunRow:
    """One line of a run as a panel shows it, in one language."""

    item_id: str
    section_id: str | None
    section_title: str
    text: str
    help: str
    state: ItemState
    state_label: str
    comment: str | None
    retired: bool = False  # no longer in the checklist; kept from an older version
    known: bool = True  # False: the template has no such item (shown by its id)


_EMPTY = ChecklistItem()


@dataclass(frozen=True, slots=True)
class Run:
    """The content of a ``checklist_run`` record (immutable; changes return a new run)."""

    template_id: str
    template_version: int
    items: Mapping[str, ChecklistItem] = field(default_factory=dict)

    def __repr__(self) -> str:  # comments are the person's words: never in a repr
        return f"<Run {self.template_id} v{self.template_version} items={len(self.items)}>"

    @classmethod
    def start(cls, template: ChecklistTemplate) -> Run:
        """A new run: every current item ``todo``."""
        return cls(
            template.id, template.version, {i.id: ChecklistItem() for i in _current(template)}
        )

    @classmethod
    def from_record(cls, record: ChecklistRunRecord) -> Run:
        return cls(record.template_id, record.template_version, dict(record.items))

    def fields(self) -> dict[str, Any]:
        """The mutation fields for ``POST /sync`` (add ``case_id`` and ``session_id``)."""
        return {
            "template_id": self.template_id,
            "template_version": self.template_version,
            "items": {k: v.model_dump(mode="json") for k, v in self.items.items()},
        }

    def item(self, item_id: str) -> ChecklistItem:
        return self.items.get(item_id, _EMPTY)

    def _check(self, template: ChecklistTemplate, item_id: str) -> None:
        if template.id != self.template_id:
            raise ChecklistError(f"this run is of {self.template_id!r}, not {template.id!r}")
        if item_id not in self.items and item_id not in {i.id for i in _current(template)}:
            raise ChecklistError(f"no item {item_id!r} in {template.id!r}")

    def _with(self, item_id: str, item: ChecklistItem) -> Run:
        return Run(self.template_id, self.template_version, {**self.items, item_id: item})

    def with_state(self, template: ChecklistTemplate, item_id: str, state: ItemState | str) -> Run:
        """Mark one item (its comment stays)."""
        self._check(template, item_id)
        try:
            new_state = ItemState(state)
        except ValueError:
            raise ChecklistError(f"no item state {state!r}") from None
        return self._with(item_id, self.item(item_id).model_copy(update={"state": new_state}))

    def with_comment(self, template: ChecklistTemplate, item_id: str, comment: str | None) -> Run:
        """Set or clear one item's comment (at most 500 characters; blank clears it)."""
        self._check(template, item_id)
        text = (comment or "").strip() or None
        if text is not None and len(text) > COMMENT_MAX:
            raise ChecklistError(f"a comment is at most {COMMENT_MAX} characters")
        return self._with(item_id, self.item(item_id).model_copy(update={"comment": text}))

    def progress(self, template: ChecklistTemplate) -> Progress:
        """Done, declined and not-applicable items over the template's current items."""
        current = _current(template)
        answered = sum(1 for i in current if self.item(i.id).state in ANSWERED)
        return Progress(answered, len(current))

    def next_item(self, template: ChecklistTemplate, after: str | None = None) -> str | None:
        """The first unanswered current item after ``after`` (wrapping round), or None."""
        ids = [i.id for i in _current(template)]
        start = ids.index(after) + 1 if after in ids else 0
        for item_id in ids[start:] + ids[:start]:
            if self.item(item_id).state is ItemState.TODO:
                return item_id
        return None

    def rows(self, template: ChecklistTemplate, language: str) -> list[RunRow]:
        """Current items in template order, then items kept from older versions."""
        sections = {s.id: localized(s.title, language) for s in template.sections}
        labels = {s: localized(t, language) for s, t in template.state_labels.items()}
        by_id = {i.id: i for i in template.items}

        def row(item_id: str, retired: bool) -> RunRow:
            entry = self.item(item_id)
            spec = by_id.get(item_id)
            return RunRow(
                item_id=item_id,
                section_id=spec.section if spec else None,
                section_title=sections.get(spec.section, "") if spec else "",
                text=localized(spec.text, language) if spec else item_id,
                help=localized(spec.help, language) if spec and spec.help else "",
                state=entry.state,
                state_label=labels.get(entry.state, entry.state.value),
                comment=entry.comment,
                retired=retired,
                known=spec is not None,
            )

        current = [row(i.id, retired=False) for i in _current(template)]
        listed = {r.item_id for r in current}
        kept = [row(i, retired=True) for i in self.items if i not in listed]
        return current + kept


# ---------------------------------------------------------------- indicators


@dataclass(frozen=True, slots=True)
class IndicatorAssessment:
    """What a run of an indicators template shows.  Indicators are not proof."""

    present: tuple[str, ...]
    means: frozenset[str]  # force / fraud / coercion shared or observed
    minor_in_commercial_sex: bool
    possible_sex_trafficking: bool
    possible_labor_trafficking: bool
    mandated_report: bool
    rules: tuple[ChecklistRule, ...]  # the template's rules that apply (show their text)

    @property
    def means_required(self) -> bool:
        """False when a minor is in commercial sex: no force, fraud or coercion needed."""
        return not self.minor_in_commercial_sex


def assess_indicators(template: ChecklistTemplate, run: Run) -> IndicatorAssessment:
    by_id = {i.id: i for i in template.items}
    present = tuple(
        i for i, entry in run.items.items() if entry.state is ItemState.DONE and i in by_id
    )
    tags = {tag for i in present for tag in by_id[i].tags}
    means = frozenset(m for m in MEANS if f"means:{m}" in tags)
    rules = tuple(r for r in template.rules if any(i in present for i in r.when_any))
    effects = {r.effect for r in rules}
    minor_sex = EFFECT_TRAFFICKING_WITHOUT_MEANS in effects or any(
        _is_minor_sex(by_id[i]) for i in present
    )
    return IndicatorAssessment(
        present=present,
        means=means,
        minor_in_commercial_sex=minor_sex,
        possible_sex_trafficking=minor_sex or (TAG_SEX in tags and bool(means)),
        possible_labor_trafficking=TAG_LABOR in tags and bool(means),
        mandated_report=minor_sex or EFFECT_MANDATED_REPORT in effects,
        rules=rules,
    )
