"""Every endpoint × who asks: an advocate, a lead, no token, an expired token, and an
advocate reaching for another advocate's resource.  Exact statuses and error codes
of API.md; each cell that changes something gets fresh sessions of its own.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from console.protocol import MaxSessions
from tests.server.helpers import EventReader, Person, World, wait_for
from tests.server.process import ServerProcess

OPENAPI_COPY = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.json"
ROOMY = MaxSessions(call=20, chat=50, text=50)
ROLES = ("advocate", "lead", "none", "expired", "other")
CODES = {
    401: ("unauthenticated", "token_expired", "invalid_credentials"),
    403: ("forbidden",),
    404: ("not_found",),
    409: ("wrong_state", "not_available", "conflict"),
}


@dataclass
class Scene:
    """Advocate ``a`` (the caller), advocate ``b`` (the other one), advocate ``c``
    (a reassignment target) and a lead, on one backend."""

    world: World
    a: Person
    b: Person
    c: Person
    lead: Person
    expired: httpx.Client
    anonymous: httpx.Client

    def caller(self, role: str) -> httpx.Client:
        return {
            "advocate": self.a.client,
            "other": self.a.client,
            "lead": self.lead.client,
            "none": self.anonymous,
            "expired": self.expired,
        }[role]

    def owner(self, role: str) -> Person:
        """Whose resource the cell uses: b's for ``other``, else a's."""
        return self.b if role == "other" else self.a

    def session(self, owner: Person, channel: str = "chat", state: str = "active") -> str:
        for person in (self.a, self.b, self.c):
            if person is not owner:
                person.presence("away")
        owner.presence("available")
        _, session_id = self.world.contact(channel)
        wait_for(lambda: any(s["id"] == session_id for s in owner.sessions()), timeout=5)
        if state != "offered":
            owner.accept(session_id)
            owner.presence("away")
        if state == "wrap_up":
            ended = owner.act(session_id, "end", {"disposition": "tip"})
            assert ended.status_code == 200, ended.text
        return session_id

    def case_of(self, owner: Person) -> str:
        return str(owner.session(self.session(owner))["case_id"])

    def fresh_tokens(self, person: Person) -> dict[str, str]:
        response = self.world.login(person.username)
        assert response.status_code == 200, response.text
        return dict(response.json())


def _expire(db: Path, token: str) -> None:
    digest = hashlib.sha256(token.encode()).hexdigest()
    with closing(sqlite3.connect(db, timeout=10, isolation_level=None)) as conn:
        conn.execute("UPDATE access_tokens SET expires_at = 1 WHERE hash = ?", (digest,))


@pytest.fixture(scope="module")
def scene(shared_backend: ServerProcess) -> Iterator[Scene]:
    world = World(shared_backend.url, shared_backend.db)
    a, b, c = (world.advocate("en", max_sessions=ROOMY, available=False) for _ in range(3))
    lead = world.lead("en")
    stale = world.login(a.username).json()["access_token"]
    _expire(shared_backend.db, stale)
    expired = world.client(stale)
    anonymous = world.client()
    yield Scene(world, a, b, c, lead, expired, anonymous)
    expired.close()
    anonymous.close()
    world.close()


Cell = Callable[[Scene, str, httpx.Client], httpx.Response]


def _session_action(action: str, state: str, body: object = None, channel: str = "chat") -> Cell:
    def run(scene: Scene, role: str, client: httpx.Client) -> httpx.Response:
        session_id = scene.session(scene.owner(role), channel, state)
        return client.post(f"/api/v1/sessions/{session_id}/{action}", json=body)

    return run


def _get(path: str, **params: str) -> Cell:
    def run(_scene: Scene, _role: str, client: httpx.Client) -> httpx.Response:
        return client.get(path, params=params)

    return run


def _login(scene: Scene, _role: str, client: httpx.Client) -> httpx.Response:
    body = {"username": scene.b.username, "password": "correct horse battery staple"}
    return client.post("/api/v1/auth/login", json=body)


def _refresh(scene: Scene, _role: str, client: httpx.Client) -> httpx.Response:
    refresh_token = scene.fresh_tokens(scene.b)["refresh_token"]
    return client.post("/api/v1/auth/refresh", json={"refresh_token": refresh_token})


def _logout(scene: Scene, role: str, client: httpx.Client) -> httpx.Response:
    if role in ("advocate", "lead"):  # a sign-in of its own, so the scene's tokens live on
        token = scene.fresh_tokens(scene.a if role == "advocate" else scene.lead)["access_token"]
        with scene.world.client(token) as own:
            return own.post("/api/v1/auth/logout")
    return client.post("/api/v1/auth/logout")


def _presence(_scene: Scene, _role: str, client: httpx.Client) -> httpx.Response:
    return client.put("/api/v1/me/presence", json={"status": "away"})


def _detail(scene: Scene, role: str, client: httpx.Client) -> httpx.Response:
    return client.get(f"/api/v1/sessions/{scene.session(scene.owner(role))}")


def _message(scene: Scene, role: str, client: httpx.Client) -> httpx.Response:
    session_id = scene.session(scene.owner(role))
    body = {"client_msg_id": uuid.uuid4().hex, "body": "hello"}
    return client.post(f"/api/v1/sessions/{session_id}/messages", json=body)


def _reassign(scene: Scene, role: str, client: httpx.Client) -> httpx.Response:
    session_id = scene.session(scene.owner(role))
    scene.c.presence("available")
    try:
        body = {"advocate_id": scene.c.id, "reason": "matrix"}
        return client.post(f"/api/v1/sessions/{session_id}/reassign", json=body)
    finally:
        scene.c.presence("away")


def _events(_scene: Scene, _role: str, client: httpx.Client) -> httpx.Response:
    with client.stream("GET", "/api/v1/events", timeout=httpx.Timeout(5, read=5)) as response:
        if not response.is_success:
            response.read()
        return response


def _sync(scene: Scene, role: str, client: httpx.Client) -> httpx.Response:
    case_id = scene.case_of(scene.owner(role))
    mutation = {
        "seq": 1,
        "entity": "note",
        "op": "upsert",
        "id": str(uuid.uuid4()),
        "base_version": None,
        "fields": {"case_id": case_id, "kind": "note", "body": "matrix"},
    }
    return client.post(
        "/api/v1/sync", json={"client_id": uuid.uuid4().hex, "mutations": [mutation]}
    )


def _case(scene: Scene, role: str, client: httpx.Client) -> httpx.Response:
    return client.get(f"/api/v1/cases/{scene.case_of(scene.owner(role))}")


def _inbound(_scene: Scene, _role: str, client: httpx.Client) -> httpx.Response:
    body = {"event": "start", "channel": "chat", "from": f"visitor-{uuid.uuid4().hex}"}
    return client.post("/api/v1/inbound", json=body)


NA = None  # no other advocate's resource is involved
Expected = dict[str, int | None]
EVERYONE: Expected = {"advocate": 200, "lead": 200, "none": 401, "expired": 401, "other": NA}
LEADS: Expected = {"advocate": 403, "lead": 200, "none": 401, "expired": 401, "other": NA}
OWN: Expected = {"advocate": 200, "lead": 200, "none": 401, "expired": 401, "other": 404}
HOLDER: Expected = {"advocate": 200, "lead": 403, "none": 401, "expired": 401, "other": 404}

MATRIX: dict[tuple[str, str], tuple[Cell, Expected]] = {
    ("POST", "/api/v1/auth/login"): (_login, {**EVERYONE, "none": 200, "expired": 200}),
    ("POST", "/api/v1/auth/refresh"): (_refresh, {**EVERYONE, "none": 200, "expired": 200}),
    ("POST", "/api/v1/auth/logout"): (_logout, {**EVERYONE, "advocate": 204, "lead": 204}),
    ("GET", "/api/v1/me"): (_get("/api/v1/me"), EVERYONE),
    ("PUT", "/api/v1/me/presence"): (_presence, EVERYONE),
    ("GET", "/api/v1/sessions"): (_get("/api/v1/sessions"), EVERYONE),
    ("GET", "/api/v1/sessions/{session_id}"): (_detail, OWN),
    ("POST", "/api/v1/sessions/{session_id}/accept"): (
        _session_action("accept", "offered"),
        HOLDER,
    ),
    ("POST", "/api/v1/sessions/{session_id}/decline"): (
        _session_action("decline", "offered"),
        HOLDER,
    ),
    ("POST", "/api/v1/sessions/{session_id}/messages"): (_message, {**HOLDER, "advocate": 201}),
    ("POST", "/api/v1/sessions/{session_id}/call"): (
        _session_action("call", "active", {"action": "hold"}, channel="call"),
        HOLDER,
    ),
    ("POST", "/api/v1/sessions/{session_id}/end"): (
        _session_action("end", "active", {"disposition": "crisis"}),
        HOLDER,
    ),
    ("POST", "/api/v1/sessions/{session_id}/close"): (_session_action("close", "wrap_up"), OWN),
    ("POST", "/api/v1/sessions/{session_id}/reassign"): (
        _reassign,
        {"advocate": 403, "lead": 200, "none": 401, "expired": 401, "other": 403},
    ),
    ("GET", "/api/v1/events"): (_events, EVERYONE),
    ("POST", "/api/v1/sync"): (_sync, {**OWN, "other": 200}),  # 200, the mutation rejected
    ("GET", "/api/v1/changes"): (_get("/api/v1/changes"), EVERYONE),
    ("GET", "/api/v1/cases"): (_get("/api/v1/cases"), EVERYONE),
    ("GET", "/api/v1/cases/{case_id}"): (_case, OWN),
    ("GET", "/api/v1/checklists"): (_get("/api/v1/checklists"), EVERYONE),
    ("GET", "/api/v1/referrals"): (_get("/api/v1/referrals", q="shelter"), EVERYONE),
    ("GET", "/api/v1/roster"): (_get("/api/v1/roster"), LEADS),
    ("GET", "/api/v1/queue"): (_get("/api/v1/queue"), LEADS),
    ("GET", "/api/v1/audit"): (_get("/api/v1/audit"), LEADS),
    # A user's token is never a gateway's: 401 whoever asks.
    ("POST", "/api/v1/inbound"): (
        _inbound,
        {"advocate": 401, "lead": 401, "none": 401, "expired": 401, "other": NA},
    ),
}

CELLS = [
    pytest.param(method, path, role, id=f"{method} {path} as {role}")
    for (method, path), (_, expected) in MATRIX.items()
    for role in ROLES
    if expected[role] is not NA
]


def test_the_matrix_covers_every_operation_of_the_contract() -> None:
    document = json.loads(OPENAPI_COPY.read_text(encoding="utf-8"))
    operations = {
        (method.upper(), path) for path, item in document["paths"].items() for method in item
    }
    assert operations == set(MATRIX)


@pytest.mark.parametrize(("method", "path", "role"), CELLS)
def test_who_may_do_what(scene: Scene, method: str, path: str, role: str) -> None:
    run, expected = MATRIX[(method, path)]
    response = run(scene, role, scene.caller(role))
    assert response.status_code == expected[role], (role, response.status_code, response.text)
    if response.status_code >= 400:
        code = response.json()["error"]["code"]
        assert code in CODES[response.status_code], code
        if role == "expired" and path != "/api/v1/inbound":  # a gateway door: not a user token
            assert code == "token_expired"
        if role == "none":
            assert code == "unauthenticated"
    if (method, path) == ("POST", "/api/v1/sync") and response.status_code == 200:
        (result,) = response.json()["results"]
        assert result["status"] == ("rejected" if role == "other" else "applied"), result


def test_an_expired_token_works_again_after_a_refresh(scene: Scene) -> None:
    tokens = scene.fresh_tokens(scene.a)
    _expire(scene.world.db, tokens["access_token"])
    with scene.world.client(tokens["access_token"]) as client:
        assert client.get("/api/v1/me").json()["error"]["code"] == "token_expired"
    with scene.world.client() as anonymous:
        renewed = anonymous.post(
            "/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
        )
    assert renewed.status_code == 200
    reader = EventReader(scene.world.url, renewed.json()["access_token"])
    try:
        assert reader.status == 200
    finally:
        reader.close()
