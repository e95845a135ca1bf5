"""``advocate-console-server import-referrals PATH``: load Open Referral HSDS 3.0 data.

PATH may be:

- a tabular data package: a folder with ``datapackage.json`` and one CSV per
  object (``organizations.csv``, ``services.csv``, ...).  When the package file
  cannot be read (the official example ships it as a link to a file that is not
  there), the tables are found by their HSDS file names, and a note says so;
- JSON: one object (a service, an organization, a location...), a list of them,
  a page as the HSDS API returns it (``{"contents": [...], ...}``), or the tabular
  data as JSON (``{"services.csv": [rows], ...}``, whose cells are typed by the
  schemas as CSV cells are); the kind of object comes from
  the file name (``service_list.json``) or else from its fields;
- a folder of such JSON files (no ``datapackage.json``): each is read;
- one CSV named after its table (``services.csv``).

Every object is checked against the HSDS schemas.  Each valid one is imported,
upserting by id (an object seen again replaces the stored one); each bad row is
reported (file, row, why) and the rest still imported.  Exit 0 when everything
imported, 1 when some rows were bad, 2 when the input is unusable.
"""

from __future__ import annotations

import csv
import importlib.resources
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from console.server.hsds_schema import (
    Key,
    Obj,
    flatten,
    kinds,
    problems,
    typed_row,
    unchecked_children,
)

EXIT_OK = 0
EXIT_SOME_BAD = 1
EXIT_UNUSABLE = 2

SAMPLE = ("referrals", "sample_services.json")
_PAGE_KEYS = {"contents", "total_items", "page_number"}
_MAX_FILE_BYTES = 256 * 1024 * 1024


class UnusableInputError(Exception):
    """Nothing can be read from the input (missing, unreadable, not HSDS at all)."""


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    row: str
    why: str
    recognised: bool = True  # False: not HSDS at all (unreadable, or no kind of object)

    def __str__(self) -> str:
        return f"{self.file}, {self.row}: {self.why}"


@dataclass(slots=True)
class Plan:
    """What an input holds: flat objects to store, bad rows, notes."""

    objects: dict[Key, Obj] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rows: int = 0  # valid top-level objects or rows

    def take(self, kind: str, obj: Any, file: str, row: str) -> None:
        """Check one object and keep it (flattened) if it is valid."""
        if not isinstance(obj, dict):
            self.problems.append(Problem(file, row, "not a JSON object", recognised=False))
            return
        why = problems(kind, obj)
        for child_kind, path, child in unchecked_children(kind, obj):
            why += problems(child_kind, child, prefix="$" + path)
        if why:
            self.problems.append(Problem(file, row, "; ".join(why)))
            return
        flatten(kind, obj, self.objects)
        self.rows += 1


# ---------------------------------------------------------------- JSON


def _hint(stem: str) -> str | None:
    """The object kind a file name announces (``service_at_location_list`` ...)."""
    stem = stem.lower()
    for name in sorted(kinds(), key=len, reverse=True):
        if stem.startswith(name) or stem.startswith(kinds()[name].table.removesuffix(".csv")):
            return name
    return None


def guess_kind(obj: Obj) -> str | None:
    """The kind of an HSDS object from its fields (None: cannot tell)."""
    if "status" in obj and "name" in obj:
        return "service"
    if "location_type" in obj:
        return "location"
    if "name" not in obj and (
        "service" in obj or "location" in obj or ("service_id" in obj and "location_id" in obj)
    ):
        return "service_at_location"
    organization_only = {
        "services",
        "locations",
        "programs",
        "organization_identifiers",
        "website",
        "legal_status",
        "year_incorporated",
        "logo",
        "parent_organization_id",
    }
    if organization_only & obj.keys():
        return "organization"
    if {"code", "parent_id", "term_uri", "taxonomy_id", "taxonomy_detail"} & obj.keys():
        return "taxonomy_term"
    if {"name", "description"} <= obj.keys():
        return "taxonomy" if {"version", "uri"} & obj.keys() else "organization"
    return None


def read_json_document(plan: Plan, label: str, data: Any, hint: str | None = None) -> None:
    """One parsed JSON document: an object, a list, an API page, or tabular JSON."""
    if isinstance(data, dict) and data and all(str(k).endswith(".csv") for k in data):
        read_tabular_json(plan, label, data)
        return
    if isinstance(data, dict) and data.keys() >= _PAGE_KEYS:
        rows = data["contents"]
        if not isinstance(rows, list):
            plan.problems.append(Problem(label, "contents", "not a list"))
            return
        for n, obj in enumerate(rows):
            _read_one(plan, label, f"contents[{n}]", obj, hint)
        return
    if isinstance(data, list):
        for n, obj in enumerate(data):
            _read_one(plan, label, f"item {n}", obj, hint)
        return
    if isinstance(data, dict) and {"version", "openapi_url"} <= data.keys():
        plan.notes.append(f"{label}: the HSDS API's root document (no data), skipped")
        return
    _read_one(plan, label, "the object", data, hint)


def _read_one(plan: Plan, label: str, row: str, obj: Any, hint: str | None) -> None:
    kind = hint or (guess_kind(obj) if isinstance(obj, dict) else None)
    if kind is None:
        plan.problems.append(
            Problem(label, row, "cannot tell which HSDS object this is", recognised=False)
        )
        return
    plan.take(kind, obj, label, row)


