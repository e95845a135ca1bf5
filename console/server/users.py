"""Users of the console: advocates and leads, their languages and capacity."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import dataclass

from console.protocol import MaxSessions, Presence, Role, SettablePresence, User
from console.server.clock import now_text
from console.server.db import Tx


@dataclass(frozen=True, slots=True)
class UserRow:
    id: str
    username: str
    display_name: str
    role: Role
    languages: tuple[str, ...]
    max_sessions: MaxSessions
    status: SettablePresence
    effective: Presence
    presence_since: str | None
    password: str

    @property
    def is_lead(self) -> bool:
        return self.role is Role.LEAD

    def speaks(self, language: str) -> bool:
        return speaks(self.languages, language)

    def model(self) -> User:
        return User(
            id=self.id,
            username=self.username,
            display_name=self.display_name,
            role=self.role,
            languages=list(self.languages),
            max_sessions=self.max_sessions,
            presence=self.effective,
        )

    def __repr__(self) -> str:
        return f"<UserRow {self.id} {self.role.value} {self.status.value}>"


def primary(language: str) -> str:
    return language.split("-", 1)[0].lower()


def speaks(languages: tuple[str, ...] | list[str], language: str) -> bool:
    want = primary(language)
    return any(primary(lang) == want for lang in languages)


def user_from_row(row: sqlite3.Row) -> UserRow:
    return UserRow(
        id=row["id"],
        username=row["username"],
        display_name=row["display_name"],
        role=Role(row["role"]),
        languages=tuple(json.loads(row["languages"])),
        max_sessions=MaxSessions(call=row["max_call"], chat=row["max_chat"], text=row["max_text"]),
        status=SettablePresence(row["status"]),
        effective=Presence(row["effective"] or row["status"]),
        presence_since=row["presence_since"],
        password=row["password"],
    )


def load_user(tx: Tx, user_id: str) -> UserRow | None:
    row = tx.one("SELECT * FROM users WHERE id = ?", (user_id,))
    return None if row is None else user_from_row(row)


def user_by_name(tx: Tx, username: str) -> UserRow | None:
    row = tx.one("SELECT * FROM users WHERE username = ? COLLATE NOCASE", (username,))
    return None if row is None else user_from_row(row)


def lead_ids(tx: Tx) -> list[str]:
    return [r[0] for r in tx.all("SELECT id FROM users WHERE role = 'lead'")]


def create_user(
    conn: sqlite3.Connection,
    *,
    username: str,
    display_name: str,
    role: Role,
    languages: list[str],
    password_hash: str,
    max_sessions: MaxSessions | None = None,
) -> str:
    """Insert a user (offline to start with); returns the new id."""
    limits = max_sessions or MaxSessions()
    user_id = str(uuid.uuid4())
    stamp = now_text()
    conn.execute(
        "INSERT INTO users(id, username, display_name, role, languages, max_call, max_chat,"
        " max_text, password, status, status_since, effective, presence_since, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'offline', ?, 'offline', ?, ?)",
        (
            user_id,
            username,
            display_name,
            role.value,
            json.dumps(languages),
            limits.call,
            limits.chat,
            limits.text,
            password_hash,
            stamp,
            stamp,
            stamp,
        ),
    )
    return user_id
