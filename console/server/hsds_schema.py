"""Open Referral HSDS 3.0 objects: the official schemas, validation, CSV types, flattening.

The schemas are unchanged copies of the specification's ``schema/*.json`` in
``resources/hsds/`` (see its NOTICE); each names its object (``name``) and its
table in the tabular package (``path``).  They refer to each other by file name
(``"$ref": "phone.json"``), resolved here through a ``referencing`` registry, and
are checked with Draft 2020-12 plus format checks (ids are UUIDs).

Flattening turns a nested object (a service with its phones, its organization,
its locations and their addresses...) into flat objects keyed by (kind, id),
each child carrying its parent's id (``phone.service_id``), as the tabular
serialisation has them.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry
from referencing.jsonschema import DRAFT202012

Obj = dict[str, Any]
Key = tuple[str, str]  # (kind, id)

#: Why-messages are cut to this length (values from the data may be long).
WHY_MAX = 240


@dataclass(frozen=True, slots=True)
class Kind:
    name: str  # organization, service, ...
    table: str  # organizations.csv, ...
    schema: Mapping[str, Any]

    @property
    def properties(self) -> Mapping[str, Any]:
        props: Mapping[str, Any] = self.schema.get("properties", {})
        return props


@cache
def kinds() -> dict[str, Kind]:
    """Every HSDS object kind, by name, from the bundled schemas."""
    folder = importlib.resources.files("console.resources").joinpath("hsds")
    found: dict[str, Kind] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            schema = json.loads(entry.read_text(encoding="utf-8"))
            found[schema["name"]] = Kind(schema["name"], schema["path"], schema)
    return found


@cache
def _registry() -> Registry[Any]:
    folder = importlib.resources.files("console.resources").joinpath("hsds")
    resources = []
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            schema = json.loads(entry.read_text(encoding="utf-8"))
            resources.append((entry.name, DRAFT202012.create_resource(schema)))
    return Registry().with_resources(resources)


@cache
def validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(
        kinds()[kind].schema, registry=_registry(), format_checker=FormatChecker()
    )


def _short(text: str) -> str:
    return text if len(text) <= WHY_MAX else text[: WHY_MAX - 1] + "…"


def problems(kind: str, obj: Any, prefix: str = "$") -> list[str]:
    """Why ``obj`` is not a valid HSDS ``kind`` (empty: it is), at most three reasons."""
    errors = sorted(validator(kind).iter_errors(obj), key=lambda e: list(e.absolute_path))
    out = []
    for error in errors[:3]:
        where = prefix + "".join(
            f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path
        )
        out.append(_short(f"{where}: {error.message}"))
    return out


# ---------------------------------------------------------------- CSV cells


def _number(text: str) -> int | float | str:
    try:
        value = float(text)
    except ValueError:
        return text  # the schema check says "is not of type 'number'"
    if value.is_integer() and "." not in text and "e" not in text.lower():
        return int(value)
    return value


def typed_row(kind: str, row: Mapping[str, str | None]) -> Obj:
    """A CSV row as a JSON object: empty cells left out, numbers as numbers."""
    properties = kinds()[kind].properties
    out: Obj = {}
    for column, cell in row.items():
        if column is None or cell is None or cell == "":
            continue
        name = column.strip()
        declared = properties.get(name, {}).get("type")
        if declared in ("number", "integer"):
            out[name] = _number(cell.strip())
        elif declared == "boolean":
            out[name] = {"true": True, "false": False}.get(cell.strip().lower(), cell)
        else:
            out[name] = cell
    return out


# ---------------------------------------------------------------- flattening

# parent kind -> field -> (child kind, column): the child gets column = parent id,
# or with a leading "^", the parent gets column = the (single) child's id.
NESTED: dict[str, dict[str, tuple[str, str]]] = {
    "organization": {
        "funding": ("funding", "organization_id"),
        "contacts": ("contact", "organization_id"),
        "phones": ("phone", "organization_id"),
        "locations": ("location", "organization_id"),
        "programs": ("program", "organization_id"),
        "organization_identifiers": ("organization_identifier", "organization_id"),
        "services": ("service", "organization_id"),
    },
    "service": {
        "phones": ("phone", "service_id"),
        "schedules": ("schedule", "service_id"),
        "service_areas": ("service_area", "service_id"),
        "service_at_locations": ("service_at_location", "service_id"),
        "languages": ("language", "service_id"),
        "funding": ("funding", "service_id"),
        "cost_options": ("cost_option", "service_id"),
        "required_documents": ("required_document", "service_id"),
        "contacts": ("contact", "service_id"),
        "organization": ("organization", "^organization_id"),
        "program": ("program", "^program_id"),
    },
    "location": {
        "languages": ("language", "location_id"),
        "addresses": ("address", "location_id"),
        "contacts": ("contact", "location_id"),
        "accessibility": ("accessibility", "location_id"),
        "phones": ("phone", "location_id"),
        "schedules": ("schedule", "location_id"),
    },
    "service_at_location": {
        "contacts": ("contact", "service_at_location_id"),
        "phones": ("phone", "service_at_location_id"),
        "schedules": ("schedule", "service_at_location_id"),
        "service_areas": ("service_area", "service_at_location_id"),
        "location": ("location", "^location_id"),
        "service": ("service", "^service_id"),
    },
    "program": {"services": ("service", "program_id")},
    "contact": {"phones": ("phone", "contact_id")},
    "phone": {"languages": ("language", "phone_id")},
    "attribute": {"taxonomy_term": ("taxonomy_term", "^taxonomy_term_id")},
    "taxonomy_term": {"taxonomy_detail": ("taxonomy", "^taxonomy_id")},
}


def unchecked_children(kind: str, obj: Obj) -> Iterator[tuple[str, str, Any]]:
    """Nested objects the kind's own schema does not describe (an organization's
    ``services`` in the official examples), to be checked on their own:
    (child kind, path, child)."""
    declared = kinds()[kind].properties
    for field, (child_kind, _) in NESTED.get(kind, {}).items():
        if field in declared or field not in obj:
            continue
        value = obj[field]
        items = value if isinstance(value, list) else [value]
        for n, child in enumerate(items):
            path = f".{field}[{n}]" if isinstance(value, list) else f".{field}"
            yield child_kind, path, child


def flatten(kind: str, obj: Obj, out: dict[Key, Obj]) -> None:
    """Add ``obj`` and everything nested in it to ``out`` as flat objects
    (later copies of an id update earlier ones)."""
    flat: Obj = {k: v for k, v in obj.items() if not isinstance(v, (list, dict))}
    own_id = str(flat.get("id", ""))
    nested = NESTED.get(kind, {})
    for field, value in obj.items():
        if not isinstance(value, (list, dict)):
            continue
        children = value if isinstance(value, list) else [value]
        children = [c for c in children if isinstance(c, dict) and c.get("id")]
        if field == "attributes":
            for child in children:
                flatten(
                    "attribute",
                    {"link_id": own_id, "link_entity": kind, **child},
                    out,
                )
        elif field == "metadata":
            for child in children:
                flatten("metadata", {"resource_id": own_id, "resource_type": kind, **child}, out)
        elif field in nested:
            child_kind, column = nested[field]
            for child in children:
                if column.startswith("^"):
                    flat.setdefault(column[1:], child["id"])
                    flatten(child_kind, child, out)
                else:
                    flatten(child_kind, {column: own_id, **child}, out)
    key = (kind, own_id)
    out[key] = {**out.get(key, {}), **flat}
