"""The reference service: templates and the referral directory fetched, cached, searched offline."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from console.app.reference import ApiSource, Reference, _services, _templates
from console.domain.checklists import load_templates
from console.net.client import ApiClient
from console.secrets import new_cache_key
from console.store import Cache
from tests.conftest import Backend


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    opened = Cache.open(tmp_path / "cache.db", new_cache_key())
    yield opened
    opened.close()


@pytest_asyncio.fixture
async def api(backend: Backend) -> AsyncIterator[ApiClient]:
    client = ApiClient(backend.url)
    await client.login("advocate1", "training")
    yield client
    await client.aclose()


@pytest_asyncio.fixture
async def reference(cache: Cache, api: ApiClient) -> AsyncIterator[Reference]:
    made = Reference(cache, ApiSource(api), page_size=5)  # small pages: paging is exercised
    yield made
    await made.aclose()


@pytest.mark.asyncio
async def test_before_any_fetch_the_shipped_templates_are_used(cache: Cache) -> None:
    reference = Reference(cache)  # no source at all: offline from the start
    try:
        assert reference.templates() == load_templates()
        assert reference.templates_fetched_at() is None
        assert reference.search(q="shelter") == []
        assert not await reference.refresh()
    finally:
        await reference.aclose()


@pytest.mark.asyncio
async def test_a_fetch_caches_templates_and_the_whole_directory(
    reference: Reference, cache: Cache, backend: Backend
) -> None:
    changed: list[str] = []
    reference.templates_changed.connect(lambda: changed.append("templates"))
    reference.directory_changed.connect(lambda: changed.append("directory"))
    assert await reference.refresh()
    assert changed == ["templates", "directory"]
    assert {t.id for t in reference.templates()} == {t.id for t in load_templates()}
    assert reference.directory_size() == 26  # six pages of five, all of them
    assert reference.directory_fetched_at() is not None

    backend.stop()
    assert not await reference.refresh()
    assert reference.offline
    # Another start of the console, offline: everything comes from the encrypted cache.
    again = Reference(cache)
    try:
        assert [t.id for t in again.templates()] == [t.id for t in reference.templates()]
        assert again.directory_size() == 26
        spanish = {s.name for s in again.search(q="shelter", language="es")}
        assert "(fictional) Riverside Shelter Network" in spanish
        for name in ("es-MX", "spa", "Spanish", "español", "Español"):
            assert {s.name for s in again.search(q="shelter", language=name)} == spanish
    finally:
        await again.aclose()
    backend.start()


@pytest.mark.asyncio
async def test_the_cached_search_matches_the_server_search(
    reference: Reference, api: ApiClient
) -> None:
    assert await reference.refresh()
    for filters in (
        {"q": "legal"},
        {"q": "trafficking", "language": "es"},
        {"service": "Emergency shelter"},
        {"region": "TX"},
        {"region": "Texas"},
        {"region": "Houston, TX", "service": "Legal"},
        {"language": "vi"},
        {"q": "counsel", "region": "94110"},
    ):
        server = {s["name"] for s in await api.referrals(limit=200, **filters)}
        local = {s.name for s in reference.search(limit=200, **filters)}
        assert local == server, filters
        assert 0 < len(server) < 26, filters  # each filter finds some, not all


@pytest.mark.asyncio
async def test_nationwide_services_match_every_region_after_the_local_ones(
    reference: Reference,
) -> None:
    assert await reference.refresh()
    found = reference.search(region="Houston", limit=200)
    flags = [s.nationwide for s in found]
    assert True in flags and False in flags
    assert flags == sorted(flags)  # local first, nationwide last


def test_invalid_entries_are_skipped_and_counted() -> None:
    template = load_templates()[0].model_dump(mode="json")
    broken = {**template, "id": "broken", "languages": ["es"]}  # English is required
    found, bad = _templates([template, broken, "nonsense"])
    assert [t.id for t in found] == [template["id"]] and bad == 2
    assert _templates({"not": "a list"}) == ([], 1)
    services, bad = _services([{"id": "s1", "name": "A service"}, {"name": "no id"}])
    assert [s.id for s in services] == ["s1"] and bad == 1
