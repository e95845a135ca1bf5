"""GET /api/v1/referrals over real HTTP: words, service, language, region, paging,
imports into a running backend, and queries that must never break it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import TypeAdapter

from console.protocol import REFERRALS_LIMIT_MAX, ReferralService
from tests.server.conftest import start_backend
from tests.server.process import ServerProcess

SERVICES: TypeAdapter[list[ReferralService]] = TypeAdapter(list[ReferralService])


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A training backend of this module's own: --demo loads the sample directory."""
    server = start_backend(tmp_path_factory.mktemp("referrals") / "backend.db")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def client(directory: ServerProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=directory.url, timeout=10) as anonymous:
        token = anonymous.post(
            "/api/v1/auth/login", json={"username": "advocate1", "password": "training"}
        ).json()["access_token"]
    with httpx.Client(
        base_url=directory.url, headers={"Authorization": f"Bearer {token}"}, timeout=10
    ) as signed_in:
        yield signed_in


def _search(client: httpx.Client, **params: Any) -> list[ReferralService]:
    response = client.get("/api/v1/referrals", params=params)
    assert response.status_code == 200, response.text
    return SERVICES.validate_python(response.json())


def _names(services: list[ReferralService]) -> list[str]:
    return [s.name.removeprefix("(fictional) ") for s in services]


def test_referrals_need_a_signed_in_user(directory: ServerProcess) -> None:
    with httpx.Client(base_url=directory.url) as anonymous:
        response = anonymous.get("/api/v1/referrals")
    assert response.status_code == 401


def test_the_whole_directory_is_shaped_after_hsds(client: httpx.Client) -> None:
    services = _search(client, limit=REFERRALS_LIMIT_MAX)
    assert len(services) >= 25
    hotline = next(s for s in services if s.name == "National Human Trafficking Hotline")
    assert hotline.organization is not None and hotline.organization.name == "Polaris"
    assert {(p.number, p.type) for p in hotline.phones} >= {
        ("1-888-373-7888", "voice"),
        ("233733", "text"),
        ("711", "textphone"),
    }
    assert {lang.code for lang in hotline.languages} == {"en", "es"}
    assert hotline.nationwide and hotline.regions == ["United States"]
    assert hotline.hours[0].description == "Open 24 hours, every day"
    assert "Crisis hotline" in hotline.service_types
    assert hotline.accessibility and "711" in (hotline.accessibility[0].description or "")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"q": "trafficking hotline"}, "National Human Trafficking Hotline"),
        ({"q": "HOTL TRAFFICK"}, "National Human Trafficking Hotline"),  # prefixes, any case
        ({"q": "nail salon"}, "Cascade Nail Salon Workers Collective"),
        ({"q": "farmworker H-2A"}, "Sunshine State Farmworker Advocacy"),
        ({"q": "Polaris"}, "National Human Trafficking Hotline"),  # the organization's name
        ({"q": "cybertipline"}, "Missing children and CyberTipline"),
    ],
)
def test_words_find_services(client: httpx.Client, query: dict[str, str], expected: str) -> None:
    found = _names(_search(client, **query))
    assert found and found[0] == expected, found


def test_service_types_and_names(client: httpx.Client) -> None:
    shelters = set(_names(_search(client, service="emergency shelter")))
    assert shelters == {
        "Riverside Shelter Network",
        "Harbor House Shelter",
        "Peachtree Youth Shelter",
    }
    legal = set(_names(_search(client, service="legal")))
    assert "Gulf Coast Immigration Legal Clinic" in legal
    assert "Harbor House Shelter" not in legal
    assert _names(_search(client, service="shelter_network")) == []  # "_" is no wildcard
    assert _names(_search(client, service="Harbor House")) == ["Harbor House Shelter"]


@pytest.mark.parametrize("language", ["es", "es-MX", "spa", "Spanish", "ESPAÑOL", "espanol"])
def test_a_language_by_code_tag_or_name(client: httpx.Client, language: str) -> None:
    found = _search(client, language=language, limit=REFERRALS_LIMIT_MAX)
    assert len(found) >= 15
    assert all(any(lang.code == "es" for lang in s.languages) for s in found)


