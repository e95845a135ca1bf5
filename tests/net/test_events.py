"""EventStream against the real backend: delivery, resume, resync, watchdog, stop."""

from __future__ import annotations

import asyncio
import gc
import logging
import random
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from console.net.backoff import Backoff
from console.net.client import ApiClient, SignedOut, Unreachable
from console.net.events import ConnectionState, EventStream, StreamStatus
from console.protocol import EventName, Presence, Resync, Session, SettablePresence, User
from tests.conftest import Backend

from .broken_server import PAIR_JSON, BrokenServer, Canned
from .helpers import (
    ADVOCATE,
    CountingTokenStore,
    Recorder,
    inbound_chat,
    poll,
    raw_refresh,
    token_status,
)
from .proxy import SilenceProxy

S = ConnectionState


def stream_for(
    api: ApiClient,
    rec: Recorder,
    *,
    last_event_id: int | None = None,
    silence_timeout: float = 30.0,
) -> EventStream:
    return EventStream(
        api,
        rec.on_event,
        on_state=rec.on_state,
        on_reconnected=rec.on_reconnected,
        last_event_id=last_event_id,
        silence_timeout=silence_timeout,
        backoff=Backoff(base=0.05, cap=0.2, rng=random.Random(0)),
    )


@pytest.mark.asyncio
async def test_typed_events_arrive_in_order(backend: Backend, api: ApiClient) -> None:
    rec = Recorder()
    stream = stream_for(api, rec)
    stream.start()
    await rec.until(lambda: rec.state is S.ONLINE)
    await api.set_presence(SettablePresence.AVAILABLE)
    session_id = await inbound_chat(backend.url, "visitor-ev")
    await rec.until(lambda: EventName.SESSION_OFFERED.value in rec.names())

    presence = [e for e in rec.events if e.name is EventName.PRESENCE_UPDATED]
    assert isinstance(presence[0].data, User)
    assert presence[0].data.presence is Presence.AVAILABLE
    offered = next(e for e in rec.events if e.name is EventName.SESSION_OFFERED)
    assert isinstance(offered.data, Session)
    assert offered.data.id == session_id
    ids = [e.id for e in rec.events]
    assert ids == sorted(set(ids))
    assert stream.last_event_id == ids[-1]
    assert rec.order[:2] == ["state:connecting", "state:online"]
    assert rec.reconnects == []  # the first connect is not a reconnect

    await stream.aclose()
    assert rec.state is S.OFFLINE
    assert not stream.running


@pytest.mark.asyncio
async def test_resume_after_a_backend_restart_loses_no_event(
    backend: Backend, api: ApiClient
) -> None:
    rec = Recorder()
    hold = asyncio.Event()
    release = asyncio.Event()

    async def on_state(status: StreamStatus) -> None:
        rec.on_state(status)
        if status.state is S.RECONNECTING and not release.is_set():
            hold.set()
            await release.wait()  # the stream waits here until the test has made events

    stream = EventStream(
        api,
        rec.on_event,
        on_state=on_state,
        on_reconnected=rec.on_reconnected,
        backoff=Backoff(base=0.05, cap=0.2, rng=random.Random(0)),
    )
    stream.start()
    await rec.until(lambda: rec.state is S.ONLINE)
    await api.set_presence(SettablePresence.AWAY)
    await rec.until(lambda: len(rec.events) == 1)
    before = rec.events[0].id

    await asyncio.to_thread(backend.stop)
    await asyncio.wait_for(hold.wait(), 15)
    await asyncio.to_thread(backend.start)  # same port, same database
    # Events made while the stream is down.
    await api.set_presence(SettablePresence.AVAILABLE)
    session_id = await inbound_chat(backend.url, "visitor-gap")
    release.set()

    await rec.until(lambda: EventName.SESSION_OFFERED.value in rec.names())
    assert rec.state is S.ONLINE
    assert rec.reconnects[0].last_event_id == before
    assert rec.reconnects[0].offline_s > 0
    missed = rec.events[1:]
    assert [e.name for e in missed][:2] == [EventName.PRESENCE_UPDATED, EventName.SESSION_OFFERED]
    assert isinstance(missed[0].data, User)
    assert missed[0].data.presence is Presence.AVAILABLE
    assert isinstance(missed[1].data, Session)
    assert missed[1].data.id == session_id
    ids = [e.id for e in rec.events]
    assert ids == sorted(set(ids))  # no duplicate, no reordering
    # The notice comes before any event of the new stream; states went
    # reconnecting -> online.
    states = [s for s in rec.order if s.startswith("state:")]
    assert states[-2:] == ["state:reconnecting", "state:online"]
    after = rec.order.index("reconnected")
    assert rec.order[after - 1] == "state:online"
    assert rec.order[after + 1].startswith("event:")

    # Oracle: a fresh stream from the same point sees exactly the same events.
    oracle = Recorder()
    check = stream_for(api, oracle, last_event_id=before)
    check.start()
    await oracle.until(lambda: len(oracle.events) >= len(missed))
    assert [e.id for e in oracle.events] == [e.id for e in missed]
    await check.aclose()
    await stream.aclose()


