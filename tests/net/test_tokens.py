"""The single-flight refresh of TokenKeeper, on its own (the backend tests cover it end to end)."""

from __future__ import annotations

import asyncio
import threading

import pytest

from console.net.errors import SignedOut, Unreachable
from console.net.tokens import MemoryTokenStore, TokenKeeper
from console.protocol import MaxSessions, Presence, Role, TokenPair, User

USER = User(
    id="u1",
    username="alice",
    display_name="Alice",
    role=Role.ADVOCATE,
    languages=["en"],
    max_sessions=MaxSessions(),
    presence=Presence.AVAILABLE,
)


class Rotator:
    """A refresh call that rotates tokens after the test lets it."""

    def __init__(self) -> None:
        self.calls: list[str] = []
        self.gate = asyncio.Event()
        self.fail: Exception | None = None

    async def __call__(self, refresh_token: str) -> TokenPair:
        self.calls.append(refresh_token)
        await self.gate.wait()
        if self.fail is not None:
            raise self.fail
        n = len(self.calls)
        return TokenPair(access_token=f"a{n}", refresh_token=f"r{n}", expires_in=60, user=USER)


@pytest.mark.asyncio
async def test_concurrent_callers_share_one_refresh() -> None:
    rotator = Rotator()
    store = MemoryTokenStore("r0")
    keeper = TokenKeeper(store, rotator)
    generation = keeper.generation
    waiters = [asyncio.ensure_future(keeper.refresh_after(generation)) for _ in range(5)]
    await asyncio.sleep(0)
    rotator.gate.set()
    results = await asyncio.gather(*waiters)
    assert rotator.calls == ["r0"]
    assert {r.access_token for r in results if r is not None} == {"a1"}
    assert keeper.access_token == "a1"
    assert store.load() == "r1"
    # A caller whose token was already replaced does not refresh again.
    assert await keeper.refresh_after(generation) is None
    assert rotator.calls == ["r0"]


@pytest.mark.asyncio
async def test_a_cancelled_caller_does_not_abandon_the_rotation() -> None:
    rotator = Rotator()
    store = MemoryTokenStore("r0")
    keeper = TokenKeeper(store, rotator)
    waiter = asyncio.ensure_future(keeper.refresh_now())
    while not rotator.calls:
        await asyncio.sleep(0)
    waiter.cancel()
    rotator.gate.set()
    await keeper.settle()
    assert store.load() == "r1"  # the rotated token was kept though nobody waited


@pytest.mark.asyncio
async def test_a_failed_refresh_reaches_every_waiter_and_keeps_the_token() -> None:
    rotator = Rotator()
    rotator.fail = Unreachable("down")
    store = MemoryTokenStore("r0")
    keeper = TokenKeeper(store, rotator)
    waiters = [asyncio.ensure_future(keeper.refresh_now()) for _ in range(3)]
    await asyncio.sleep(0)
    rotator.gate.set()
    results = await asyncio.gather(*waiters, return_exceptions=True)
    assert all(isinstance(r, Unreachable) for r in results)
    assert rotator.calls == ["r0"]
    assert store.load() == "r0"


@pytest.mark.asyncio
async def test_without_a_refresh_token_it_is_signed_out() -> None:
    keeper = TokenKeeper(MemoryTokenStore(), Rotator())
    with pytest.raises(SignedOut) as caught:
        await keeper.refresh_now()
    assert caught.value.reason == "not_signed_in"
    keeper.forget(SignedOut("token_reused"))
    with pytest.raises(SignedOut) as caught:
        await keeper.refresh_now()
    assert caught.value.reason == "token_reused"


@pytest.mark.asyncio
async def test_switching_stores_carries_the_current_token() -> None:
    rotator = Rotator()
    rotator.gate.set()
    keeper = TokenKeeper(MemoryTokenStore("r0"), rotator)
    await keeper.refresh_now()
    later = MemoryTokenStore()
    keeper.use_store(later)
    assert later.load() == "r1"
    await keeper.refresh_now()
    await keeper.flush()  # the store write runs on the writer thread
    assert later.load() == "r2"


@pytest.mark.asyncio
async def test_store_writes_run_off_the_event_loop_in_order() -> None:
    class Recording(MemoryTokenStore):
        def __init__(self) -> None:
            super().__init__()
            self.threads: list[str] = []
            self.saved: list[str] = []

        def save(self, token: str) -> None:
            self.threads.append(threading.current_thread().name)
            self.saved.append(token)
            super().save(token)

    rotator = Rotator()
    rotator.gate.set()
    store = Recording()
    store.save("r0")
    store.saved.clear()
    store.threads.clear()
    keeper = TokenKeeper(store, rotator)
    for _ in range(3):
        await keeper.refresh_now()
    await keeper.settle()
    assert store.saved == ["r1", "r2", "r3"]
    assert all(name.startswith("token-store") for name in store.threads), store.threads