def test_less_common_languages(client: httpx.Client) -> None:
    assert set(_names(_search(client, language="vi"))) == {
        "Riverside Shelter Network",
        "Gulf Coast Immigration Legal Clinic",
        "Rainier Immigrant Rights Legal Services",
        "Cascade Nail Salon Workers Collective",
    }
    assert _names(_search(client, language="mam")) == ["Sunshine State Farmworker Advocacy"]
    assert _names(_search(client, language="ase")) == ["Signs of Safety ASL Advocacy"]
    assert _search(client, language="tlh") == []  # Klingon: nobody


def test_a_region_by_name_or_state_abbreviation_with_national_services_last(
    client: httpx.Client,
) -> None:
    texas = _search(client, region="Texas", limit=REFERRALS_LIMIT_MAX)
    assert _search(client, region="TX", limit=REFERRALS_LIMIT_MAX) == texas
    local = [s for s in texas if not s.nationwide]
    assert set(_names(local)) == {
        "Riverside Shelter Network",
        "Gulf Coast Immigration Legal Clinic",
        "Lone Star Labor Rights Center",
    }
    assert texas[: len(local)] == local  # local services first
    assert any(s.name == "988 Suicide & Crisis Lifeline" for s in texas)
    houston = _search(client, region="Houston, TX")
    assert {"Riverside Shelter Network", "Gulf Coast Immigration Legal Clinic"} <= set(
        _names(houston)
    )
    assert "Lone Star Labor Rights Center" not in _names(houston)  # San Antonio
    assert "Peachtree Youth Shelter" not in _names(_search(client, region="Texas"))


def test_filters_combine(client: httpx.Client) -> None:
    found = _names(_search(client, q="visa", language="vi", region="Seattle"))
    assert found == ["Rainier Immigrant Rights Legal Services"]
    assert _search(client, service="shelter", region="Chicago", language="zh") == []


def test_limit_and_offset_page_through_the_directory(client: httpx.Client) -> None:
    everything = _search(client, limit=REFERRALS_LIMIT_MAX)
    pages = [_search(client, limit=10, offset=n) for n in range(0, len(everything), 10)]
    assert [s.id for page in pages for s in page] == [s.id for s in everything]


@pytest.mark.parametrize(
    "params",
    [
        {"q": '"'},
        {"q": 'shelter" OR "legal'},
        {"q": "NEAR(a b)"},
        {"q": "*"},
        {"q": "-shelter"},
        {"q": "a:b"},
        {"q": "%"},
        {"service": "%"},
        {"region": "%_%"},
        {"language": "'; DROP TABLE referrals; --"},
        {"q": "\u202e\u0000"},
        {"region": ",,,,,,"},
    ],
)
def test_hostile_queries_are_just_queries(client: httpx.Client, params: dict[str, str]) -> None:
    response = client.get("/api/v1/referrals", params=params)
    assert response.status_code == 200, response.text
    SERVICES.validate_python(response.json())


@pytest.mark.parametrize(
    "params",
    [{"limit": 0}, {"limit": REFERRALS_LIMIT_MAX + 1}, {"offset": -1}, {"q": "x" * 201}],
)
def test_out_of_range_parameters_are_invalid(client: httpx.Client, params: dict[str, Any]) -> None:
    response = client.get("/api/v1/referrals", params=params)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid"


def test_an_import_into_the_running_backend_is_searchable_at_once(
    directory: ServerProcess, client: httpx.Client, tmp_path: Path
) -> None:
    services = [
        {
            "id": "c1111111-2222-4333-8444-555555555555",
            "name": "(fictional) Prairie Legal Aid",
            "description": "Fictional legal aid in Omaha.",
            "status": "active",
            "service_areas": [
                {"id": "c2111111-2222-4333-8444-555555555555", "name": "Omaha, Nebraska"}
            ],
        },
        {
            "id": "c3111111-2222-4333-8444-555555555555",
            "name": "(fictional) Closed Prairie Shelter",
            "status": "defunct",
        },
    ]
    path = tmp_path / "services.json"
    path.write_text(json.dumps(services), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "console.server",
            "import-referrals",
            str(path),
            "--db",
            str(directory.db),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = _search(client, q="prairie")
    assert _names(found) == ["Prairie Legal Aid"]  # defunct services are never listed
    assert _names(_search(client, region="NE"))[0] == "Prairie Legal Aid"
