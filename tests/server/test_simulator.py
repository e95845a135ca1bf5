"""The training simulator against the real backend: practice contacts arrive on
every channel, answer advocates from their scenarios, get delivery receipts,
leave, opt out, stop when their session ends; failures stay contained.

The backend runs in process (its own ``create_app`` under uvicorn, on a loopback
port) so that the simulator receives advocates' messages through the backend's
real Gateway, exactly as under ``--simulate``, while it talks to it over HTTP."""

from __future__ import annotations

import asyncio
import logging
import socket
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
import uvicorn

from console.protocol import Channel, InboundKind
from console.server.app import create_app
from console.server.config import ServerConfig
from console.server.gateway import Gateway
from console.server.sim_contact import Pace, SimContact
from console.server.sim_plan import INTERPRETER_LANGUAGES, Mix
from console.server.sim_transport import InboundError, InboundPoster, RetryPolicy
from console.server.simulator import Simulator

GATEWAY_TOKEN = "training-gateway"
TRAINING_PASSWORD = "training"


def listen(port: int = 0) -> socket.socket:
    """A loopback listening socket.  Made with IPPROTO_TCP so that asyncio sets
    TCP_NODELAY on accepted connections (with proto 0 it does not, and every
    response waits ~40 ms for a delayed ACK)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(128)
    return sock


def url_of(sock: socket.socket) -> str:
    return f"http://127.0.0.1:{sock.getsockname()[1]}"


@dataclass
class Live:
    url: str
    gateway: Gateway


@pytest_asyncio.fixture
async def live(tmp_path: Path) -> AsyncIterator[Live]:
    config = ServerConfig(
        db_path=tmp_path / "backend.db", port=0, demo=True, gateway_token=GATEWAY_TOKEN
    )
    app = create_app(config)
    sock = listen()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    task = asyncio.get_running_loop().create_task(server.serve(sockets=[sock]))
    await eventually(lambda: server.started, what="the backend to serve")
    yield Live(url_of(sock), app.state.gateway)
    server.should_exit = True
    await asyncio.wait_for(task, 10)
    sock.close()


async def eventually(
    predicate: Callable[[], object], *, timeout: float = 15.0, what: str = "a condition"
) -> None:
    """Poll a condition until it holds or the deadline passes."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


class Person:
    """An advocate or lead using the API over HTTP."""

    def __init__(self, url: str) -> None:
        self.client = httpx.AsyncClient(base_url=url, timeout=10.0)

    async def sign_in(self, username: str) -> Person:
        response = await self.client.post(
            "/api/v1/auth/login", json={"username": username, "password": TRAINING_PASSWORD}
        )
        response.raise_for_status()
        self.client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"
        return self

    async def available(self) -> None:
        response = await self.client.put("/api/v1/me/presence", json={"status": "available"})
        response.raise_for_status()

    async def session(self, session_id: str) -> dict[str, Any]:
        response = await self.client.get(f"/api/v1/sessions/{session_id}")
        response.raise_for_status()
        data: dict[str, Any] = response.json()
        return data

    async def sessions(self) -> list[dict[str, Any]]:
        response = await self.client.get("/api/v1/sessions")
        response.raise_for_status()
        data: list[dict[str, Any]] = response.json()
        return data

    async def accept(self, session_id: str) -> None:
        async def offered() -> bool:
            return any(
                s["id"] == session_id and s["state"] == "offered" for s in await self.sessions()
            )

        await until(offered, what="the offer")
        response = await self.client.post(f"/api/v1/sessions/{session_id}/accept")
        response.raise_for_status()

    async def say(self, session_id: str, body: str) -> None:
        response = await self.client.post(
            f"/api/v1/sessions/{session_id}/messages",
            json={"client_msg_id": uuid.uuid4().hex, "body": body},
        )
        response.raise_for_status()

    async def contact_lines(self, session_id: str) -> list[str]:
        detail = await self.session(session_id)
        return [m["body"] for m in detail["messages"] if m["author"] == "contact"]

    async def aclose(self) -> None:
        await self.client.aclose()


