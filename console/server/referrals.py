"""The referral directory: imported HSDS objects, one searchable row per service.

``hsds_objects`` keeps every imported object flat, by (kind, id): an import
upserts by id.  After each import, :func:`rebuild` assembles each service with
its organization, phones, languages, locations (addresses, accessibility),
service areas, schedules and taxonomy terms into a ``ReferralService`` (the
``GET /api/v1/referrals`` shape) and indexes it:

- words (``q``): FTS5 over the service's and organization's names and
  descriptions and the service types, accents and case ignored, word prefixes;
- ``service``: a taxonomy term (name or code) or the service's name;
- ``language``: an HSDS language code or name; ``es``, ``es-MX``, ``spa``,
  ``Spanish`` and ``español`` find the same services (``resources/referrals/lookup.json``);
- ``region``: service-area names and address city, county/region, state
  (abbreviation or name) and postal code, as whole words (parts of four letters
  or more also as word beginnings); comma-separated parts must all match.  A
  nationwide service matches every region, listed after the local ones.

Inactive and defunct services are kept but never listed.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from console.protocol import (
    ReferralAccessibility,
    ReferralAddress,
    ReferralHours,
    ReferralLanguage,
    ReferralLocation,
    ReferralOrganization,
    ReferralPhone,
    ReferralService,
)
from console.server.db import Tx

Obj = dict[str, Any]
_WORD = re.compile(r"\w+")
_FTS_WORD = re.compile(r"[^\W_]+")  # what the FTS5 tokenizer keeps as a word
_MAX_TERMS = 12
_PREFIX_MIN = 4  # shorter region parts ("NE", "LA") match whole words only
HIDDEN_STATUSES = ("inactive", "defunct")


def fold(text: str) -> str:
    """Lower case without accents ("Español" -> "espanol")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _key(parts: Iterable[str]) -> str:
    """A search key: folded words separated by single spaces, padded with spaces."""
    tokens = [w for part in parts for w in words(part)]
    return " " + " ".join(tokens) + " "


@dataclass(frozen=True, slots=True)
class Lookup:
    languages: Mapping[str, frozenset[str]]  # any folded code or name -> its whole group
    states: Mapping[str, str]  # folded abbreviation <-> folded name
    nationwide: frozenset[str]


