"""Fixtures of the sync tests: the real backend, signed-in clients, real encrypted caches."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from console.net.client import ApiClient
from console.secrets import new_cache_key
from console.store import Cache
from tests.conftest import Backend

from .helpers import LEAD, create_case


@pytest.fixture
def caches(tmp_path: Path) -> Iterator[Callable[[str], Cache]]:
    """``caches("a")``: a fresh encrypted cache (one client install) per name."""
    opened: list[Cache] = []

    def make(name: str) -> Cache:
        cache = Cache.open(tmp_path / f"client-{name}" / "cache.db", new_cache_key())
        opened.append(cache)
        return cache

    yield make
    for cache in opened:
        cache.close()


@pytest_asyncio.fixture
async def lead(backend: Backend) -> AsyncIterator[ApiClient]:
    client = ApiClient(backend.url)
    await client.login(*LEAD)
    yield client
    await client.aclose()


@pytest_asyncio.fixture
async def lead2(backend: Backend) -> AsyncIterator[ApiClient]:
    """The same lead on a second workstation (a second client install)."""
    client = ApiClient(backend.url)
    await client.login(*LEAD)
    yield client
    await client.aclose()


@pytest_asyncio.fixture
async def case_id(lead: ApiClient) -> str:
    return await create_case(lead, "sync test case")
