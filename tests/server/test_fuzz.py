"""Property-based fuzzing of every documented operation (schemathesis 4): no input,
valid or not, may make the server fail (``not_a_server_error``).

Runs as a lead (the widest view), with the gateway token on ``/inbound``.
Sign-out and the endless event stream are left out.  Bounded by
``max_examples`` per operation so the whole run stays well under two minutes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error

from tests.server.conftest import start_backend
from tests.server.helpers import GATEWAY
from tests.server.process import ServerProcess

pytestmark = pytest.mark.slow

EXAMPLES_PER_OPERATION = 25
OPENAPI_COPY = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.json"
EXCLUDED = {"/api/v1/events", "/api/v1/auth/logout"}


@pytest.fixture(scope="module")
def fuzz_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    server = start_backend(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def lead_token(fuzz_backend: ServerProcess) -> str:
    with httpx.Client(base_url=fuzz_backend.url) as client:
        response = client.post(
            "/api/v1/auth/login", json={"username": "lead1", "password": "training"}
        )
    return str(response.json()["access_token"])


@pytest.fixture(scope="module")
def api_schema(fuzz_backend: ServerProcess) -> Any:
    return schemathesis.openapi.from_url(f"{fuzz_backend.url}/api/v1/openapi.json")


def _operations() -> list[tuple[str, str]]:
    document = json.loads(OPENAPI_COPY.read_text(encoding="utf-8"))
    return sorted(
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in item
        if path not in EXCLUDED
    )


# schemathesis' own pytest integration (``from_fixture(...).parametrize()``) does not
# run under pytest 9 (it reads ``node._nodeid``), so each operation gets a plain
# Hypothesis test over the strategies schemathesis builds for it.
@pytest.mark.parametrize(("method", "path"), _operations())
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
def test_no_input_makes_the_server_fail(
    api_schema: Any,
    fuzz_backend: ServerProcess,
    lead_token: str,
    method: str,
    path: str,
    mode: GenerationMode,
) -> None:
    operation = api_schema[path][method]
    token = GATEWAY if path == "/api/v1/inbound" else lead_token

    @given(operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any) -> None:
        response = case.call(
            base_url=fuzz_backend.url, headers={"Authorization": f"Bearer {token}"}, timeout=10
        )
        case.validate_response(response, checks=[not_a_server_error])

    check()