@cache
def lookup() -> Lookup:
    entry = importlib.resources.files("console.resources").joinpath("referrals", "lookup.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    groups: dict[str, frozenset[str]] = {}
    for code, names in data["languages"].items():
        group = frozenset(" ".join(words(n)) for n in [code, *names])
        for member in group:
            groups[member] = group
    states: dict[str, str] = {}
    for abbreviation, name in data["us_states"].items():
        short, long = " ".join(words(abbreviation)), " ".join(words(name))
        states[short], states[long] = long, short
    nationwide = frozenset(" ".join(words(n)) for n in data["nationwide"])
    return Lookup(groups, states, nationwide)


def language_terms(value: str) -> set[str]:
    """What a language (code, tag or name) is called: 'es-MX' -> {'es', 'spa', 'spanish', ...}."""
    text = value.strip()
    if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", text):
        text = text.split("-", 1)[0]
    folded = " ".join(words(text))
    return set(lookup().languages.get(folded, frozenset({folded}))) - {""}


# ---------------------------------------------------------------- storing


def store_objects(tx: Tx, objects: Mapping[tuple[str, str], Obj]) -> int:
    """Upsert flat HSDS objects by (kind, id) and rebuild the directory."""
    tx.conn.executemany(
        "INSERT INTO hsds_objects(kind, id, data, imported_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(kind, id) DO UPDATE SET data = excluded.data,"
        " imported_at = excluded.imported_at",
        [
            (kind, object_id, json.dumps(obj, separators=(",", ":")), tx.now_text)
            for (kind, object_id), obj in objects.items()
        ],
    )
    return rebuild(tx)


def count_services(tx: Tx) -> int:
    return int(tx.scalar("SELECT count(*) FROM referrals") or 0)


class _Directory:
    """Every stored object, indexed by id and by the ids of what it belongs to."""

    def __init__(self, tx: Tx) -> None:
        self.by_id: dict[str, dict[str, Obj]] = defaultdict(dict)
        self.stamp: dict[str, str] = {}
        self.children: dict[tuple[str, str, str], list[Obj]] = defaultdict(list)
        for row in tx.all("SELECT kind, id, data, imported_at FROM hsds_objects ORDER BY rowid"):
            obj = json.loads(row["data"])
            self.by_id[row["kind"]][row["id"]] = obj
            if row["kind"] == "service":
                self.stamp[row["id"]] = row["imported_at"]
            for column, value in obj.items():
                if column.endswith("_id") and isinstance(value, str):
                    self.children[(row["kind"], column, value)].append(obj)

    def get(self, kind: str, object_id: Any) -> Obj | None:
        return self.by_id[kind].get(object_id) if isinstance(object_id, str) else None

    def of(self, kind: str, column: str, *owners: str) -> list[Obj]:
        return [obj for owner in owners for obj in self.children.get((kind, column, owner), [])]


def _unique(objs: Iterable[Obj]) -> list[Obj]:
    """Each object once (one phone may belong to a service and to its location)."""
    seen: dict[str, Obj] = {}
    for obj in objs:
        seen.setdefault(str(obj.get("id")), obj)
    return list(seen.values())


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _phone(d: _Directory, obj: Obj) -> ReferralPhone:
    languages = d.of("language", "phone_id", str(obj["id"]))
    extension = obj.get("extension")
    if isinstance(extension, float) and extension.is_integer():
        extension = int(extension)
    return ReferralPhone(
        number=(_text(obj.get("number")) or "").strip('"'),
        extension=_text(extension),
        type=_text(obj.get("type")),
        description=_text(obj.get("description")),
        languages=[
            x
            for x in (_text(lang.get("code")) or _text(lang.get("name")) for lang in languages)
            if x
        ],
    )


def _accessibility(obj: Obj) -> ReferralAccessibility:
    return ReferralAccessibility(
        description=_text(obj.get("description")),
        details=_text(obj.get("details")),
        url=_text(obj.get("url")),
    )


def _location(d: _Directory, obj: Obj) -> ReferralLocation:
    location_id = str(obj["id"])
    return ReferralLocation(
        id=location_id,
        name=_text(obj.get("name")),
        location_type=_text(obj.get("location_type")),
        description=_text(obj.get("description")),
        transportation=_text(obj.get("transportation")),
        url=_text(obj.get("url")),
        addresses=[
            ReferralAddress(**{f: _text(a.get(f)) for f in ReferralAddress.model_fields})
            for a in d.of("address", "location_id", location_id)
        ],
        accessibility=[
            _accessibility(a) for a in d.of("accessibility", "location_id", location_id)
        ],
    )


def _hours(obj: Obj) -> ReferralHours:
    return ReferralHours(
        description=_text(obj.get("description")),
        opens_at=_text(obj.get("opens_at")),
        closes_at=_text(obj.get("closes_at")),
        byday=_text(obj.get("byday")),
        freq=_text(obj.get("freq")),
        timezone=_number(obj.get("timezone")),
        valid_from=_text(obj.get("valid_from")),
        valid_to=_text(obj.get("valid_to")),
        notes=_text(obj.get("notes")),
    )


def _languages(objs: Iterable[Obj]) -> list[ReferralLanguage]:
    seen: dict[tuple[str | None, str | None], ReferralLanguage] = {}
    for obj in objs:
        language = ReferralLanguage(
            code=_text(obj.get("code")), name=_text(obj.get("name")), note=_text(obj.get("note"))
        )
        seen.setdefault((language.code, language.name), language)
    return list(seen.values())


@dataclass(frozen=True, slots=True)
class _Row:
    service: ReferralService
    fts: tuple[str, str, str, str]  # name, organization, description, terms
    services_key: str
    languages_key: str
    regions_key: str


def assemble(d: _Directory, service: Obj) -> _Row:
    """One service with everything a referral needs, and its search keys."""
    service_id = str(service["id"])
    organization = d.get("organization", service.get("organization_id"))
    sals = _unique(d.of("service_at_location", "service_id", service_id))
    sal_ids = [str(s["id"]) for s in sals]
    locations = [loc for s in sals if (loc := d.get("location", s.get("location_id")))]
    location_ids = [str(loc["id"]) for loc in locations]

    phones = _unique(
        d.of("phone", "service_id", service_id) + d.of("phone", "service_at_location_id", *sal_ids)
    )
    if not phones and organization is not None:
        phones = d.of("phone", "organization_id", str(organization["id"]))
    languages = _languages(
        d.of("language", "service_id", service_id) + d.of("language", "location_id", *location_ids)
    )
    areas = _unique(
        d.of("service_area", "service_id", service_id)
        + d.of("service_area", "service_at_location_id", *sal_ids)
    )
    regions = [x for a in areas if (x := _text(a.get("name")) or _text(a.get("description")))]
    schedules = _unique(
        d.of("schedule", "service_id", service_id)
        + d.of("schedule", "service_at_location_id", *sal_ids)
    )
    if not schedules:
        schedules = d.of("schedule", "location_id", *location_ids)
    terms = [
        term
        for attribute in d.of("attribute", "link_id", service_id)
        if (term := d.get("taxonomy_term", attribute.get("taxonomy_term_id")))
    ]
    built_locations = [_location(d, loc) for loc in locations]
    look = lookup()
    nationwide = any(" ".join(words(r)) in look.nationwide for r in regions)
    org_model = None
    if organization is not None:
        org_model = ReferralOrganization(
            id=str(organization["id"]),
            name=_text(organization.get("name")) or "",
            description=_text(organization.get("description")),
            website=_text(organization.get("website")),
            email=_text(organization.get("email")),
        )
    model = ReferralService(
        id=service_id,
        name=_text(service.get("name")) or "",
        alternate_name=_text(service.get("alternate_name")),
        description=_text(service.get("description")),
        status=_text(service.get("status")) or "active",
        url=_text(service.get("url")),
        email=_text(service.get("email")),
        organization=org_model,
        service_types=list(dict.fromkeys(n for t in terms if (n := _text(t.get("name"))))),
        phones=[_phone(d, p) for p in phones if _text(p.get("number"))],
        languages=languages,
        accessibility=[a for loc in built_locations for a in loc.accessibility],
        regions=regions,
        nationwide=nationwide,
        locations=built_locations,
        hours=[_hours(s) for s in schedules],
        interpretation_services=_text(service.get("interpretation_services")),
        eligibility_description=_text(service.get("eligibility_description")),
        minimum_age=_number(service.get("minimum_age")),
        maximum_age=_number(service.get("maximum_age")),
        fees_description=_text(service.get("fees_description")),
        application_process=_text(service.get("application_process")),
        alert=_text(service.get("alert")),
        updated_at=d.stamp.get(service_id),
    )
    place_parts = [part for region in regions for part in region.split(",")]
    for location in built_locations:
        for address in location.addresses:
            place_parts += [
                x
                for x in (address.city, address.region, address.state_province, address.postal_code)
                if x
            ]
    for part in list(place_parts):
        other = look.states.get(" ".join(words(part)))
        if other:
            place_parts.append(other)
    language_parts = [
        member
        for language in languages
        for value in (language.code, language.name)
        if value
        for member in language_terms(value)
    ]
    term_names = [n for t in terms for n in (_text(t.get("name")), _text(t.get("code"))) if n]
    org_names = (
        [organization.get("name"), organization.get("alternate_name")] if organization else []
    )
    return _Row(
        service=model,
        fts=(
            " ".join(x for x in (model.name, model.alternate_name) if x),
            " ".join(x for x in map(_text, org_names) if x),
            model.description or "",
            " ".join(term_names),
        ),
        services_key=_key([*term_names, model.name, model.alternate_name or ""]),
        languages_key=_key(language_parts),
        regions_key=_key(place_parts),
    )


def rebuild(tx: Tx) -> int:
    """Assemble and index every service again; the number of services."""
    directory = _Directory(tx)
    rows = [assemble(directory, s) for s in directory.by_id["service"].values()]
    tx.execute("DELETE FROM referrals")
    tx.execute("DELETE FROM referrals_fts")
    for row in rows:
        service = row.service
        tx.execute(
            "INSERT INTO referrals(id, name, status, nationwide, services_key, languages_key,"
            " regions_key, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                service.id,
                fold(service.name),
                service.status,
                int(service.nationwide),
                row.services_key,
                row.languages_key,
                row.regions_key,
                service.model_dump_json(),
            ),
        )
        tx.execute(
            "INSERT INTO referrals_fts(id, name, organization, description, terms)"
            " VALUES (?, ?, ?, ?, ?)",
            (service.id, *row.fts),
        )
    return len(rows)


