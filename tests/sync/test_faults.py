"""Fault test (issue 4 "Proof"): seeded network faults between the engine and the backend.

Each seed is one run of :func:`tests.sync.fault_run.fault_run` and must end with
the console and the server agreeing exactly.  ``FAULT_RUNS`` sets how many
seeds (30 by default); ``benchmarks/fault_soak.py`` runs 1,000.  One backend
serves the whole module; every fifth seed restarts it mid-storm.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.net.client import ApiClient
from tests.conftest import Backend

from .fault_proxy import Fault
from .fault_run import fault_run
from .helpers import LEAD

FAULT_RUNS = int(os.environ.get("FAULT_RUNS", "30"))


@pytest.fixture(scope="module")
def shared_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Backend]:
    server = Backend(tmp_path_factory.mktemp("faults") / "backend.db")
    server.start()
    yield server
    server.stop()


@pytest.mark.asyncio
@pytest.mark.parametrize("seed", range(FAULT_RUNS))
async def test_client_and_server_agree_after_a_fault_storm(
    seed: int, shared_backend: Backend, tmp_path: Path
) -> None:
    async def restart() -> None:
        await asyncio.to_thread(shared_backend.restart)

    async with ApiClient(shared_backend.url) as direct:
        await direct.login(*LEAD)
        result = await fault_run(
            seed,
            direct,
            lambda: shared_backend.port,
            restart,
            tmp_path,
            restarts=1 if seed % 5 == 4 else 0,
        )
    assert result.problems == [], (result.faults, result.conflicts)
    assert sum(n for f, n in result.faults.items() if f is not Fault.PASS) >= 3
    assert result.events > 0, "the event stream ran through the storm"
