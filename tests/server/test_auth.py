"""Sign-in, tokens (expiry, rotation, reuse, sign-out), rate limiting, presence."""

from __future__ import annotations

from pathlib import Path

from console.protocol import Role
from console.server.db import Database
from console.server.errors import ApiError
from console.server.tokens import (
    IssuedPair,
    authenticate,
    issue_pair,
    prune_tokens,
    revoke_family,
    rotate,
    token_hash,
)
from tests.server.conftest import start_backend
from tests.server.helpers import World, add_user_row, wait_for
from tests.server.process import ServerProcess


def test_login_returns_a_token_pair_and_the_user(world: World) -> None:
    user_id, name = add_user_row(world.db, role=Role.LEAD, languages=("en", "es"))
    response = world.login(name)
    assert response.status_code == 200
    body = response.json()
    assert body["expires_in"] == 15 * 60
    assert body["access_token"] and body["refresh_token"]
    assert body["user"] == {
        "id": user_id,
        "username": name,
        "display_name": f"Test {name}",
        "role": "lead",
        "languages": ["en", "es"],
        "max_sessions": {"call": 1, "chat": 3, "text": 3},
        "presence": "offline",
    }
    with world.client(body["access_token"]) as client:
        me = client.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["id"] == user_id


def test_wrong_password_and_unknown_user_are_invalid_credentials(world: World) -> None:
    _, name = add_user_row(world.db)
    for username, password in ((name, "wrong"), ("nobody-at-all", "whatever")):
        response = world.login(username, password)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "invalid_credentials"


