"""Reference data kept for offline use: checklist templates and the referral directory.

Both come from the server (``GET /checklists``, ``GET /referrals``) and are
replaced whole, in one transaction, each time they are fetched: a search never
sees half a directory.  Nothing here is synced back; these tables are a copy.

The directory is searched the way the server searches it (API.md "Reference
data"), so an advocate offline finds what they would find online:

- words (``q``): FTS5 over the service's and organization's names, the
  description and the service types, accents and case ignored, word prefixes;
- ``service``: a service type or the service's name (word beginnings);
- ``language``: a code or name; ``es``, ``es-MX``, ``spa``, ``Spanish`` and
  ``español`` find the same services (``resources/referrals/lookup.json``);
- ``region``: service areas and address city, region, state (abbreviation or
  name) and postal code, as whole words (parts of four letters or more also as
  word beginnings); comma-separated parts must all match.  A nationwide
  service matches every region, listed after the local ones.

Inactive and defunct services are kept but never listed.  Meant for short
reads on the UI thread and whole replacements on a worker thread.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from console.protocol import ReferralService
from console.store.connection import Db

__all__ = [
    "DIRECTORY",
    "TEMPLATES",
    "StoredTemplate",
    "directory_size",
    "fetched_at",
    "fold",
    "language_terms",
    "replace_directory",
    "replace_templates",
    "search_directory",
    "service_types",
    "stored_templates",
]

TEMPLATES = "templates"
DIRECTORY = "referrals"

HIDDEN_STATUSES = ("inactive", "defunct")
_WORD = re.compile(r"\w+")
_FTS_WORD = re.compile(r"[^\W_]+")  # what the FTS5 tokenizer keeps as a word
_MAX_TERMS = 12
_PREFIX_MIN = 4  # shorter region parts ("NE", "LA") match whole words only


def fold(text: str) -> str:
    """Lower case without accents ("Español" -> "espanol")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def _key(parts: Iterable[str]) -> str:
    """Folded words separated by single spaces, padded with spaces (for LIKE '% w%')."""
    tokens = [w for part in parts for w in _words(part)]
    return " " + " ".join(tokens) + " "


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True, slots=True)
class _Lookup:
    languages: Mapping[str, frozenset[str]]  # any folded code or name -> its whole group
    states: Mapping[str, str]  # folded abbreviation <-> folded name