@pytest.mark.asyncio
async def test_resync_when_the_server_no_longer_has_the_events(api: ApiClient) -> None:
    rec = Recorder()
    stream = stream_for(api, rec, last_event_id=10**9)  # an id the server never issued
    stream.start()
    await rec.until(lambda: len(rec.events) >= 1)
    first = rec.events[0]
    assert first.name is EventName.RESYNC
    assert isinstance(first.data, Resync)
    assert stream.last_event_id == first.id < 10**9
    await api.set_presence(SettablePresence.AWAY)
    await rec.until(lambda: len(rec.events) >= 2)
    assert rec.events[1].id > first.id
    await stream.aclose()


@pytest_asyncio.fixture
async def proxy(quick_backend: Backend) -> AsyncIterator[SilenceProxy]:
    silence = SilenceProxy("127.0.0.1", quick_backend.port)
    await silence.start()
    yield silence
    await silence.aclose()


@pytest.mark.asyncio
async def test_heartbeats_keep_a_quiet_stream_open(
    proxy: SilenceProxy, quick_api: ApiClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="console.net")
    rec = Recorder()
    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
    async with ApiClient(proxy.url, http=http) as via_proxy:
        await via_proxy.resume(quick_api.token_store.load())
        stream = stream_for(via_proxy, rec, silence_timeout=1.0)
        stream.start()
        await rec.until(lambda: rec.state is S.ONLINE)
        await quick_api.set_presence(SettablePresence.AWAY)
        await rec.until(lambda: len(rec.events) == 1)
        seen = stream.heartbeats
        # Heartbeats every 0.25 s: 8 of them span twice the silence timeout.
        await poll(lambda: _true(stream.heartbeats >= seen + 8), timeout=10)
        assert [s.state for s in rec.states] == [S.CONNECTING, S.ONLINE]
        assert len(rec.events) == 1  # a heartbeat after an event is not another event
        assert "unknown event" not in caplog.text  # a heartbeat is not an event
        await stream.aclose()
    await http.aclose()


async def _true(value: bool) -> bool:
    return value


@pytest.mark.asyncio
async def test_watchdog_reopens_a_silent_stream(
    quick_backend: Backend, proxy: SilenceProxy, quick_api: ApiClient
) -> None:
    rec = Recorder()
    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0))
    async with ApiClient(proxy.url, http=http) as via_proxy:
        await via_proxy.resume(quick_api.token_store.load())
        stream = stream_for(via_proxy, rec, silence_timeout=1.0)
        stream.start()
        await rec.until(lambda: rec.state is S.ONLINE)
        await quick_api.set_presence(SettablePresence.AWAY)
        await rec.until(lambda: len(rec.events) == 1)
        connections = proxy.connections
        proxy.freeze()  # the open connection goes quiet but stays up (a laptop asleep)
        await quick_api.set_presence(SettablePresence.AVAILABLE)  # it cannot get through
        await rec.until(lambda: any(s.reason == "watchdog" for s in rec.states), timeout=10)
        await rec.until(lambda: len(rec.events) == 2, timeout=10)
        missed = rec.events[1].data
        assert isinstance(missed, User)
        assert missed.presence is Presence.AVAILABLE  # replayed on the new connection
        assert rec.state is S.ONLINE
        assert proxy.connections > connections  # a new connection, not the frozen one
        assert len(rec.reconnects) == 1
        await stream.aclose()
    await http.aclose()


