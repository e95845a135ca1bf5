"""Token expiry, silent single-flight refresh, rotation, reuse and resume (real backend)."""

from __future__ import annotations

import asyncio

import pytest

from console.net.client import ApiClient, SignedOut
from tests.conftest import Backend

from .helpers import ADVOCATE, CountingTokenStore, poll, raw_refresh, token_status


async def expire(api: ApiClient, base_url: str) -> None:
    """Wait until the server refuses the client's current access token as expired."""
    token = api._tokens.access_token
    assert token is not None

    async def expired() -> bool:
        return await token_status(base_url, token) == (401, "token_expired")

    await poll(expired, every=0.1)


@pytest.mark.asyncio
async def test_expired_token_is_refreshed_once_for_concurrent_calls(
    quick_backend: Backend, quick_api: ApiClient
) -> None:
    store = quick_api.token_store
    assert isinstance(store, CountingTokenStore)
    await expire(quick_api, quick_backend.url)
    users = await asyncio.gather(*(quick_api.me() for _ in range(8)))
    assert {u.username for u in users} == {"advocate1"}
    assert len(store.saved) == 2  # the login, then exactly one rotation
    assert store.load() == store.saved[-1]
    # The rotated-away refresh token no longer works.
    response = await raw_refresh(quick_backend.url, store.saved[0])
    assert response.status_code == 401


@pytest.mark.asyncio
async def test_reused_refresh_token_signs_out(quick_backend: Backend) -> None:
    store = CountingTokenStore()
    notices: list[SignedOut] = []
    async with ApiClient(quick_backend.url, token_store=store, on_signed_out=notices.append) as api:
        first = await api.login(*ADVOCATE)
        await api.refresh()  # rotation: first.refresh_token is now old
        assert len(store.saved) == 2
        # Someone replays the old token (a stolen copy): the server revokes the family,
        # access token included, so the next calls get 401 and the refresh fails too.
        assert (await raw_refresh(quick_backend.url, first.refresh_token)).status_code == 401
        results = await asyncio.gather(api.me(), api.sessions(), return_exceptions=True)
        assert all(isinstance(r, SignedOut) for r in results)
        assert len(notices) == 1  # told once, however many calls failed
        assert notices[0].reason
        assert store.load() is None
        assert not api.signed_in
        with pytest.raises(SignedOut):
            await api.me()
        assert len(notices) == 1


@pytest.mark.asyncio
async def test_resume_with_a_stored_refresh_token(quick_backend: Backend) -> None:
    store = CountingTokenStore()
    async with ApiClient(quick_backend.url, token_store=store) as first:
        await first.login(*ADVOCATE)
    # A restart of the console: a new client with the same store signs in silently.
    async with ApiClient(quick_backend.url, token_store=store) as again:
        assert not again.signed_in
        pair = await again.resume()
        assert pair.user.username == "advocate1"
        assert again.user is not None
        assert (await again.me()).username == "advocate1"
    assert len(store.saved) == 2


@pytest.mark.asyncio
async def test_first_call_after_a_restart_resumes_by_itself(quick_backend: Backend) -> None:
    store = CountingTokenStore()
    async with ApiClient(quick_backend.url, token_store=store) as first:
        await first.login(*ADVOCATE)
    async with ApiClient(quick_backend.url, token_store=store) as again:
        users = await asyncio.gather(again.me(), again.me(), again.me())
    assert {u.username for u in users} == {"advocate1"}
    assert len(store.saved) == 2


@pytest.mark.asyncio
async def test_resume_without_a_token_or_with_a_bad_one(quick_backend: Backend) -> None:
    notices: list[SignedOut] = []
    async with ApiClient(quick_backend.url, on_signed_out=notices.append) as api:
        with pytest.raises(SignedOut) as nothing:
            await api.resume()
        assert nothing.value.reason == "not_signed_in"
        assert notices == []
        with pytest.raises(SignedOut) as refused:
            await api.resume("not-a-token-the-server-made")
        assert refused.value.reason != "not_signed_in"
        assert len(notices) == 1
        assert api.token_store.load() is None
