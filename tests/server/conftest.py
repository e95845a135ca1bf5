"""Fixtures for the backend tests: real backends with short timers, and per-test worlds."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.helpers import World
from tests.server.process import ServerProcess

OFFER_TIMEOUT = 1.5
FAST = ("--offer-timeout", str(OFFER_TIMEOUT), "--heartbeat", "0.3")


def start_backend(db: Path, *extra: str) -> ServerProcess:
    server = ServerProcess(db, extra=(*FAST, *extra))
    server.start()
    return server


@pytest.fixture(scope="session")
def shared_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One backend for these tests (demo accounts, 1.5 s offers, 0.3 s heartbeats).

    Tests share it safely because each works with its own users and contacts
    (see ``World``), which are signed off and sent away at the end of the test.
    """
    server = start_backend(tmp_path_factory.mktemp("backend") / "backend.db")
    yield server
    server.stop()


@pytest.fixture
def fresh_backend(tmp_path: Path) -> Iterator[ServerProcess]:
    """A backend of this test's own (for restarts, database swaps, pristine state)."""
    server = start_backend(tmp_path / "backend.db")
    yield server
    server.stop()


@pytest.fixture
def world(shared_backend: ServerProcess) -> Iterator[World]:
    """This test's users and contacts on the module's backend, tidied away afterwards."""
    w = World(shared_backend.url, shared_backend.db)
    yield w
    w.close()