async def until(
    predicate: Callable[[], Awaitable[object]], *, timeout: float = 15.0, what: str = "a condition"
) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not await predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


@pytest_asyncio.fixture
async def people(live: Live) -> AsyncIterator[tuple[Person, Person]]:
    advocate = await Person(live.url).sign_in("advocate1")
    await advocate.available()
    lead = await Person(live.url).sign_in("lead1")
    yield advocate, lead
    await advocate.aclose()
    await lead.aclose()


@pytest_asyncio.fixture
async def sim(live: Live) -> AsyncIterator[Simulator]:
    simulator = Simulator(
        base_url=live.url,
        gateway_token=GATEWAY_TOKEN,
        gateway=live.gateway,
        seed=11,
        mean_interval_s=3600.0,  # contacts come only when a test spawns them
        pace=Pace.fast(),
    )
    await simulator.start()
    yield simulator
    await simulator.stop()


async def _session_of(contact: SimContact) -> str:
    await eventually(lambda: contact.session_id is not None, what="the contact's session")
    assert contact.session_id is not None
    return contact.session_id


async def _next_contact_line(person: Person, session_id: str, seen: int) -> list[str]:
    lines: list[str] = []

    async def more() -> bool:
        lines[:] = await person.contact_lines(session_id)
        return len(lines) > seen

    await until(more, what="the contact's answer")
    return lines


@pytest.mark.asyncio
async def test_practice_contacts_arrive_on_every_channel(
    live: Live, people: tuple[Person, Person]
) -> None:
    _advocate, lead = people
    simulator = Simulator(
        base_url=live.url,
        gateway_token=GATEWAY_TOKEN,
        gateway=live.gateway,
        seed=5,
        mean_interval_s=0.05,
        pace=Pace.fast(),
        mix=Mix(interpreter_chance=0.5, relay_chance=0.5),
    )
    await simulator.start()
    try:
        await eventually(
            lambda: sum(simulator.stats.started.values()) >= 24, what="two dozen arrivals"
        )
    finally:
        await simulator.stop()
    stats = simulator.stats
    assert set(stats.started) == set(Channel), stats
    assert stats.failed == 0
    seen: dict[str, dict[str, Any]] = {}
    for session_id in simulator.session_ids():
        seen[session_id] = await lead.session(session_id)
    channels = {s["channel"] for s in seen.values()}
    assert channels == {"call", "chat", "text"}
    calls = [s for s in seen.values() if s["channel"] == "call"]
    assert any(s["contact"]["relay"] for s in calls)
    assert any(s["language"] in INTERPRETER_LANGUAGES for s in calls)
    assert {s["language"] for s in seen.values() if s["channel"] != "call"} <= {"en", "es"}


@pytest.mark.asyncio
async def test_a_texter_answers_the_advocate_from_its_scenario(
    sim: Simulator, people: tuple[Person, Person], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="console.server")
    advocate, _lead = people
    contact = sim.spawn(
        scenario="farmworker-visa-passport", channel=Channel.TEXT, language="en", opener=""
    )
    turns = [t.text for t in contact.script.turns]
    answers = contact.script.answers
    session_id = await _session_of(contact)
    await advocate.accept(session_id)
    assert (await advocate.contact_lines(session_id))[0] == turns[0]

    # A safety question gets the scenario's safety answer before the story goes on.
    await advocate.say(session_id, "Thank you for writing. Are you safe right now?")
    lines = await _next_contact_line(advocate, session_id, 1)
    assert lines[1] == answers["safety"]

    # A plain answer moves the story on; a "continue" turn brings the next one too.
    await advocate.say(session_id, "I'm glad you reached out. Tell me more.")
    lines = await _next_contact_line(advocate, session_id, 3)
    assert lines[2:4] == turns[1:3]

    await advocate.say(session_id, "Who has your passport now?")
    lines = await _next_contact_line(advocate, session_id, 4)
    assert lines[4] == answers["documents"]
    assert contact.received == 3

    # Every advocate message was delivered, as a carrier's receipt reports.
    async def all_delivered() -> bool:
        detail = await advocate.session(session_id)
        mine = [m for m in detail["messages"] if m["author"] == "advocate"]
        return len(mine) == 3 and all(m["delivery"] == "delivered" for m in mine)

    await until(all_delivered, what="delivery receipts")

    # The simulator logged the contact's arrival, but never a body or an address.
    logged = [r.getMessage() for r in caplog.records if r.name.startswith("console.server.sim")]
    assert any(session_id in line for line in logged)
    said = [*turns, *answers.values(), "Are you safe", contact.plan.address]
    assert not [line for line in logged for text in said if text in line]


