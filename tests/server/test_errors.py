"""Bad input of every kind gets the error body and never a 5xx."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from tests.server.helpers import World


def _is_error_body(response: httpx.Response, code: str) -> None:
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_unknown_paths_and_wrong_methods(world: World) -> None:
    with world.client() as client:
        missing = client.get("/api/v1/nothing-here")
        assert missing.status_code == 404
        _is_error_body(missing, "not_found")
        wrong = client.delete("/api/v1/auth/login")
        assert wrong.status_code == 405
        _is_error_body(wrong, "method_not_allowed")


def test_malformed_json_is_400(world: World) -> None:
    person = world.advocate("en", available=False)
    for payload in (b"{", b'{"status": }', b"\xff\xfe", b"[1, 2"):
        response = person.client.put(
            "/api/v1/me/presence", content=payload, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400, payload
        _is_error_body(response, "malformed")


def test_wrong_types_name_the_fields(world: World) -> None:
    person = world.advocate("en", available=False)
    response = person.put("/api/v1/me/presence", {"status": 3})
    assert response.status_code == 422
    _is_error_body(response, "invalid")
    assert list(response.json()["error"]["fields"]) == ["status"]
    nested = person.post(
        "/api/v1/sync",
        {
            "client_id": "c",
            "mutations": [{"seq": "one", "entity": "note", "op": "upsert", "id": "a"}],
        },
    )
    assert nested.status_code == 422
    assert "mutations.0.seq" in nested.json()["error"]["fields"]
    not_object = person.put("/api/v1/me/presence", [1, 2])
    assert not_object.status_code == 422
    with world.client() as client:
        no_body = client.post("/api/v1/auth/login")
    assert no_body.status_code == 422


def test_bodies_over_one_mebibyte_are_too_large(world: World) -> None:
    person = world.advocate("en", available=False)
    big = json.dumps({"status": "away", "pad": "x" * (1024 * 1024)}).encode()
    declared = person.client.put(
        "/api/v1/me/presence", content=big, headers={"Content-Type": "application/json"}
    )
    assert declared.status_code == 413
    _is_error_body(declared, "too_large")

    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b"x" * (64 * 1024)

    streamed = person.client.post(
        "/api/v1/sync",
        content=chunks(),
        headers={"Content-Type": "application/json"},
    )
    assert "content-length" not in {k.lower() for k in streamed.request.headers}
    assert streamed.status_code == 413
    _is_error_body(streamed, "too_large")
    exactly = json.dumps({"status": "away"}).encode().ljust(1024 * 1024, b" ")
    ok = person.client.put(
        "/api/v1/me/presence", content=exactly, headers={"Content-Type": "application/json"}
    )
    assert ok.status_code == 200


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/sessions/%00"),
        ("post", "/api/v1/sessions/%F0%9F%98%80/accept"),
        ("get", "/api/v1/cases/..%2F..%2Fetc"),
        ("get", "/api/v1/changes?since=%FF&limit=abc"),
        ("get", "/api/v1/changes?limit=999999999999999999999999"),
        ("get", "/api/v1/cases?status=open&q=%25%5F%5C"),
    ],
)
def test_odd_paths_and_queries_never_fail_the_server(world: World, method: str, path: str) -> None:
    lead = world.lead()
    response = lead.client.request(method, path)
    assert response.status_code < 500
    assert "error" in response.json() or response.status_code == 200


def test_odd_headers_and_tokens_never_fail_the_server(world: World) -> None:
    with world.client() as client:
        for auth in ("Bearer", "Bearer " + "x" * 5000, "Token abc", "bearer abc"):
            response = client.get("/api/v1/me", headers={"Authorization": auth})
            assert response.status_code == 401, auth
        bad_event_id = client.get("/api/v1/events", headers={"Last-Event-ID": "x" * 100})
        assert bad_event_id.status_code in (401, 422)
