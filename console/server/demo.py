"""Training accounts for ``--demo`` (all with the password ``training``), and the
sample referral directory (``resources/referrals/sample_services.json``)."""

from __future__ import annotations

import sqlite3

from console.protocol import Role
from console.server.passwords import hash_password
from console.server.users import create_user

DEMO_PASSWORD = "training"  # noqa: S105 (documented training-only accounts)

# username, display name, role, languages
DEMO_USERS: tuple[tuple[str, str, Role, list[str]], ...] = (
    ("advocate1", "Ana Advocate", Role.ADVOCATE, ["en", "es"]),
    ("advocate2", "Ben Advocate", Role.ADVOCATE, ["en"]),
    ("advocate3", "Carla Advocate", Role.ADVOCATE, ["es", "en"]),
    ("lead1", "Lee Lead", Role.LEAD, ["en", "es"]),
)


def missing_demo_users(conn: sqlite3.Connection) -> list[str]:
    names = {r[0].casefold() for r in conn.execute("SELECT username FROM users")}
    return [u[0] for u in DEMO_USERS if u[0] not in names]


def seed_demo(conn: sqlite3.Connection, hashes: dict[str, str]) -> None:
    """Create the demo users that do not exist yet (they start offline)."""
    for username, display_name, role, languages in DEMO_USERS:
        if username in hashes:
            create_user(
                conn,
                username=username,
                display_name=display_name,
                role=role,
                languages=languages,
                password_hash=hashes[username],
            )


def demo_hashes(usernames: list[str]) -> dict[str, str]:
    """Hash the demo password once per missing user (slow: run in a thread)."""
    return {name: hash_password(DEMO_PASSWORD) for name in usernames}


def needs_referrals(conn: sqlite3.Connection) -> bool:
    """True while the referral directory is empty (``--demo`` then loads the sample)."""
    return not conn.execute("SELECT EXISTS (SELECT 1 FROM hsds_objects)").fetchone()[0]
