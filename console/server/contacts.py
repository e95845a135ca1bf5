"""Contacts as the backend knows them: a keyed hash of their address, a pseudonym.

A phone number or chat visitor id is never stored: only HMAC-SHA256 of it under
a server secret made once and kept in the database.  The label the console
shows ("Texter 4821") comes from that hash, so it is stable for one contact and
says nothing about the number.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3

from console.protocol import Channel
from console.server.content import texts
from console.server.users import primary

SECRET_KEY = "contact_secret"  # noqa: S105 (the name of a meta row, not a secret)
SERVED_LANGUAGES = ("en", "es")


def load_secret(conn: sqlite3.Connection) -> bytes:
    """The HMAC key, made on first use and kept in the database."""
    fresh = secrets.token_hex(32)
    conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES (?, ?)", (SECRET_KEY, fresh))
    value = conn.execute("SELECT value FROM meta WHERE key = ?", (SECRET_KEY,)).fetchone()[0]
    return bytes.fromhex(value)


def contact_hash(secret: bytes, address: str) -> str:
    return hmac.new(secret, address.strip().encode(), hashlib.sha256).hexdigest()


def pseudonym(contact: str) -> str:
    """Four stable digits derived from the hash."""
    return f"{int(contact[:12], 16) % 10000:04d}"


def label(channel: Channel, contact: str) -> str:
    return texts().contact_label(channel, pseudonym(contact))


def served_language(channel: Channel, requested: str | None) -> str:
    """Chat and text are served in English or Spanish: the closest, else English.
    Calls keep the caller's language (an interpreter can join)."""
    language = requested or "en"
    if channel is Channel.CALL:
        return language
    return primary(language) if primary(language) in SERVED_LANGUAGES else "en"