@cache
def _lookup() -> _Lookup:
    entry = importlib.resources.files("console.resources").joinpath("referrals", "lookup.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    groups: dict[str, frozenset[str]] = {}
    for code, names in data["languages"].items():
        group = frozenset(" ".join(_words(n)) for n in [code, *names])
        for member in group:
            groups[member] = group
    states: dict[str, str] = {}
    for abbreviation, name in data["us_states"].items():
        short, long = " ".join(_words(abbreviation)), " ".join(_words(name))
        states[short], states[long] = long, short
    return _Lookup(groups, states)


def language_terms(value: str) -> set[str]:
    """What a language (code, tag or name) is called: 'es-MX' -> {'es', 'spa', 'spanish', ...}."""
    text = value.strip()
    if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", text):
        text = text.split("-", 1)[0]
    folded = " ".join(_words(text))
    return set(_lookup().languages.get(folded, frozenset({folded}))) - {""}


# ---------------------------------------------------------------- state


def fetched_at(db: Db, kind: str) -> datetime | None:
    """When ``kind`` (TEMPLATES or DIRECTORY) was last stored; None: never."""
    value = db.scalar("SELECT fetched_at FROM ref_state WHERE kind = ?", (kind,))
    return None if value is None else datetime.fromisoformat(str(value))


def _stamp(db: Db, kind: str, count: int, when: datetime) -> None:
    db.conn.execute(
        "INSERT INTO ref_state(kind, fetched_at, count) VALUES (?, ?, ?)"
        " ON CONFLICT(kind) DO UPDATE SET fetched_at = excluded.fetched_at,"
        " count = excluded.count",
        (kind, when.isoformat(), count),
    )


# ---------------------------------------------------------------- templates


@dataclass(frozen=True, slots=True)
class StoredTemplate:
    id: str
    version: int
    data: str  # the template's JSON as the server sent it (validated by the caller)


def replace_templates(db: Db, templates: Sequence[StoredTemplate]) -> None:
    """Store the server's templates in place of the previous copy (one transaction)."""
    with db.tx():
        db.conn.execute("DELETE FROM ref_templates")
        db.conn.executemany(
            "INSERT INTO ref_templates(id, version, position, data) VALUES (?, ?, ?, ?)",
            [(t.id, t.version, n, t.data) for n, t in enumerate(templates)],
        )
        _stamp(db, TEMPLATES, len(templates), db.clock())


def stored_templates(db: Db) -> list[StoredTemplate]:
    return [
        StoredTemplate(r["id"], int(r["version"]), r["data"])
        for r in db.rows("SELECT id, version, data FROM ref_templates ORDER BY position")
    ]


# ---------------------------------------------------------------- the referral directory


def _row(position: int, service: ReferralService) -> tuple[tuple[Any, ...], tuple[str, ...]]:
    places = [part for region in service.regions for part in region.split(",")]
    for location in service.locations:
        for address in location.addresses:
            places += [
                x
                for x in (address.city, address.region, address.state_province, address.postal_code)
                if x
            ]
    states = _lookup().states
    places += [other for part in list(places) if (other := states.get(" ".join(_words(part))))]
    languages = [
        member
        for language in service.languages
        for value in (language.code, language.name)
        if value
        for member in language_terms(value)
    ]
    organization = service.organization.name if service.organization else ""
    names = " ".join(x for x in (service.name, service.alternate_name) if x)
    row = (
        service.id,
        position,
        fold(service.name),
        int(service.nationwide),
        _key([*service.service_types, service.name, service.alternate_name or ""]),
        _key(languages),
        _key(places),
        service.model_dump_json(),
    )
    fts = (
        service.id,
        names,
        organization,
        service.description or "",
        " ".join(service.service_types),
    )
    return row, fts


def replace_directory(db: Db, services: Sequence[ReferralService]) -> int:
    """Store the whole directory in place of the previous copy (one transaction).

    Returns the number of services stored.  Meant for a worker thread.
    """
    rows = [_row(n, s) for n, s in enumerate(services)]
    with db.tx():
        db.conn.execute("DELETE FROM ref_services")
        db.conn.execute("DELETE FROM ref_services_fts")
        db.conn.executemany(
            "INSERT OR REPLACE INTO ref_services(id, position, name, nationwide, services_key,"
            " languages_key, regions_key, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [r for r, _ in rows],
        )
        db.conn.executemany(
            "INSERT INTO ref_services_fts(id, name, organization, description, terms)"
            " VALUES (?, ?, ?, ?, ?)",
            [f for _, f in rows],
        )
        _stamp(db, DIRECTORY, len(rows), db.clock())
    return len(rows)


def search_directory(
    db: Db,
    *,
    q: str = "",
    service: str = "",
    language: str = "",
    region: str = "",
    limit: int = 50,
    offset: int = 0,
) -> list[ReferralService]:
    """Services matching every filter given, best first (see the module's docstring)."""
    joins = ""
    hidden = ", ".join("?" for _ in HIDDEN_STATUSES)
    where = [f"json_extract(r.data, '$.status') NOT IN ({hidden})"]
    params: list[Any] = list(HIDDEN_STATUSES)
    order = ["r.name", "r.id"]
    terms = _FTS_WORD.findall(fold(q))[:_MAX_TERMS]
    if terms:
        joins = (
            " JOIN (SELECT id, bm25(ref_services_fts, 0, 10.0, 4.0, 1.0, 6.0) AS score"
            " FROM ref_services_fts WHERE ref_services_fts MATCH ?) f ON f.id = r.id"
        )
        params.insert(0, " ".join(f'"{t}"*' for t in terms))
        order.insert(0, "f.score")
    wanted = " ".join(_words(service))
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
    parts = [p for part in region.split(",")[:4] if (p := " ".join(_words(part)))]
    if parts:
        local: list[str] = []
        for part in parts:
            names = [part, *([other] if (other := _lookup().states.get(part)) else [])]
            local.append("(" + " OR ".join("r.regions_key LIKE ? ESCAPE '\\'" for _ in names) + ")")
            params += [f"% {_like(n)}{' ' if len(n) < _PREFIX_MIN else ''}%" for n in names]
        where.append(f"(({' AND '.join(local)}) OR r.nationwide = 1)")
        order.insert(0, "r.nationwide")
    sql = (
        f"SELECT r.data FROM ref_services r{joins} WHERE {' AND '.join(where)}"  # noqa: S608 (constant fragments; values are parameters)
        f" ORDER BY {', '.join(order)} LIMIT ? OFFSET ?"
    )
    params += [limit, offset]
    return [ReferralService.model_validate_json(r[0]) for r in db.rows(sql, params)]


def service_types(db: Db) -> list[str]:
    """Every service type in the stored directory, sorted (for a picker)."""
    found: set[str] = set()
    for row in db.rows(
        "SELECT DISTINCT value FROM ref_services, json_each(ref_services.data, '$.service_types')"
    ):
        found.add(str(row[0]))
    return sorted(found, key=fold)


def directory_size(db: Db) -> int:
    return int(db.scalar("SELECT count(*) FROM ref_services") or 0)
