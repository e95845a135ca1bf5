"""The command line: serving, shutdown, --demo's guard, add-user, openapi."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx

from tests.server.helpers import PASSWORD, EventReader, World, wait_for
from tests.server.process import ServerProcess

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console.server", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_ready_line_and_a_quick_shutdown_with_an_open_stream(tmp_path: Path) -> None:
    server = ServerProcess(tmp_path / "b.db", extra=("--heartbeat", "30"))
    url = server.start()
    assert url.startswith("http://127.0.0.1:")
    assert server.port > 0
    with httpx.Client(base_url=url) as client:
        token = client.post(
            "/api/v1/auth/login", json={"username": "lead1", "password": "training"}
        ).json()["access_token"]
    reader = EventReader(url, token)
    try:
        took = server.stop()
        assert took < 3.0
        assert reader.ended.wait(5)
    finally:
        reader.close()


def test_demo_refuses_a_non_loopback_host(tmp_path: Path) -> None:
    result = _cli("--demo", "--host", "0.0.0.0", "--port", "0", "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2
    assert "loopback" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_add_user_then_sign_in(tmp_path: Path) -> None:
    db = tmp_path / "users.db"
    added = _cli(
        "add-user",
        "casey",
        "--role",
        "lead",
        "--languages",
        "en,es",
        "--display-name",
        "Casey",
        "--db",
        str(db),
        "--password-stdin",
        stdin="s3cret-pass\n",
    )
    assert added.returncode == 0, added.stderr
    again = _cli(
        "add-user",
        "casey",
        "--role",
        "advocate",
        "--languages",
        "en",
        "--db",
        str(db),
        "--password-stdin",
        stdin="other\n",
    )
    assert again.returncode == 1
    assert "already exists" in again.stderr
    server = ServerProcess(db, demo=False)
    server.start()
    try:
        world = World(server.url, db)
        response = world.login("casey", "s3cret-pass")
        assert response.status_code == 200
        user = response.json()["user"]
        assert (user["role"], user["languages"], user["display_name"]) == (
            "lead",
            ["en", "es"],
            "Casey",
        )
        assert world.login("advocate1", "training").status_code == 401  # no demo accounts
        world.close()
    finally:
        server.stop()


def test_the_openapi_command_and_the_repository_copy_match_the_live_document(
    world: World,
) -> None:
    with world.client() as client:
        live = client.get("/api/v1/openapi.json")
    assert live.status_code == 200
    printed = _cli("openapi")
    assert printed.returncode == 0
    copy = json.loads((ROOT / "docs" / "api" / "openapi.json").read_text(encoding="utf-8"))
    assert json.loads(printed.stdout) == live.json()
    assert copy == live.json(), (
        "regenerate: python -m console.server openapi > docs/api/openapi.json"
    )


def test_the_openapi_documents_every_endpoint_with_models_and_errors(world: World) -> None:
    with world.client() as client:
        document = client.get("/api/v1/openapi.json").json()
    paths = document["paths"]
    expected = {
        ("post", "/api/v1/auth/login"),
        ("post", "/api/v1/auth/refresh"),
        ("post", "/api/v1/auth/logout"),
        ("get", "/api/v1/me"),
        ("put", "/api/v1/me/presence"),
        ("get", "/api/v1/sessions"),
        ("get", "/api/v1/sessions/{session_id}"),
        ("post", "/api/v1/sessions/{session_id}/accept"),
        ("post", "/api/v1/sessions/{session_id}/decline"),
        ("post", "/api/v1/sessions/{session_id}/messages"),
        ("post", "/api/v1/sessions/{session_id}/call"),
        ("post", "/api/v1/sessions/{session_id}/end"),
        ("post", "/api/v1/sessions/{session_id}/close"),
        ("post", "/api/v1/sessions/{session_id}/reassign"),
        ("get", "/api/v1/events"),
        ("post", "/api/v1/sync"),
        ("get", "/api/v1/changes"),
        ("get", "/api/v1/checklists"),
        ("get", "/api/v1/referrals"),
        ("get", "/api/v1/cases"),
        ("get", "/api/v1/cases/{case_id}"),
        ("get", "/api/v1/roster"),
        ("get", "/api/v1/queue"),
        ("get", "/api/v1/audit"),
        ("post", "/api/v1/inbound"),
    }
    found = {(method, path) for path, item in paths.items() for method in item}
    assert found == expected
    for method, path in expected:
        responses = paths[path][method]["responses"]
        errors = [code for code in responses if code.startswith(("4", "5"))]
        assert errors, (method, path)
        for code in errors:
            schema = responses[code]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (method, path, code)
        ok = [code for code in responses if code.startswith("2")]
        assert ok, (method, path)
    assert "HTTPValidationError" not in document["components"]["schemas"]


def test_an_offer_left_at_shutdown_is_timed_again_after_a_restart(tmp_path: Path) -> None:
    server = ServerProcess(tmp_path / "restart.db", extra=("--offer-timeout", "1"))
    server.start()
    try:
        world = World(server.url, server.db)
        person = world.advocate("en")
        _, session_id = world.contact("chat")
        first = person.offered()
        world.contacts.clear()  # keep the contact waiting and the advocate available
        world.people.clear()
        world.close()
        person.client.close()
        server.restart()
        again = World(server.url, server.db)
        with again.client() as client:
            token = client.post(
                "/api/v1/auth/login", json={"username": person.username, "password": PASSWORD}
            ).json()["access_token"]
        with again.client(token) as client:
            renewed = wait_for(
                lambda: next(
                    (
                        s
                        for s in client.get("/api/v1/sessions").json()
                        if s["id"] == session_id and s["offered_at"] != first["offered_at"]
                    ),
                    None,
                ),
                timeout=5,
            )
        assert renewed["state"] == "offered"  # expired after the restart and offered again
        again.close()
    finally:
        server.stop()
