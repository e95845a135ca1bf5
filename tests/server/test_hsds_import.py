"""The HSDS 3.0 importer: the official examples in both serialisations, the bundled
sample directory, broken files reported row by row, and the command's exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from console.protocol import ReferralService
from console.server.db import Database
from console.server.hsds_import import (
    Plan,
    UnusableInputError,
    guess_kind,
    read_path,
    read_sample,
)
from console.server.referrals import search, store_objects

ROOT = Path(__file__).resolve().parents[2]
HSDS = Path(__file__).resolve().parents[2].parent / "shared" / "hsds-3.0"
EXAMPLES = HSDS / "examples"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"  # the examples' one service

needs_examples = pytest.mark.skipif(
    not EXAMPLES.is_dir(), reason=f"the official HSDS 3.0 examples are not at {HSDS}"
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "directory.db")
    yield database
    database.close()


def _store(db: Database, plan: Plan) -> int:
    with db.transaction() as tx:
        return store_objects(tx, plan.objects)


def _find(db: Database, **filters: Any) -> list[ReferralService]:
    with db.read() as tx:
        return search(tx, **filters)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console.server", "import-referrals", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _copy_csv(tmp_path: Path) -> Path:
    folder = tmp_path / "package"
    shutil.copytree(EXAMPLES / "csv", folder)
    for path in folder.iterdir():
        path.chmod(0o644)
    folder.chmod(0o755)
    return folder


def _rewrite(path: Path, change: Any) -> None:
    """Rewrite a CSV table: ``change(rows)`` edits the list of row dicts in place."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = list(reader.fieldnames or [])
        rows = list(reader)
    change(rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


# ---------------------------------------------------------------- the official examples


@needs_examples
def test_the_official_csv_package_imports_whole(db: Database) -> None:
    plan = read_path(EXAMPLES / "csv")
    assert plan.problems == []
    assert plan.rows == 21  # one row in each of the 21 tables
    assert any("datapackage.json" in note for note in plan.notes)  # shipped as a dangling link
    assert _store(db, plan) == 1
    [service] = _find(db)
    assert service.id == SERVICE_ID
    assert service.organization is not None
    assert service.organization.name == "Example Organization Inc."
    assert [p.number for p in service.phones] == ["+44 1234 234567"]
    assert service.phones[0].extension == "100" and service.phones[0].languages == ["ur"]
    assert [(lang.code, lang.name) for lang in service.languages] == [("ur", "Urdu")]
    assert service.accessibility and "induction loops" in (
        service.accessibility[0].description or ""
    )
    assert service.hours[0].opens_at == "10:00:00" and service.hours[0].byday == "TH,FR"
    assert service.minimum_age == 12
    assert service.locations[0].addresses[0].city == "MyCity"


@needs_examples
def test_the_official_json_examples_import_whole_and_match_the_csv(
    db: Database, tmp_path: Path
) -> None:
    plan = read_path(EXAMPLES)
    assert plan.problems == []
    assert any("base.json" in note for note in plan.notes)
    assert _store(db, plan) == 1
    [from_json] = _find(db)
    other = Database(tmp_path / "csv.db")
    try:
        _store(other, read_path(EXAMPLES / "csv"))
        with other.read() as tx:
            [from_csv] = search(tx)
    finally:
        other.close()
    keep = {"updated_at"}
    assert from_json.model_dump(exclude=keep) == from_csv.model_dump(exclude=keep)


@needs_examples
@pytest.mark.parametrize(
    ("name", "services"),
    [
        ("service_full.json", 1),  # one object
        ("service_list.json", 1),  # an API page
        ("organization_full.json", 1),  # an organization with its services
        ("service_at_location_list.json", 1),
        ("tabular.json", 1),  # the tabular data as JSON
        ("location.json", 0),
        ("taxonomy_term_list.json", 0),
        ("taxonomy.json", 0),
    ],
)
def test_each_official_json_file_imports_alone(db: Database, name: str, services: int) -> None:
    plan = read_path(EXAMPLES / name)
    assert plan.problems == [] and plan.rows >= 1
    assert _store(db, plan) == services


@needs_examples
def test_the_schemas_are_the_official_ones() -> None:
    bundled = ROOT / "resources" / "hsds"
    for official in (HSDS / "schema").glob("*.json"):
        if official.name != "openapi.json":
            assert (bundled / official.name).read_bytes() == official.read_bytes(), official.name
    assert (bundled / "LICENSE").read_bytes() == (HSDS / "LICENSE").read_bytes()
    assert "openreferral/specification" in (bundled / "NOTICE").read_text(encoding="utf-8")


# ---------------------------------------------------------------- upserts


@needs_examples
def test_importing_again_updates_by_id(db: Database, tmp_path: Path) -> None:
    _store(db, read_path(EXAMPLES / "csv"))
    folder = _copy_csv(tmp_path)
    _rewrite(folder / "services.csv", lambda rows: rows[0].update(name="Renamed Counselling"))
    assert _store(db, read_path(folder)) == 1
    [service] = _find(db)
    assert service.id == SERVICE_ID and service.name == "Renamed Counselling"
    with db.read() as tx:
        assert tx.scalar("SELECT count(*) FROM hsds_objects WHERE kind = 'service'") == 1


# ---------------------------------------------------------------- bad rows


@needs_examples
def test_bad_csv_rows_are_reported_and_the_good_ones_imported(db: Database, tmp_path: Path) -> None:
    folder = _copy_csv(tmp_path)

    def services(rows: list[dict[str, str]]) -> None:
        good = dict(rows[0], id="11111111-2222-4333-8444-555555555555", name="Second Service")
        bad_status = dict(rows[0], id="21111111-2222-4333-8444-555555555555", status="open")
        bad_id = dict(rows[0], id="not-a-uuid")
        no_name = dict(rows[0], id="31111111-2222-4333-8444-555555555555", name="")
        rows += [good, bad_status, bad_id, no_name]

    _rewrite(folder / "services.csv", services)
    _rewrite(folder / "phones.csv", lambda rows: rows[0].update(extension="ext. 9"))
    with (folder / "languages.csv").open("a", encoding="utf-8") as handle:
        handle.write("41111111-2222-4333-8444-555555555555,,,,Spanish,es,note,surplus\n")
    plan = read_path(folder)
    found = {(p.file, p.row.split(" (")[0]): p.why for p in plan.problems}
    assert set(found) == {
        ("services.csv", "row 3"),
        ("services.csv", "row 4"),
        ("services.csv", "row 5"),
        ("phones.csv", "row 1"),
        ("languages.csv", "row 2"),
    }
    assert "'open' is not one of" in found[("services.csv", "row 3")]
    assert "is not a 'uuid'" in found[("services.csv", "row 4")]
    assert "'name' is a required property" in found[("services.csv", "row 5")]
    assert "$.extension: 'ext. 9' is not of type 'number'" in found[("phones.csv", "row 1")]
    assert "more cells than columns" in found[("languages.csv", "row 2")]
    assert "line 5" in next(p.row for p in plan.problems if p.row.startswith("row 4"))
    assert _store(db, plan) == 2
    assert {s.name for s in _find(db)} == {"Community Counselling", "Second Service"}


def test_bad_json_objects_are_reported_with_their_place(db: Database, tmp_path: Path) -> None:
    good = {"id": "51111111-2222-4333-8444-555555555555", "name": "Food Bank", "status": "active"}
    data = [
        good,
        {"id": "61111111-2222-4333-8444-555555555555", "name": "No status"},  # kind from name
        {**good, "id": "71111111-2222-4333-8444-555555555555", "phones": [{"id": "x"}]},
        "not an object",
    ]
    path = tmp_path / "services_export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    plan = read_path(path)
    found = {p.row: p.why for p in plan.problems}
    assert set(found) == {"item 1", "item 2", "item 3"}
    assert "'status' is a required property" in found["item 1"]
    assert "$.phones[0]" in found["item 2"]
    assert found["item 3"] == "not a JSON object"
    assert all(p.file == "services_export.json" for p in plan.problems)
    assert _store(db, plan) == 1


def test_a_nested_object_outside_its_parents_schema_is_still_checked(tmp_path: Path) -> None:
    organization = {
        "id": "81111111-2222-4333-8444-555555555555",
        "name": "Org",
        "description": "An organization",
        "services": [{"id": "91111111-2222-4333-8444-555555555555", "name": "No status"}],
    }
    path = tmp_path / "organization.json"
    path.write_text(json.dumps(organization), encoding="utf-8")
    [problem] = read_path(path).problems
    assert "$.services[0]: 'status' is a required property" in problem.why


@pytest.mark.parametrize(
    ("obj", "kind"),
    [
        ({"id": "x", "name": "n", "status": "active"}, "service"),
        ({"id": "x", "location_type": "virtual"}, "location"),
        ({"id": "x", "service": {}, "location": {}}, "service_at_location"),
        ({"id": "x", "name": "n", "description": "d", "website": "w"}, "organization"),
        ({"id": "x", "name": "n", "description": "d", "code": "c"}, "taxonomy_term"),
        ({"id": "x", "name": "n", "description": "d", "version": "1"}, "taxonomy"),
        ({"id": "x", "colour": "red"}, None),
    ],
)
def test_the_kind_of_an_unnamed_object(obj: dict[str, Any], kind: str | None) -> None:
    assert guess_kind(obj) == kind


def test_a_real_datapackage_maps_its_tables_and_stays_inside_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "svc.csv").write_text(
        "id,name,status\nb1111111-2222-4333-8444-555555555555,Legal Aid,active\n",
        encoding="utf-8",
    )
    (tmp_path / "outside.csv").write_text("id,name,status\n", encoding="utf-8")
    package = {
        "resources": [
            {"name": "service", "path": "svc.csv"},
            {"name": "organization", "path": "../outside.csv"},
            {"name": "widgets", "path": "widgets.csv"},
        ]
    }
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    plan = read_path(folder)
    assert plan.rows == 1 and plan.problems == []
    assert any("outside the package" in n for n in plan.notes)
    assert any("widgets.csv is not an HSDS 3.0 table" in n for n in plan.notes)


