"""ApiClient against the real reference backend over loopback HTTP."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from console.net.client import (
    ApiClient,
    ApiError,
    RateLimited,
    ServerBug,
    SignedOut,
    Unreachable,
)
from console.protocol import (
    CallAction,
    Channel,
    Disposition,
    Entity,
    Mutation,
    MutationOp,
    MutationStatus,
    NoteRecord,
    Presence,
    Role,
    SessionState,
    SettablePresence,
    SyncRequest,
)
from tests.conftest import Backend

from .broken_server import PAIR_JSON, BrokenServer, Canned
from .helpers import ADVOCATE, ADVOCATE2, LEAD, CountingTokenStore, inbound_chat, token_status


@pytest_asyncio.fixture
async def lead(backend: Backend) -> AsyncIterator[ApiClient]:
    client = ApiClient(backend.url)
    await client.login(*LEAD)
    yield client
    await client.aclose()


@pytest.mark.asyncio
async def test_login_me_and_presence(backend: Backend) -> None:
    store = CountingTokenStore()
    async with ApiClient(backend.url, token_store=store) as api:
        pair = await api.login(*ADVOCATE)
        assert pair.user.username == "advocate1"
        assert pair.user.role is Role.ADVOCATE
        assert pair.expires_in > 0
        assert store.saved == [pair.refresh_token]  # persisted at once
        assert api.signed_in
        me = await api.me()
        assert me.id == pair.user.id
        user = await api.set_presence(SettablePresence.AWAY)
        assert user.presence is Presence.AWAY
        assert (await api.me()).presence is Presence.AWAY


@pytest.mark.asyncio
async def test_wrong_password_is_an_api_error_not_a_sign_out(backend: Backend) -> None:
    signed_out: list[SignedOut] = []
    async with ApiClient(backend.url, on_signed_out=signed_out.append) as api:
        with pytest.raises(ApiError) as caught:
            await api.login("advocate1", "wrong")
    assert (caught.value.status, caught.value.code) == (401, "invalid_credentials")
    assert signed_out == []


@pytest.mark.asyncio
async def test_five_failed_logins_are_rate_limited_with_retry_after(backend: Backend) -> None:
    async with ApiClient(backend.url) as api:
        for _ in range(5):
            with pytest.raises(ApiError) as caught:
                await api.login("advocate2", "wrong")
            assert caught.value.code == "invalid_credentials"
        with pytest.raises(RateLimited) as limited:
            await api.login(*ADVOCATE2)
    assert limited.value.status == 429
    assert limited.value.code == "rate_limited"
    assert limited.value.retry_after is not None
    assert 0 < limited.value.retry_after <= 60


@pytest.mark.asyncio
async def test_forbidden_for_an_advocate(api: ApiClient) -> None:
    with pytest.raises(ApiError) as caught:
        await api.roster()
    assert (caught.value.status, caught.value.code) == (403, "forbidden")


@pytest.mark.asyncio
async def test_not_found(api: ApiClient) -> None:
    with pytest.raises(ApiError) as caught:
        await api.session(str(uuid.uuid4()))
    assert (caught.value.status, caught.value.code) == (404, "not_found")


@pytest.mark.asyncio
async def test_an_id_cannot_escape_its_path_segment(api: ApiClient) -> None:
    with pytest.raises(ApiError) as caught:
        await api.session("../me")
    assert caught.value.status == 404


@pytest.mark.asyncio
async def test_invalid_names_the_fields(api: ApiClient) -> None:
    with pytest.raises(ApiError) as caught:
        await api.send_message(str(uuid.uuid4()), "c1", "")
    assert (caught.value.status, caught.value.code) == (422, "invalid")
    assert "body" in caught.value.fields


@pytest.mark.asyncio
async def test_unreachable_when_the_server_is_down(backend: Backend, api: ApiClient) -> None:
    backend.stop()
    with pytest.raises(Unreachable):
        await api.me()
    backend.start()  # same port and database: the client carries on
    assert (await api.me()).username == "advocate1"


@pytest.mark.asyncio
async def test_logout_revokes_and_forgets(backend: Backend) -> None:
    store = CountingTokenStore()
    signed_out: list[SignedOut] = []
    api = ApiClient(backend.url, token_store=store, on_signed_out=signed_out.append)
    pair = await api.login(*ADVOCATE)
    await api.logout()
    assert not api.signed_in
    assert store.load() is None
    assert await token_status(backend.url, pair.access_token) == (401, "unauthenticated")
    with pytest.raises(SignedOut) as caught:
        await api.me()
    assert caught.value.reason == "signed_out"
    assert signed_out == []  # the user chose it: no "you were signed out" notice
    await api.aclose()


@pytest.mark.asyncio
async def test_a_chat_session_from_offer_to_close(backend: Backend, api: ApiClient) -> None:
    await api.set_presence(SettablePresence.AVAILABLE)
    session_id = await inbound_chat(backend.url, "visitor-1")
    [offered] = [s for s in await api.sessions() if s.id == session_id]
    assert offered.state is SessionState.OFFERED
    assert offered.channel is Channel.CHAT

    active = await api.accept(session_id)
    assert active.state is SessionState.ACTIVE
    with pytest.raises(ApiError) as caught:
        await api.accept(session_id)
    assert (caught.value.status, caught.value.code) == (409, "wrong_state")

    first = await api.send_message(session_id, "msg-1", "We are here to help.")
    again = await api.send_message(session_id, "msg-1", "We are here to help.")
    assert again.id == first.id
    detail = await api.session(session_id)
    assert [m.id for m in detail.messages].count(first.id) == 1

    ended = await api.end(session_id, Disposition.GENERAL_INFORMATION)
    assert ended.state is SessionState.WRAP_UP
    closed = await api.close(session_id)
    assert closed.state is SessionState.CLOSED


@pytest.mark.asyncio
async def test_call_control_applies_to_calls_only(backend: Backend, api: ApiClient) -> None:
    await api.set_presence(SettablePresence.AVAILABLE)
    session_id = await inbound_chat(backend.url, "visitor-2")
    await api.accept(session_id)
    with pytest.raises(ApiError) as caught:
        await api.call_control(session_id, CallAction.HOLD)
    assert 400 <= caught.value.status < 500


@pytest.mark.asyncio
async def test_lead_views_and_reassign(backend: Backend, api: ApiClient, lead: ApiClient) -> None:
    await api.set_presence(SettablePresence.AVAILABLE)
    session_id = await inbound_chat(backend.url, "visitor-3")
    await api.accept(session_id)
    roster = await lead.roster()
    assert "advocate1" in {entry.username for entry in roster}
    assert isinstance(await lead.queue(), list)
    with pytest.raises(ApiError) as forbidden:
        await api.reassign(session_id, "anyone", "no")
    assert forbidden.value.code == "forbidden"
    async with ApiClient(backend.url) as other:
        advocate2 = (await other.login(*ADVOCATE2)).user
    with pytest.raises(ApiError) as unavailable:  # advocate2 is offline
        await lead.reassign(session_id, advocate2.id, "Spanish speaker needed")
    assert (unavailable.value.status, unavailable.value.code) == (409, "not_available")


@pytest.mark.asyncio
async def test_sync_changes_and_cases(backend: Backend, api: ApiClient) -> None:
    await api.set_presence(SettablePresence.AVAILABLE)
    session_id = await inbound_chat(backend.url, "visitor-4")
    session = await api.accept(session_id)
    assert session.case_id is not None
    note_id = str(uuid.uuid4())
    mutation = Mutation(
        seq=1,
        entity=Entity.NOTE,
        op=MutationOp.UPSERT,
        id=note_id,
        base_version=None,
        fields={"case_id": session.case_id, "session_id": session_id, "body": "first contact"},
    )
    request = SyncRequest(client_id="install-1", mutations=[mutation])
    result = await api.sync(request)
    assert result.last_seq == 1
    assert result.results[0].status is MutationStatus.APPLIED
    again = await api.sync(request)
    assert again.results[0].status is MutationStatus.DUPLICATE

    changes = await api.changes()
    assert any(isinstance(r, NoteRecord) and r.id == note_id for r in changes.changes)
    later = await api.changes(since=changes.cursor, limit=10)
    assert later.changes == []

    case = await api.case(session.case_id)
    assert [n.id for n in case.notes] == [note_id]
    assert session.case_id in {c.id for c in await api.cases()}


@pytest.mark.asyncio
async def test_a_buggy_server_is_told_apart_from_a_contract_error() -> None:
    routes = {
        "/api/v1/auth/login": Canned(200, PAIR_JSON.encode()),
        "/api/v1/cases": Canned(200, b'[{"id": "c1", "version":'),
        "/api/v1/me": Canned(200, b'{"id": 1}'),
        "/api/v1/sessions": Canned(500, b'{"error": {"code": "internal", "message": "x"}}'),
        "/api/v1/queue": Canned(502, b"<html>bad gateway</html>", "text/html"),
    }
    async with BrokenServer(routes) as broken, ApiClient(broken.url) as api:
        await api.login(*ADVOCATE)
        with pytest.raises(ServerBug) as bad_json:
            await api.cases()
        assert (bad_json.value.status, bad_json.value.detail) == (200, "invalid_json")
        with pytest.raises(ServerBug) as mismatch:
            await api.me()
        assert mismatch.value.detail == "schema_mismatch"
        with pytest.raises(ServerBug) as five_hundred:
            await api.sessions()
        assert five_hundred.value.status == 500
        with pytest.raises(ServerBug) as gateway:
            await api.queue()
        assert gateway.value.status == 502
        with pytest.raises(ServerBug) as no_body:  # a 404 without the contract's error body
            await api.roster()
        assert (no_body.value.status, no_body.value.detail) == (404, "unparseable_error_body")
