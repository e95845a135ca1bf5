"""Helpers for the backend's black-box tests: users, contacts, an SSE reader, waiting.

Test users are written straight into the backend's database file (as the
``add-user`` command does), so each test has its own advocates and leads even on
a backend shared by a whole module.  Everything else goes over real HTTP.
"""

from __future__ import annotations

import functools
import queue
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

from console.protocol import MaxSessions, Role
from console.server.passwords import hash_password
from console.server.users import create_user

PASSWORD = "correct horse battery staple"
GATEWAY = "training-gateway"
T = TypeVar("T")


@functools.cache
def password_hash() -> str:
    return hash_password(PASSWORD)


def wait_for(condition: Callable[[], T | None], timeout: float = 5.0, interval: float = 0.02) -> T:
    """Poll ``condition`` until it returns something truthy; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(interval)


def add_user_row(
    db: Path,
    *,
    role: Role = Role.ADVOCATE,
    languages: tuple[str, ...] = ("en",),
    max_sessions: MaxSessions | None = None,
    username: str | None = None,
) -> tuple[str, str]:
    """(user id, username) of a new user written into the backend's database."""
    name = username or f"{role.value}-{uuid.uuid4().hex[:10]}"
    with closing(sqlite3.connect(db, timeout=10, isolation_level=None)) as conn:
        user_id = create_user(
            conn,
            username=name,
            display_name=f"Test {name}",
            role=role,
            languages=list(languages),
            password_hash=password_hash(),
            max_sessions=max_sessions,
        )
    return user_id, name


@dataclass
class Person:
    """A signed-in user with an HTTP client carrying their token."""

    id: str
    username: str
    role: Role
    client: httpx.Client
    tokens: dict[str, Any] = field(default_factory=dict)

    @property
    def token(self) -> str:
        return str(self.tokens["access_token"])

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.client.get(path, **kw)

    def post(self, path: str, json: Any = None, **kw: Any) -> httpx.Response:
        return self.client.post(path, json=json, **kw)

    def put(self, path: str, json: Any = None, **kw: Any) -> httpx.Response:
        return self.client.put(path, json=json, **kw)

    def presence(self, status: str) -> dict[str, Any]:
        response = self.put("/api/v1/me/presence", {"status": status})
        assert response.status_code == 200, response.text
        return dict(response.json())

    def sessions(self) -> list[dict[str, Any]]:
        response = self.get("/api/v1/sessions")
        assert response.status_code == 200, response.text
        return list(response.json())

    def session(self, session_id: str) -> dict[str, Any]:
        response = self.get(f"/api/v1/sessions/{session_id}")
        assert response.status_code == 200, response.text
        return dict(response.json())

    def offered(self, timeout: float = 5.0) -> dict[str, Any]:
        """Wait until some session is offered to this user, and return it."""
        return wait_for(
            lambda: next((s for s in self.sessions() if s["state"] == "offered"), None), timeout
        )

    def act(self, session_id: str, action: str, body: Any = None) -> httpx.Response:
        return self.post(f"/api/v1/sessions/{session_id}/{action}", body)

    def accept(self, session_id: str) -> dict[str, Any]:
        response = self.act(session_id, "accept")
        assert response.status_code == 200, response.text
        return dict(response.json())

    def send(self, session_id: str, body: str, client_msg_id: str | None = None) -> httpx.Response:
        return self.act(
            session_id,
            "messages",
            {"client_msg_id": client_msg_id or uuid.uuid4().hex, "body": body},
        )


