"""Fixtures of the network-layer tests: signed-in clients of the real backend.

``quick_backend`` is the reference backend with a 1 s heartbeat and a 2 s
access-token lifetime, so expiry, refresh and the watchdog are tested in seconds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from console.net.client import ApiClient
from tests.conftest import Backend

from .helpers import ADVOCATE, CountingTokenStore

QUICK = ("--heartbeat", "0.25", "--access-ttl", "2")


@pytest.fixture
def quick_backend(tmp_path: Path) -> Iterator[Backend]:
    server = Backend(tmp_path / "quick.db", extra=QUICK)
    server.start()
    yield server
    server.stop()


@pytest_asyncio.fixture
async def api(backend: Backend) -> AsyncIterator[ApiClient]:
    """advocate1, signed in to the default backend."""
    client = ApiClient(backend.url, token_store=CountingTokenStore())
    await client.login(*ADVOCATE)
    yield client
    await client.aclose()


@pytest_asyncio.fixture
async def quick_api(quick_backend: Backend) -> AsyncIterator[ApiClient]:
    """advocate1, signed in to the quick backend."""
    client = ApiClient(quick_backend.url, token_store=CountingTokenStore())
    await client.login(*ADVOCATE)
    yield client
    await client.aclose()