def test_requests_without_a_valid_token_are_unauthenticated(world: World) -> None:
    for headers in ({}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic abc"}):
        with world.client() as client:
            response = client.get("/api/v1/me", headers=headers)
        assert response.status_code == 401
        assert response.json() == {
            "error": {"code": "unauthenticated", "message": response.json()["error"]["message"]}
        }


def test_five_failures_lock_a_username_for_a_minute_whether_or_not_it_exists(
    world: World,
) -> None:
    _, name = add_user_row(world.db)
    for username in (name, "ghost-user"):
        for _ in range(5):
            assert world.login(username, "bad").status_code == 401
        locked = world.login(username, "bad")
        assert locked.status_code == 429
        assert locked.json()["error"]["code"] == "rate_limited"
        assert 1 <= int(locked.headers["Retry-After"]) <= 60
    # Even the right password waits; another username is unaffected.
    assert world.login(name).status_code == 429
    _, other = add_user_row(world.db)
    assert world.login(other).status_code == 200


def test_refresh_rotates_and_a_reused_refresh_token_revokes_the_family(world: World) -> None:
    person = world.advocate(available=False)
    first = person.tokens
    with world.client() as anonymous:
        rotated = anonymous.post(
            "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
        )
        assert rotated.status_code == 200
        second = rotated.json()
        assert second["refresh_token"] != first["refresh_token"]
        assert second["user"]["id"] == person.id
        with world.client(second["access_token"]) as client:
            assert client.get("/api/v1/me").status_code == 200
        # The old refresh token was used: presenting it again revokes the family.
        reused = anonymous.post(
            "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
        )
        assert reused.status_code == 401
        assert reused.json()["error"]["code"] == "unauthenticated"
        with world.client(second["access_token"]) as client:
            assert client.get("/api/v1/me").status_code == 401
        again = anonymous.post(
            "/api/v1/auth/refresh", json={"refresh_token": second["refresh_token"]}
        )
        assert again.status_code == 401


def test_logout_stops_both_tokens(world: World) -> None:
    person = world.advocate(available=False)
    assert person.post("/api/v1/auth/logout").status_code == 204
    assert person.get("/api/v1/me").status_code == 401
    with world.client() as anonymous:
        refreshed = anonymous.post(
            "/api/v1/auth/refresh", json={"refresh_token": person.tokens["refresh_token"]}
        )
    assert refreshed.status_code == 401


def test_an_expired_access_token_is_token_expired_and_refresh_still_works(
    tmp_path: Path,
) -> None:
    server = start_backend(tmp_path / "short.db", "--access-ttl", "1")
    try:
        w = World(server.url, server.db)
        person = w.advocate(available=False)
        assert person.tokens["expires_in"] == 1
        assert person.get("/api/v1/me").status_code == 200
        wait_for(lambda: person.get("/api/v1/me").status_code == 401, 5)
        assert person.get("/api/v1/me").json()["error"]["code"] == "token_expired"
        with w.client() as anonymous:
            fresh = anonymous.post(
                "/api/v1/auth/refresh", json={"refresh_token": person.tokens["refresh_token"]}
            )
        assert fresh.status_code == 200
        with w.client(fresh.json()["access_token"]) as client:
            assert client.get("/api/v1/me").status_code == 200
        w.close()
    finally:
        server.stop()


def test_housekeeping_keeps_an_expired_access_token_while_its_sign_in_can_refresh(
    tmp_path: Path,
) -> None:
    """A workstation that wakes an hour after its access token expired is told
    ``token_expired`` (refresh), not ``unauthenticated`` (unknown), however often the
    backend has pruned since; the token goes once its sign-in cannot be refreshed."""
    db = Database(tmp_path / "prune.db")
    user_id, _ = add_user_row(db.path)

    def pair() -> IssuedPair:
        with db.transaction() as tx:
            return issue_pair(tx, user_id, access_ttl=-3600, refresh_ttl=3600)

    live, used, revoked, lapsed = pair(), pair(), pair(), pair()
    with db.transaction() as tx:
        rotated = rotate(tx, used.refresh_token, access_ttl=60, refresh_ttl=3600)
        assert not isinstance(rotated, ApiError)
        family = tx.one(
            "SELECT family_id FROM access_tokens WHERE hash = ?",
            (token_hash(revoked.access_token),),
        )
        assert family is not None
        revoke_family(tx, family["family_id"])
        tx.execute(
            "UPDATE refresh_tokens SET expires_at = 1 WHERE hash = ?",
            (token_hash(lapsed.refresh_token),),
        )
        prune_tokens(tx)

    def answer(token: str) -> str:
        with db.read() as tx:
            try:
                authenticate(tx, token)
            except ApiError as error:
                return error.code
        return "ok"

    assert answer(live.access_token) == "token_expired"
    assert answer(used.access_token) == "token_expired"  # its family refreshed: still live
    assert answer(rotated[1].access_token) == "ok"
    assert answer(revoked.access_token) == "unauthenticated"
    assert answer(lapsed.access_token) == "unauthenticated"
    with db.read() as tx:
        kept = {r["hash"] for r in tx.all("SELECT hash FROM access_tokens")}
    db.close()
    assert token_hash(live.access_token) in kept
    assert token_hash(revoked.access_token) not in kept
    assert token_hash(lapsed.access_token) not in kept


def test_presence_is_chosen_by_the_user_and_reported_back(world: World) -> None:
    person = world.advocate(available=False)
    for status in ("available", "away", "break", "offline"):
        assert person.presence(status)["presence"] == status
        assert person.get("/api/v1/me").json()["presence"] == status
    response = person.put("/api/v1/me/presence", {"status": "busy"})
    assert response.status_code == 422
    assert "status" in response.json()["error"]["fields"]


def test_sign_ins_are_audited(world: World, shared_backend: ServerProcess) -> None:
    import sqlite3
    from contextlib import closing

    person = world.advocate(available=False)
    world.login(person.username, "wrong")
    with closing(sqlite3.connect(shared_backend.db)) as conn:
        actions = [
            r[0]
            for r in conn.execute(
                "SELECT action FROM audit WHERE actor_id = ? ORDER BY id", (person.id,)
            )
        ]
        detail = conn.execute(
            "SELECT detail FROM audit WHERE actor_id = ?", (person.id,)
        ).fetchall()
    assert actions[:2] == ["auth.login", "auth.login_failed"]
    assert all("correct horse" not in d[0] for d in detail)