@pytest.mark.asyncio
async def test_a_spanish_texter_opening_with_ayuda_speaks_spanish(
    sim: Simulator, people: tuple[Person, Person]
) -> None:
    advocate, _lead = people
    contact = sim.spawn(
        scenario="restaurant-wages-deportation", channel=Channel.TEXT, language="es", opener="AYUDA"
    )
    session_id = await _session_of(contact)
    await advocate.accept(session_id)
    detail = await advocate.session(session_id)
    assert detail["language"] == "es"
    lines = await _next_contact_line(advocate, session_id, 1)
    assert lines[:2] == ["AYUDA", contact.script.turns[0].text]
    await advocate.say(session_id, "Hola, gracias por escribir. ¿Estás seguro ahorita?")
    lines = await _next_contact_line(advocate, session_id, 2)
    assert lines[2] == contact.script.answers["safety"]


@pytest.mark.asyncio
async def test_contacts_leave_on_their_own(sim: Simulator, people: tuple[Person, Person]) -> None:
    advocate, lead = people
    # A chatter whose scenario ends with a code phrase and leaving.
    chatter = sim.spawn(scenario="locked-in-code-phrase", channel=Channel.CHAT, language="en")
    session_id = await _session_of(chatter)
    await advocate.accept(session_id)
    seen = 2  # the first turn is followed at once by the second ("continue")
    await _next_contact_line(advocate, session_id, seen - 1)
    while not chatter.left:
        await advocate.say(session_id, "I'm here with you. Go on when you can.")
        seen = len(await _next_contact_line(advocate, session_id, seen))

    async def wrapped_up() -> bool:
        detail = await advocate.session(session_id)
        return bool(detail["state"] == "wrap_up" and detail["contact_left"])

    await until(wrapped_up, what="wrap-up after the contact left")
    assert (await advocate.contact_lines(session_id))[-1] == chatter.script.turns[-1].text

    # A caller hangs up after a (fast) few minutes: the unanswered call is withdrawn.
    await advocate.client.put("/api/v1/me/presence", json={"status": "away"})
    caller = sim.spawn(channel=Channel.CALL, language="en", relay=True)
    call_id = await _session_of(caller)
    await eventually(lambda: caller.left, what="the caller to hang up")

    async def closed() -> bool:
        return bool((await lead.session(call_id))["state"] == "closed")

    await until(closed, what="the call to close")
    assert (await lead.session(call_id))["contact"]["relay"] is True


