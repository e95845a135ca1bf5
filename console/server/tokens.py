"""Access and refresh tokens: opaque random strings, stored only as SHA-256 hashes.

Each sign-in starts a token *family*.  Refreshing rotates: the refresh token is
marked used and a new pair of the same family is issued.  Presenting a used
refresh token again means it leaked (or a client misbehaves): the whole family
is revoked.  Signing out revokes the family, so both tokens stop working.
"""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid
from dataclasses import dataclass

from console.server.audit import REFRESH_REUSED, audit
from console.server.db import Tx
from console.server.errors import ApiError, unauthenticated


@dataclass(frozen=True, slots=True)
class IssuedPair:
    access_token: str
    refresh_token: str
    expires_in: int


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a request comes from: the user and the token family of their sign-in."""

    user_id: str
    family_id: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_pair(
    tx: Tx, user_id: str, *, access_ttl: float, refresh_ttl: float, family_id: str | None = None
) -> IssuedPair:
    now = time.time()
    if family_id is None:
        family_id = str(uuid.uuid4())
        tx.execute(
            "INSERT INTO token_families(id, user_id, created_at, revoked) VALUES (?, ?, ?, 0)",
            (family_id, user_id, now),
        )
    access = secrets.token_urlsafe(32)
    refresh = secrets.token_urlsafe(32)
    tx.execute(
        "INSERT INTO access_tokens(hash, family_id, user_id, expires_at) VALUES (?, ?, ?, ?)",
        (token_hash(access), family_id, user_id, now + access_ttl),
    )
    tx.execute(
        "INSERT INTO refresh_tokens(hash, family_id, user_id, expires_at) VALUES (?, ?, ?, ?)",
        (token_hash(refresh), family_id, user_id, now + refresh_ttl),
    )
    return IssuedPair(access, refresh, max(1, round(access_ttl)))


def authenticate(tx: Tx, access_token: str) -> Principal:
    """The principal of a valid access token; 401 otherwise."""
    row = tx.one(
        "SELECT a.user_id, a.family_id, a.expires_at, f.revoked FROM access_tokens a"
        " JOIN token_families f ON f.id = a.family_id WHERE a.hash = ?",
        (token_hash(access_token),),
    )
    if row is None or row["revoked"]:
        raise unauthenticated("Unknown or revoked access token; sign in again.")
    if row["expires_at"] <= time.time():
        raise ApiError(
            401,
            "token_expired",
            "The access token has expired; refresh it.",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return Principal(row["user_id"], row["family_id"])


def rotate(
    tx: Tx, refresh_token: str, *, access_ttl: float, refresh_ttl: float
) -> tuple[str, IssuedPair] | ApiError:
    """Use a refresh token once: (user id, new pair), or the error to raise *after* the
    commit (a reused token revokes its family, and that revocation must stick)."""
    row = tx.one(
        "SELECT r.hash, r.user_id, r.family_id, r.expires_at, r.used, f.revoked"
        " FROM refresh_tokens r JOIN token_families f ON f.id = r.family_id WHERE r.hash = ?",
        (token_hash(refresh_token),),
    )
    if row is None or row["revoked"]:
        return unauthenticated("Unknown or revoked refresh token; sign in again.")
    if row["used"]:
        revoke_family(tx, row["family_id"])
        audit(
            tx,
            REFRESH_REUSED,
            actor_id=row["user_id"],
            subject_type="token_family",
            subject_id=row["family_id"],
        )
        return unauthenticated("This refresh token was already used; its sign-in is now revoked.")
    if row["expires_at"] <= time.time():
        return unauthenticated("The refresh token has expired; sign in again.")
    tx.execute("UPDATE refresh_tokens SET used = 1 WHERE hash = ?", (row["hash"],))
    pair = issue_pair(
        tx,
        row["user_id"],
        access_ttl=access_ttl,
        refresh_ttl=refresh_ttl,
        family_id=row["family_id"],
    )
    return row["user_id"], pair


def revoke_family(tx: Tx, family_id: str) -> None:
    tx.execute("UPDATE token_families SET revoked = 1 WHERE id = ?", (family_id,))


def prune_tokens(tx: Tx) -> None:
    """Drop dead tokens and families with none left (maintenance).

    An expired access token is kept while its sign-in can still be refreshed, so that
    it is answered ``token_expired`` (refresh it) and not ``unauthenticated`` (unknown)
    however long after its expiry it is presented; it goes with its refresh tokens.
    """
    now = time.time()
    tx.execute("DELETE FROM refresh_tokens WHERE expires_at < ?", (now,))
    tx.execute(
        "DELETE FROM access_tokens WHERE expires_at < ? AND family_id NOT IN"
        " (SELECT r.family_id FROM refresh_tokens r JOIN token_families f"
        " ON f.id = r.family_id WHERE r.used = 0 AND f.revoked = 0)",
        (now,),
    )
    tx.execute(
        "DELETE FROM token_families WHERE id NOT IN (SELECT family_id FROM refresh_tokens)"
        " AND id NOT IN (SELECT family_id FROM access_tokens)"
    )
