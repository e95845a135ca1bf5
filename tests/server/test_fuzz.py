"""Property-based fuzzing of every documented operation (schemathesis 4), as an
advocate and as a lead: no input, valid or not, may make the server fail
(``not_a_server_error``), and every answer's status is one the OpenAPI documents
(``status_code_conformance``) with a JSON error body where it says so.

``/inbound`` runs with the gateway's token; ``/auth/logout`` with a sign-in of
its own per case (it ends that sign-in); ``/events`` is opened, its status read
and the stream closed.  Path ids are sometimes swapped for real ones (sessions
and cases the advocate holds), so generated cases reach past the 404.  Bounded
by ``EXAMPLES`` per operation, mode and role so the file runs in well under a
minute on two cores.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from console.protocol import MaxSessions
from tests.server.conftest import start_backend
from tests.server.helpers import GATEWAY, PASSWORD, World
from tests.server.process import ServerProcess

pytestmark = pytest.mark.slow

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "10"))  # more for a deeper hunt by hand
OPENAPI_COPY = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.json"
ROLES = ("advocate", "lead")
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
TRIED: dict[str, int] = {"cases": 0}


@pytest.fixture(scope="module")
def fuzz_backend(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    server = start_backend(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def fuzz_world(fuzz_backend: ServerProcess) -> Iterator[World]:
    world = World(fuzz_backend.url, fuzz_backend.db)
    yield world
    world.close()
    print(f"\nfuzzing: {TRIED['cases']} cases tried")


@pytest.fixture(scope="module")
def people(fuzz_world: World) -> dict[str, Any]:
    """An advocate holding a chat, a call and a text, and a lead, with their ids."""
    advocate = fuzz_world.advocate("en", max_sessions=MaxSessions(call=5, chat=20, text=20))
    lead = fuzz_world.lead("en")
    sessions, cases = [], []
    for channel in ("chat", "call", "text"):
        _, session_id = fuzz_world.contact(channel, body=None if channel == "call" else "hi")
        advocate.accept(advocate.offered()["id"])
        sessions.append(session_id)
        cases.append(advocate.session(session_id)["case_id"])
    return {
        "advocate": advocate,
        "lead": lead,
        "ids": {"session_id": sessions, "case_id": cases, "advocate_id": [advocate.id, lead.id]},
    }


@pytest.fixture(scope="module")
def api_schema(fuzz_backend: ServerProcess) -> Any:
    return schemathesis.openapi.from_url(f"{fuzz_backend.url}/api/v1/openapi.json")


def _operations() -> list[tuple[str, str]]:
    document = json.loads(OPENAPI_COPY.read_text(encoding="utf-8"))
    return sorted(
        (method.upper(), path) for path, item in document["paths"].items() for method in item
    )


def _token(world: World, people: dict[str, Any], role: str, path: str) -> str:
    if path == "/api/v1/inbound":
        return GATEWAY
    person = people[role]
    if path == "/api/v1/auth/logout":  # a sign-in to end
        response = world.login(person.username, PASSWORD)
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])
    return str(person.token)


def _open_stream(case: Any, base_url: str, token: str) -> int:
    kwargs = case.as_transport_kwargs(
        base_url=base_url, headers={"Authorization": f"Bearer {token}"}
    )
    with (
        httpx.Client(timeout=httpx.Timeout(5, read=5)) as client,
        client.stream(
            kwargs["method"],
            kwargs["url"],
            headers=kwargs.get("headers"),
            params=kwargs.get("params"),
        ) as response,
    ):
        return response.status_code


# schemathesis' own pytest integration (``from_fixture(...).parametrize()``) does not
# run under pytest 9 (it reads ``node._nodeid``), so each operation gets a plain
# Hypothesis test over the strategies schemathesis builds for it.
@pytest.mark.parametrize(("method", "path"), _operations())
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
def test_no_input_makes_the_server_fail(
    api_schema: Any,
    fuzz_backend: ServerProcess,
    fuzz_world: World,
    people: dict[str, Any],
    method: str,
    path: str,
    role: str,
    mode: GenerationMode,
) -> None:
    operation = api_schema[path][method]
    ids: dict[str, list[str]] = people["ids"]

    @given(case=operation.as_strategy(generation_mode=mode), real=st.integers(0, 3))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any, real: int) -> None:
        TRIED["cases"] += 1
        for name, values in ids.items():
            if real < len(values) and name in (case.path_parameters or {}):
                case.path_parameters[name] = values[real]  # a real id, often enough
        token = _token(fuzz_world, people, role, path)
        if path == "/api/v1/events":
            assert _open_stream(case, fuzz_backend.url, token) < 500
            return
        response = case.call(
            base_url=fuzz_backend.url, headers={"Authorization": f"Bearer {token}"}, timeout=10
        )
        case.validate_response(response, checks=CHECKS)

    check()