# ---------------------------------------------------------------- searching


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search(
    tx: Tx,
    *,
    q: str = "",
    service: str = "",
    language: str = "",
    region: str = "",
    limit: int = 50,
    offset: int = 0,
) -> list[ReferralService]:
    """Services matching every filter given, best first."""
    joins = ""
    where = [f"r.status NOT IN ({', '.join('?' for _ in HIDDEN_STATUSES)})"]
    params: list[Any] = list(HIDDEN_STATUSES)
    order = ["r.name", "r.id"]
    terms = _FTS_WORD.findall(fold(q))[:_MAX_TERMS]
    if terms:
        joins = (
            " JOIN (SELECT id, bm25(referrals_fts, 0, 10.0, 4.0, 1.0, 6.0) AS score"
            " FROM referrals_fts WHERE referrals_fts MATCH ?) f ON f.id = r.id"
        )
        params.insert(0, " ".join(f'"{t}"*' for t in terms))
        order.insert(0, "f.score")
    wanted = " ".join(words(service))
    if wanted:
        where.append("r.services_key LIKE ? ESCAPE '\\'")
        params.append(f"% {_like(wanted)}%")
    if language.strip():
        names = sorted(language_terms(language))
        if names:
            where.append(
                "(" + " OR ".join("r.languages_key LIKE ? ESCAPE '\\'" for _ in names) + ")"
            )
            params += [f"% {_like(n)} %" for n in names]
    parts = [p for part in region.split(",")[:4] if (p := " ".join(words(part)))]
    if parts:
        local: list[str] = []
        for part in parts:  # "Houston, TX": every part, each as written or as its state
            names = [part, *([other] if (other := lookup().states.get(part)) else [])]
            local.append("(" + " OR ".join("r.regions_key LIKE ? ESCAPE '\\'" for _ in names) + ")")
            # Whole words; a longer part may also be the start of one ("Housto", "9410").
            params += [f"% {_like(n)}{' ' if len(n) < _PREFIX_MIN else ''}%" for n in names]
        where.append(f"(({' AND '.join(local)}) OR r.nationwide = 1)")
        order.insert(0, "r.nationwide")
    sql = (
        f"SELECT r.data FROM referrals r{joins} WHERE {' AND '.join(where)}"  # noqa: S608 (fixed fragments; values are parameters)
        f" ORDER BY {', '.join(order)} LIMIT ? OFFSET ?"
    )
    params += [limit, offset]
    return [ReferralService.model_validate_json(row[0]) for row in tx.all(sql, params)]