class World:
    """The users and contacts of one test, tidied away afterwards so that a
    backend shared by a module routes nothing of one test to another."""

    def __init__(self, url: str, db: Path) -> None:
        self.url = url
        self.db = db
        self.gateway = httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {GATEWAY}"}, timeout=10
        )
        self.people: list[Person] = []
        self.contacts: list[tuple[str, str]] = []  # (channel, from)

    def client(self, token: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=10)

    def login(self, username: str, password: str = PASSWORD) -> httpx.Response:
        with self.client() as anonymous:
            return anonymous.post(
                "/api/v1/auth/login", json={"username": username, "password": password}
            )

    def person(
        self,
        role: Role = Role.ADVOCATE,
        languages: tuple[str, ...] = ("en",),
        *,
        available: bool = False,
        max_sessions: MaxSessions | None = None,
    ) -> Person:
        user_id, name = add_user_row(
            self.db, role=role, languages=languages, max_sessions=max_sessions
        )
        response = self.login(name)
        assert response.status_code == 200, response.text
        tokens = response.json()
        person = Person(user_id, name, role, self.client(tokens["access_token"]), tokens)
        self.people.append(person)
        if available:
            person.presence("available")
        return person

    def advocate(self, *languages: str, available: bool = True, **kw: Any) -> Person:
        return self.person(Role.ADVOCATE, languages or ("en",), available=available, **kw)

    def lead(self, *languages: str, **kw: Any) -> Person:
        return self.person(Role.LEAD, languages or ("en", "es"), **kw)

    def inbound(self, event: str, channel: str, sender: str, **extra: Any) -> httpx.Response:
        return self.gateway.post(
            "/api/v1/inbound", json={"event": event, "channel": channel, "from": sender, **extra}
        )

    def contact(
        self,
        channel: str = "chat",
        body: str | None = None,
        sender: str | None = None,
        **extra: Any,
    ) -> tuple[str, str]:
        """A new contact: (their address, the session id)."""
        sender = sender or f"+1555{uuid.uuid4().int % 10**7:07d}"
        if body is not None:
            extra["body"] = body
        response = self.inbound("start", channel, sender, **extra)
        assert response.status_code == 200, response.text
        self.contacts.append((channel, sender))
        return sender, str(response.json()["session_id"])

    def close(self) -> None:
        for channel, sender in self.contacts:
            self.inbound("end", channel, sender)
        for person in self.people:
            person.put("/api/v1/me/presence", {"status": "offline"})
            person.client.close()
        self.gateway.close()


@dataclass
class Event:
    id: int | None
    name: str
    data: str

    def json(self) -> Any:
        import json

        return json.loads(self.data)


class EventReader:
    """Reads one SSE stream in a thread; tests take events from a queue."""

    def __init__(self, url: str, token: str, last_event_id: int | str | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}", "Accept": "text/event-stream"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        self.events: queue.Queue[Event] = queue.Queue()
        self.comments: queue.Queue[str] = queue.Queue()
        self.status: int | None = None
        self.ended = threading.Event()
        self._stop = threading.Event()
        self._client = httpx.Client(base_url=url, timeout=httpx.Timeout(10, read=None))
        self._opened = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(headers,), daemon=True)
        self._thread.start()
        assert self._opened.wait(10), "the event stream did not open"

    def _run(self, headers: dict[str, str]) -> None:
        try:
            with self._client.stream("GET", "/api/v1/events", headers=headers) as response:
                self.status = response.status_code
                self._opened.set()
                for event in _parse(response.iter_lines(), self.comments):
                    if self._stop.is_set():
                        break
                    self.events.put(event)
        except (httpx.HTTPError, RuntimeError):
            pass  # the connection was dropped on purpose (or the server stopped)
        finally:
            self._opened.set()
            self.ended.set()

    def next(self, name: str | None = None, timeout: float = 5.0) -> Event:
        """The next event (of this name, skipping others)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {name or 'event'} within {timeout} s")
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if name is None or event.name == name:
                return event

    def drain(self, quiet: float = 0.3) -> list[Event]:
        """Every event that arrives until the stream has been quiet for ``quiet`` s."""
        got = []
        while True:
            try:
                got.append(self.events.get(timeout=quiet))
            except queue.Empty:
                return got

    def close(self) -> None:
        self._stop.set()
        self._client.close()
        self._thread.join(5)


def _parse(lines: Iterator[str], comments: queue.Queue[str]) -> Iterator[Event]:
    event_id: int | None = None
    name = "message"
    data: list[str] = []
    for line in lines:
        if line == "":
            if data:
                yield Event(event_id, name, "\n".join(data))
            event_id, name, data = None, "message", []
        elif line.startswith(":"):
            comments.put(line[1:].strip())
        else:
            key, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if key == "id":
                event_id = int(value)
            elif key == "event":
                name = value
            elif key == "data":
                data.append(value)
