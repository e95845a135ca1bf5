"""A reusable async load generator for the hotline backend (loopback only).

Two halves, run together by :func:`run_load`:

* :class:`InboundDriver` plays the channel gateways: it opens contacts
  (``POST /api/v1/inbound`` ``start``) at ``contacts_per_s`` and sends contact
  messages to open contacts at ``messages_per_s``, open-loop (each request fires
  at its scheduled time, whether or not earlier ones have answered), until
  ``duration_s`` has passed or ``max_contacts`` / ``max_messages`` are reached.
  A contact leaves (``end``) after ``messages_per_contact`` messages.
* :class:`AdvocateBot` plays one advocate: signs in, sets presence
  ``available``, keeps the event stream open, accepts every offer, replies to
  every contact message in the sessions it holds, closes sessions the contact
  left, and lists its sessions every ``sessions_poll_s``.

Requests go through :mod:`benchmarks.wire` (fixed pools of keep-alive
connections), not httpx, whose own CPU cost made the client the bottleneck.
Every request's latency (client-side: from asking for a free connection to the
response read) is kept in
a :class:`~benchmarks.stats.Recorder` by operation name: ``inbound``, ``accept``,
``send_message``, ``get_sessions``, ``close``, ``login``, ``presence``.  The
event loop's own lag is sampled too, so a slow client is not mistaken for a
slow server.  The run always stops by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import re
import time
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

from benchmarks.stats import Recorder, Summary
from benchmarks.wire import EventStream, Pool, Response, WireError, require_loopback

__all__ = [
    "AdvocateBot",
    "InboundDriver",
    "LoadResult",
    "LoadSpec",
    "measure_baseline",
    "require_loopback",
    "run_load",
    "stamp",
    "stamped_at",
]

API = "/api/v1"
DEMO_GATEWAY_TOKEN = "training-gateway"


@dataclass(frozen=True, slots=True)
class LoadSpec:
    contacts_per_s: float = 5.0
    messages_per_s: float = 200.0
    duration_s: float = 20.0
    max_contacts: int | None = None
    max_messages: int | None = None
    messages_per_contact: int = 40
    channels: tuple[str, ...] = ("text", "chat")
    language: str = "en"
    sessions_poll_s: float = 2.0
    max_in_flight: int = 400  # requests beyond this are dropped and counted, never queued
    gateway_connections: int = 32  # keep-alive connections of the gateways' side
    advocate_connections: int = 8  # per advocate, besides its event stream
    drain_s: float = 1.0  # after the driver stops, time for replies in flight
    gateway_token: str = DEMO_GATEWAY_TOKEN
    seed: int = 1
    round_robin: bool = False  # messages go to the open contacts in turn, not at random
    stamp_bodies: bool = False  # end each message body with " t=<time.monotonic() at sending>"

    def __post_init__(self) -> None:
        if self.duration_s <= 0 or self.contacts_per_s <= 0 or self.messages_per_s < 0:
            raise ValueError("duration and contact rate must be positive, message rate >= 0")


@dataclass(slots=True)
class LoadResult:
    recorder: Recorder
    elapsed_s: float
    contacts_started: int
    contacts_ended: int
    messages_sent: int
    dropped: int
    accepted: int
    replies: int
    events: int
    loop_lag: Summary

    driven_s: float = 0.0

    def rate(self, count: int) -> float:
        """Per second of driving (the drain after it excluded)."""
        span = self.driven_s or self.elapsed_s
        return count / span if span > 0 else 0.0


class _Tasks:
    """Keeps references to fire-and-forget request tasks; counts what is in flight."""

    def __init__(self) -> None:
        self.tasks: set[asyncio.Task[None]] = set()

    def spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def __len__(self) -> int:
        return len(self.tasks)

    async def cancel_all(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


async def _timed(
    recorder: Recorder, op: str, request: Coroutine[Any, Any, Response]
) -> Response | None:
    """Await a request, keeping its latency (from before a connection is free)."""
    start = time.perf_counter()
    try:
        response = await request
    except WireError as exc:
        recorder.count(op, type(exc).__name__)
        return None
    outcome = "ok" if response.status < 400 else str(response.status)
    recorder.add(op, time.perf_counter() - start, outcome)
    return response


# ---------------------------------------------------------------- gateways side

STAMP = re.compile(r" t=(\d+\.\d+)$")


def stamp() -> str:
    """The send time (the system-wide monotonic clock) to end a body with."""
    return f" t={time.monotonic():.6f}"


def stamped_at(body: str) -> float | None:
    """The send time a stamped body carries, or None."""
    match = STAMP.search(body)
    return float(match.group(1)) if match else None


@dataclass(slots=True)
class _Contact:
    address: str
    channel: str
    sent: int = 0


class InboundDriver:
    def __init__(self, pool: Pool, spec: LoadSpec, recorder: Recorder) -> None:
        self._pool = pool
        self._spec = spec
        self._recorder = recorder
        self._rng = random.Random(spec.seed)
        self._open: list[_Contact] = []
        self._tasks = _Tasks()
        self._run_id = uuid.uuid4().hex[:8]
        self.started = 0
        self.ended = 0
        self.messages = 0
        self.dropped = 0
        self.driven_s = 0.0  # how long requests were being fired

    async def run(self) -> None:
        """Fire requests on schedule until the time or the counts run out."""
        spec = self._spec
        loop = asyncio.get_running_loop()
        begin = loop.time()
        stop_at = begin + spec.duration_s
        next_contact = begin
        next_message = begin + 1.0 / spec.messages_per_s if spec.messages_per_s else float("inf")
        try:
            while True:
                now = loop.time()
                if now >= stop_at or (self._contacts_done() and self._messages_done()):
                    break
                while next_contact <= now and not self._contacts_done():
                    self._fire(self._start_contact())
                    next_contact += 1.0 / spec.contacts_per_s
                while next_message <= now and not self._messages_done():
                    self._message()
                    next_message += 1.0 / spec.messages_per_s
                if self._contacts_done() and self._messages_done():
                    break
                # A kind that is done has no next time: waiting for it would spin.
                wake = min(
                    float("inf") if self._contacts_done() else next_contact,
                    float("inf") if self._messages_done() else next_message,
                    stop_at,
                )
                await asyncio.sleep(max(0.0, wake - loop.time()))
            self.driven_s = loop.time() - begin
            await asyncio.wait_for(self._drain(), spec.drain_s + 5.0)
        finally:
            await self._tasks.cancel_all()

    async def _drain(self) -> None:
        while self._tasks.tasks:
            await asyncio.gather(*list(self._tasks.tasks), return_exceptions=True)

    async def open_contacts(self, count: int) -> int:
        """Start ``count`` contacts now, one after another (before :meth:`run`).

        They join the contacts :meth:`run` sends messages to; with ``max_contacts``
        equal to ``count``, :meth:`run` then only sends messages.  Returns how
        many the backend accepted.
        """
        for _ in range(count):
            await self._start_contact()
        return len(self._open)

    @property
    def contact_addresses(self) -> list[tuple[str, str]]:
        """(address, channel) of each open contact."""
        return [(contact.address, contact.channel) for contact in self._open]

    def _contacts_done(self) -> bool:
        limit = self._spec.max_contacts
        return limit is not None and self.started >= limit

    def _messages_done(self) -> bool:
        limit = self._spec.max_messages
        return self._spec.messages_per_s == 0 or (limit is not None and self.messages >= limit)

    def _fire(self, coro: Coroutine[Any, Any, None]) -> None:
        if len(self._tasks) >= self._spec.max_in_flight:
            coro.close()
            self.dropped += 1
            return
        self._tasks.spawn(coro)

    async def _post(self, payload: dict[str, object]) -> Response | None:
        return await _timed(self._recorder, "inbound", self._pool.post(f"{API}/inbound", payload))

    async def _start_contact(self) -> None:
        channel = self._spec.channels[self.started % len(self._spec.channels)]
        contact = _Contact(address=f"load-{self._run_id}-{self.started}", channel=channel)
        self.started += 1
        response = await self._post(
            {
                "event": "start",
                "channel": channel,
                "from": contact.address,
                "body": "load test: first message",
                "language": self._spec.language,
            }
        )
        if response is not None and response.status < 400:
            self._open.append(contact)

    def _message(self) -> None:
        if not self._open:
            self.dropped += 1
            return
        if self._spec.round_robin:
            contact = self._open[self.messages % len(self._open)]
        else:
            contact = self._rng.choice(self._open)
        contact.sent += 1
        self.messages += 1
        if contact.sent >= self._spec.messages_per_contact:
            self._open.remove(contact)
            self._fire(self._last_message(contact))
        else:
            self._fire(self._send(contact, contact.sent))

    async def _send(self, contact: _Contact, n: int) -> None:
        body = f"load test message {n}"
        if self._spec.stamp_bodies:
            body += stamp()
        await self._post(
            {"event": "message", "channel": contact.channel, "from": contact.address, "body": body}
        )

    async def _last_message(self, contact: _Contact) -> None:
        await self._send(contact, contact.sent)
        await self._post({"event": "end", "channel": contact.channel, "from": contact.address})
        self.ended += 1


# ---------------------------------------------------------------- advocates side


@dataclass(slots=True)
class AdvocateBot:
    base_url: str
    username: str
    password: str
    recorder: Recorder
    spec: LoadSpec
    user_id: str = ""
    held: set[str] = field(default_factory=set)
    accepted: int = 0
    replies: int = 0
    events: int = 0
    _pool: Pool | None = None
    _stream: EventStream | None = None
    _tasks: _Tasks = field(default_factory=_Tasks)
    _loops: list[asyncio.Task[None]] = field(default_factory=list)

    @property
    def pool(self) -> Pool:
        assert self._pool is not None, "start() first"
        return self._pool

    async def start(self) -> None:
        self._pool = Pool(self.base_url, self.spec.advocate_connections)
        credentials = {"username": self.username, "password": self.password}
        response = await _timed(
            self.recorder, "login", self.pool.post(f"{API}/auth/login", credentials)
        )
        if response is None or response.status != 200:
            raise RuntimeError(f"{self.username}: sign-in failed ({response and response.status})")
        body = response.json()
        assert isinstance(body, dict)
        self.user_id = body["user"]["id"]
        self.pool.headers["Authorization"] = f"Bearer {body['access_token']}"
        self._stream = EventStream(self.base_url, f"{API}/events", self.pool.headers)
        loop = asyncio.get_running_loop()
        self._loops = [
            loop.create_task(self._listen(self._stream), name=f"events-{self.username}"),
            loop.create_task(self._poll(), name=f"poll-{self.username}"),
        ]
        await asyncio.wait_for(self._stream.opened.wait(), 30.0)
        await _timed(
            self.recorder, "presence", self.pool.put(f"{API}/me/presence", {"status": "available"})
        )

    async def stop(self) -> None:
        for task in self._loops:
            task.cancel()
        await asyncio.gather(*self._loops, return_exceptions=True)
        await self._tasks.cancel_all()
        if self._stream is not None:
            self._stream.close()
        if self._pool is not None:
            self._pool.close()

    async def _listen(self, stream: EventStream) -> None:
        try:
            async for event in stream.events():
                self.events += 1
                self._on_event(event.name, event.data)
        except WireError as exc:
            self.recorder.count("events", type(exc).__name__)

    async def _poll(self) -> None:
        rng = random.Random(self.username)
        await asyncio.sleep(rng.uniform(0, self.spec.sessions_poll_s))
        while True:
            await _timed(self.recorder, "get_sessions", self.pool.get(f"{API}/sessions"))
            await asyncio.sleep(self.spec.sessions_poll_s)

    def _on_event(self, name: str, data: str) -> None:
        if name not in {"session.offered", "session.updated", "message.created", "session.removed"}:
            return
        try:
            payload = json.loads(data)
        except ValueError:
            self.recorder.count("events", "bad_json")
            return
        if name == "session.offered":
            session = payload.get("session", payload)
            self._tasks.spawn(self._accept(session["id"]))
        elif name == "message.created":
            if payload.get("author") == "contact" and payload.get("session_id") in self.held:
                self._tasks.spawn(self._reply(payload["session_id"]))
        elif name == "session.updated":
            session = payload.get("session", payload)
            if session.get("state") == "wrap_up" and session.get("advocate_id") == self.user_id:
                self.held.discard(session["id"])
                self._tasks.spawn(self._close(session["id"]))
            elif session.get("state") == "closed":
                self.held.discard(session["id"])
        elif name == "session.removed":
            self.held.discard(payload.get("session_id", ""))

    async def _accept(self, session_id: str) -> None:
        response = await _timed(
            self.recorder, "accept", self.pool.post(f"{API}/sessions/{session_id}/accept")
        )
        if response is not None and response.status == 200:
            self.held.add(session_id)
            self.accepted += 1

    async def _reply(self, session_id: str) -> None:
        message = {"client_msg_id": uuid.uuid4().hex, "body": "load test reply"}
        response = await _timed(
            self.recorder,
            "send_message",
            self.pool.post(f"{API}/sessions/{session_id}/messages", message),
        )
        if response is not None and response.status < 400:
            self.replies += 1

    async def _close(self, session_id: str) -> None:
        await _timed(self.recorder, "close", self.pool.post(f"{API}/sessions/{session_id}/close"))


# ---------------------------------------------------------------- the run


async def _sample_loop_lag(samples: list[float], period_s: float = 0.01) -> None:
    loop = asyncio.get_running_loop()
    while True:
        due = loop.time() + period_s
        await asyncio.sleep(period_s)
        samples.append(max(0.0, loop.time() - due) * 1000.0)


async def measure_baseline(
    base_url: str, username: str, password: str, *, requests: int = 300
) -> Summary:
    """Latency of a trivial authenticated GET (``/api/v1/me``) with no load, one at a time."""
    pool = Pool(base_url, 1)
    try:
        login = await pool.post(f"{API}/auth/login", {"username": username, "password": password})
        if login.status != 200:
            raise RuntimeError(f"{username}: sign-in failed ({login.status})")
        body = login.json()
        assert isinstance(body, dict)
        pool.headers["Authorization"] = f"Bearer {body['access_token']}"
        recorder = Recorder()
        for _ in range(requests // 10):  # warm-up
            await pool.get(f"{API}/me")
        for _ in range(requests):
            await _timed(recorder, "baseline", pool.get(f"{API}/me"))
        await pool.post(f"{API}/auth/logout")
    finally:
        pool.close()
    return recorder.summary("baseline")


async def run_load(
    base_url: str, spec: LoadSpec, usernames: list[str], password: str
) -> LoadResult:
    """Sign the advocates in, drive the inbound load, stop everything; always bounded."""
    base_url = require_loopback(base_url)
    recorder = Recorder()
    bots = [AdvocateBot(base_url, name, password, recorder, spec) for name in usernames]
    lag: list[float] = []
    gateway = Pool(
        base_url, spec.gateway_connections, {"Authorization": f"Bearer {spec.gateway_token}"}
    )
    driver = InboundDriver(gateway, spec, recorder)
    lag_task: asyncio.Task[None] | None = None
    elapsed = 0.0
    try:
        await asyncio.gather(*(bot.start() for bot in bots))
        lag_task = asyncio.get_running_loop().create_task(_sample_loop_lag(lag))
        begin = time.perf_counter()
        await asyncio.wait_for(driver.run(), spec.duration_s + spec.drain_s + 30.0)
        await asyncio.sleep(spec.drain_s)
        elapsed = time.perf_counter() - begin
    finally:
        if lag_task is not None:
            lag_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await lag_task
        await asyncio.gather(*(bot.stop() for bot in bots), return_exceptions=True)
        gateway.close()
    return LoadResult(
        recorder=recorder,
        elapsed_s=elapsed,
        contacts_started=driver.started,
        contacts_ended=driver.ended,
        messages_sent=driver.messages,
        dropped=driver.dropped,
        accepted=sum(b.accepted for b in bots),
        replies=sum(b.replies for b in bots),
        events=sum(b.events for b in bots),
        loop_lag=Summary.of(lag),
        driven_s=driver.driven_s,
    )