@pytest.mark.asyncio
async def test_a_texter_who_sends_stop_is_opted_out(
    sim: Simulator, people: tuple[Person, Person]
) -> None:
    advocate, _lead = people
    texter = sim.spawn(scenario="nail-salon-stop", channel=Channel.TEXT, language="en", opener="")
    session_id = await _session_of(texter)
    await advocate.accept(session_id)
    for seen in (1, 2):
        await advocate.say(session_id, "Thank you for telling me. I'm listening.")
        await _next_contact_line(advocate, session_id, seen)
    await advocate.say(session_id, "You're not alone in this.")
    await eventually(lambda: texter.finished, what="STOP")
    # STOP is a carrier keyword: it never reaches the transcript as the texter's words.
    assert await advocate.contact_lines(session_id) == [t.text for t in texter.script.turns[:3]]
    detail = await advocate.session(session_id)
    assert detail["contact"]["opted_out"] is True
    assert detail["state"] == "wrap_up"
    assert texter.left
    assert texter.auto_replies == 1  # the one neutral opt-out confirmation


@pytest.mark.asyncio
async def test_ending_a_session_stops_its_contact(
    sim: Simulator, people: tuple[Person, Person]
) -> None:
    advocate, _lead = people
    chatter = sim.spawn(scenario="general-information", channel=Channel.CHAT, language="es")
    session_id = await _session_of(chatter)
    await advocate.accept(session_id)
    response = await advocate.client.post(
        f"/api/v1/sessions/{session_id}/end", json={"disposition": "general_information"}
    )
    response.raise_for_status()
    await eventually(lambda: chatter.ended, what="the simulator to learn the session ended")
    await eventually(lambda: chatter not in sim.active, what="the contact to stop")
    assert not chatter.left


@pytest.mark.asyncio
async def test_one_failing_contact_does_not_stop_the_others(
    live: Live, people: tuple[Person, Person]
) -> None:
    _advocate, lead = people
    bad = Simulator(
        base_url=live.url, gateway_token="not-the-token", gateway=live.gateway, pace=Pace.fast()
    )
    await bad.start()
    try:
        first = bad.spawn(channel=Channel.CHAT)
        second = bad.spawn(channel=Channel.TEXT)
        await eventually(lambda: bad.stats.failed == 2, what="both contacts to fail")
        assert first.session_id is None
        assert second.session_id is None
        assert not bad.active
        third = bad.spawn(channel=Channel.CALL)  # the simulator itself goes on
        await eventually(lambda: bad.stats.failed == 3, what="the third to fail too")
        assert third.session_id is None
    finally:
        await bad.stop()
    assert await lead.sessions() == []


@pytest.mark.asyncio
async def test_an_unreachable_backend_is_retried_then_given_up() -> None:
    sock = listen()
    url = url_of(sock)
    sock.close()  # nothing listens there now
    poster = InboundPoster(
        url, GATEWAY_TOKEN, policy=RetryPolicy(base_s=0.01, cap_s=0.05, give_up_after_s=0.5)
    )
    try:
        with pytest.raises(InboundError, match="unreachable"):
            await poster.post(InboundKind.START, Channel.CHAT, "sim-chat-test", body="hello")
    finally:
        await poster.aclose()
    assert poster.retries >= 3


@pytest.mark.asyncio
async def test_a_backend_that_comes_up_late_is_waited_for(tmp_path: Path) -> None:
    sock = listen()
    url = url_of(sock)
    port = sock.getsockname()[1]
    sock.close()
    poster = InboundPoster(
        url, GATEWAY_TOKEN, policy=RetryPolicy(base_s=0.05, cap_s=0.2, give_up_after_s=30)
    )
    pending = asyncio.get_running_loop().create_task(
        poster.post(InboundKind.START, Channel.CHAT, "sim-chat-late", body="hello")
    )
    await eventually(lambda: poster.retries >= 2, what="a few failed attempts")
    config = ServerConfig(db_path=tmp_path / "late.db", demo=True, gateway_token=GATEWAY_TOKEN)
    app = create_app(config)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    serving = asyncio.get_running_loop().create_task(server.serve(sockets=[listen(port)]))
    try:
        result = await asyncio.wait_for(pending, 20)
        assert result.action == "queued"
        assert result.session_id
    finally:
        server.should_exit = True
        await asyncio.wait_for(serving, 10)
        await poster.aclose()