@pytest.mark.asyncio
async def test_the_stream_refreshes_an_expired_token(
    quick_backend: Backend, quick_api: ApiClient
) -> None:
    store = quick_api.token_store
    assert isinstance(store, CountingTokenStore)
    token = quick_api._tokens.access_token
    assert token is not None

    async def expired() -> bool:
        return await token_status(quick_backend.url, token) == (401, "token_expired")

    await poll(expired, every=0.1)
    rec = Recorder()
    stream = stream_for(quick_api, rec)
    stream.start()
    await rec.until(lambda: rec.state is S.ONLINE)
    assert len(store.saved) == 2
    await stream.aclose()


@pytest.mark.asyncio
async def test_a_revoked_sign_in_stops_the_stream_as_signed_out(backend: Backend) -> None:
    notices: list[SignedOut] = []
    store = CountingTokenStore()
    async with ApiClient(backend.url, token_store=store, on_signed_out=notices.append) as api:
        first = await api.login(*ADVOCATE)
        await api.refresh()
        assert (await raw_refresh(backend.url, first.refresh_token)).status_code == 401
        rec = Recorder()
        stream = stream_for(api, rec)
        task = stream.start()
        await rec.until(lambda: rec.state is S.SIGNED_OUT)
        await asyncio.wait_for(task, 5)
        assert rec.states[-1].reason
        assert len(notices) == 1
        assert S.RECONNECTING not in [s.state for s in rec.states]


@pytest.mark.asyncio
async def test_aclose_while_reconnecting_or_connecting(backend: Backend, api: ApiClient) -> None:
    rec = Recorder()
    stream = stream_for(api, rec)
    stream.start()
    await stream.aclose()  # at once, before it even connected
    assert stream.status.state is S.OFFLINE
    assert rec.state in (None, S.OFFLINE)

    await asyncio.to_thread(backend.stop)
    rec = Recorder()
    stream = stream_for(api, rec)
    stream.start()
    await rec.until(lambda: sum(s.state is S.RECONNECTING for s in rec.states) >= 3)
    await stream.aclose()
    assert rec.state is S.OFFLINE
    assert not stream.running
    gc.collect()  # an unclosed generator or socket would warn now (warnings are errors)


@pytest.mark.asyncio
async def test_aclose_mid_stream_leaves_nothing_behind(api: ApiClient) -> None:
    rec = Recorder()
    stream = stream_for(api, rec)
    stream.start()
    await rec.until(lambda: rec.state is S.ONLINE)
    await api.set_presence(SettablePresence.AWAY)
    await rec.until(lambda: len(rec.events) == 1)
    await stream.aclose()
    await stream.aclose()  # twice is fine
    gc.collect()
    assert rec.state is S.OFFLINE
    assert [t for t in asyncio.all_tasks() if t.get_name() == "event-stream"] == []


class BoomError(Exception):
    pass


@pytest.mark.parametrize("error", [BoomError, Unreachable, TimeoutError])
@pytest.mark.asyncio
async def test_a_failing_callback_stops_the_stream_and_propagates(
    api: ApiClient, error: type[Exception]
) -> None:
    """A callback's error is the app's bug, never mistaken for a lost stream and retried."""

    def explode(_event: object) -> None:
        raise error("from the app")

    states: list[StreamStatus] = []
    stream = EventStream(api, explode, on_state=states.append, last_event_id=10**9)
    with pytest.raises(error):
        await asyncio.wait_for(stream.run(), 15)  # resync arrives first; the callback fails
    assert [s.state for s in states] == [S.CONNECTING, S.ONLINE, S.OFFLINE]
    assert stream.last_event_id == 10**9  # the failed event is not counted as processed


@pytest.mark.asyncio
async def test_an_answer_that_is_not_an_event_stream_is_retried_as_a_server_bug() -> None:
    routes = {
        "/api/v1/auth/login": Canned(200, PAIR_JSON.encode()),
        "/api/v1/events": Canned(200, b"<html>maintenance</html>", "text/html"),
    }
    async with BrokenServer(routes) as broken, ApiClient(broken.url) as api:
        await api.login(*ADVOCATE)
        rec = Recorder()
        stream = stream_for(api, rec)
        stream.start()
        await rec.until(lambda: sum(s.reason == "server_bug" for s in rec.states) >= 2)
        assert S.ONLINE not in [s.state for s in rec.states]
        await stream.aclose()