@pytest.mark.parametrize(
    "make",
    [
        lambda p: p / "missing",
        lambda p: (p / "empty").mkdir() or p / "empty",
        lambda p: (p / "x.json").write_text("{not json", encoding="utf-8") and p / "x.json",
        lambda p: (p / "x.json").write_text("42", encoding="utf-8") and p / "x.json",
        lambda p: (p / "[]").write_text("[]", encoding="utf-8") and p / "[]",
        lambda p: (p / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8") and p / "notes.csv",
    ],
)
def test_unusable_input(tmp_path: Path, make: Any) -> None:
    with pytest.raises(UnusableInputError):
        read_path(make(tmp_path))


# ---------------------------------------------------------------- the command


@needs_examples
def test_the_command_exit_codes(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    ok = _cli(str(EXAMPLES / "csv"), "--db", str(db))
    assert ok.returncode == 0, ok.stderr
    assert "1 services in the directory" in ok.stdout
    folder = _copy_csv(tmp_path)
    _rewrite(folder / "services.csv", lambda rows: rows[0].update(status="open"))
    some_bad = _cli(str(folder), "--db", str(db))
    assert some_bad.returncode == 1
    assert (
        "bad row: services.csv, row 1 (line 2): $.status: 'open' is not one of" in some_bad.stderr
    )
    unusable = _cli(str(tmp_path / "nothing-here"), "--db", str(tmp_path / "never.db"))
    assert unusable.returncode == 2
    assert "Nothing imported" in unusable.stderr
    assert not (tmp_path / "never.db").exists()


# ---------------------------------------------------------------- the bundled sample


def test_the_sample_directory_is_valid_hsds_and_meaningful(db: Database) -> None:
    plan = read_sample()
    assert plan.problems == []
    assert _store(db, plan) >= 25
    services = _find(db, limit=100)
    numbers = {p.number for s in services for p in s.phones}
    for public in (
        "1-888-373-7888",  # National Human Trafficking Hotline
        "233733",  # its text line
        "988",
        "1-800-799-7233",  # National Domestic Violence Hotline
        "1-800-656-4673",  # RAINN
        "1-800-843-5678",  # NCMEC
        "1-800-422-4453",  # Childhelp
    ):
        assert public in numbers, public
    fictional = [s for s in services if not s.nationwide or "(fictional)" in s.name]
    assert len(fictional) >= 18
    for service in fictional:
        assert service.name.startswith("(fictional) ")
        assert "fictional" in (service.description or "")
        assert all("555 01" in p.number for p in service.phones)
    codes = {lang.code for s in services for lang in s.languages}
    assert {"en", "es", "vi", "zh", "ht", "mam"} <= codes
    types = {t for s in services for t in s.service_types}
    for wanted in (
        "Emergency shelter",
        "Legal and immigration services",
        "Case management",
        "Medical care",
        "Counselling and mental health",
        "Transportation",
        "Labor rights",
    ):
        assert wanted in types
    states = {a.state_province for s in services for loc in s.locations for a in loc.addresses}
    assert len(states) >= 6
    assert any(s.accessibility for s in services)