def read_tabular_json(plan: Plan, label: str, data: dict[str, Any]) -> None:
    by_table = {k.table: k.name for k in kinds().values()}
    for table, rows in data.items():
        kind = by_table.get(table)
        if kind is None:
            plan.notes.append(f"{label}: {table} is not an HSDS 3.0 table, skipped")
            continue
        if not isinstance(rows, list):
            plan.problems.append(Problem(label, table, "not a list of rows"))
            continue
        for n, row in enumerate(rows, start=1):
            cells = {str(k): _cell(v) for k, v in row.items()} if isinstance(row, dict) else row
            plan.take(
                kind,
                typed_row(kind, cells) if isinstance(cells, dict) else cells,
                label,
                f"{table} row {n}",
            )


def _cell(value: Any) -> str:
    """A tabular cell as CSV would hold it: its type comes from the schema, as in CSV."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value)
    return str(value)


# ---------------------------------------------------------------- CSV


def _package_tables(folder: Path, plan: Plan) -> dict[str, Path]:
    """kind -> CSV file, from ``datapackage.json`` or else by HSDS file names."""
    by_table = {k.table: k.name for k in kinds().values()}
    package = folder / "datapackage.json"
    try:
        meta = json.loads(package.read_text(encoding="utf-8"))
        resources = meta["resources"]
        if not isinstance(resources, list):
            raise TypeError(resources)
    except (OSError, ValueError, KeyError, TypeError):
        plan.notes.append(
            "datapackage.json could not be read as a data package;"
            " tables found by their HSDS 3.0 file names"
        )
        return {by_table[p.name]: p for p in sorted(folder.glob("*.csv")) if p.name in by_table}
    tables: dict[str, Path] = {}
    for resource in resources:
        if not isinstance(resource, dict) or not isinstance(resource.get("path"), str):
            continue
        relative = Path(resource["path"])
        name = resource.get("name")
        kind = name if name in kinds() else by_table.get(relative.name)
        if kind is None:
            plan.notes.append(f"datapackage.json: {relative} is not an HSDS 3.0 table, skipped")
            continue
        target = (folder / relative).resolve()
        if folder.resolve() not in target.parents:
            plan.notes.append(f"datapackage.json: {relative} is outside the package, skipped")
            continue
        tables[kind] = target
    return tables


def read_csv_table(plan: Plan, kind: str, path: Path) -> None:
    label = path.name
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        plan.problems.append(Problem(label, "the file", f"cannot be read: {exc}", recognised=False))
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        for n, row in enumerate(reader, start=1):
            if None in row:
                plan.problems.append(
                    Problem(label, f"row {n} (line {reader.line_num})", "more cells than columns")
                )
                continue
            plan.take(kind, typed_row(kind, row), label, f"row {n} (line {reader.line_num})")
    except csv.Error as exc:
        plan.problems.append(Problem(label, f"line {reader.line_num}", f"broken CSV: {exc}"))


# ---------------------------------------------------------------- paths


def _read_json_file(plan: Plan, path: Path) -> None:
    try:
        if path.stat().st_size > _MAX_FILE_BYTES:
            plan.problems.append(Problem(path.name, "the file", "too large", recognised=False))
            return
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        plan.problems.append(
            Problem(path.name, "the file", f"not valid JSON: {exc}", recognised=False)
        )
        return
    read_json_document(plan, path.name, data, _hint(path.stem))


def read_path(path: Path) -> Plan:
    """Read and check everything at ``path`` (UnusableInputError when nothing can be)."""
    plan = Plan()
    if path.is_dir():
        if (path / "datapackage.json").exists():
            tables = _package_tables(path, plan)
            if not tables:
                raise UnusableInputError(f"{path}: no HSDS tables in this package")
            for kind, table in tables.items():
                read_csv_table(plan, kind, table)
            return plan
        files = sorted(path.glob("*.json"))
        if not files:
            tables = {p.name: p for p in path.glob("*.csv")}
            if not tables:
                raise UnusableInputError(f"{path}: no datapackage.json, JSON or CSV files here")
            by_table = {k.table: k.name for k in kinds().values()}
            for name, table in sorted(tables.items()):
                if name in by_table:
                    read_csv_table(plan, by_table[name], table)
            if not plan.rows and not plan.problems:
                raise UnusableInputError(f"{path}: no CSV file here is an HSDS 3.0 table")
            return plan
        for file in files:
            _read_json_file(plan, file)
    elif path.is_file():
        if path.suffix.lower() == ".csv":
            table_kind = {k.table: k.name for k in kinds().values()}.get(path.name)
            if table_kind is None:
                raise UnusableInputError(f"{path}: not named after an HSDS 3.0 table")
            read_csv_table(plan, table_kind, path)
        else:
            _read_json_file(plan, path)
    else:
        raise UnusableInputError(f"{path}: no such file or folder")
    if not plan.rows and not any(p.recognised for p in plan.problems):
        raise UnusableInputError("; ".join(str(p) for p in plan.problems[:5]) or f"{path}: no data")
    return plan


def read_sample() -> Plan:
    """The bundled sample directory (``resources/referrals/sample_services.json``)."""
    entry = importlib.resources.files("console.resources").joinpath(*SAMPLE)
    plan = Plan()
    read_json_document(plan, SAMPLE[-1], json.loads(entry.read_text(encoding="utf-8")), "service")
    return plan
