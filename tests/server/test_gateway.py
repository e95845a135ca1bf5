"""The outbound side: advocate messages and session ends reach the channel gateways,
and their delivery reports come back as ``message.updated``.

The backend runs in this process (on a real socket, over real HTTP) because the
gateway hand-off is in-process by design, as with ``--simulate``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio
import uvicorn
from httpx_sse import aconnect_sse

from console.server.app import create_app
from console.server.config import ServerConfig
from console.server.gateway import Gateway, Outbound
from console.server.serve import bind, url_of

TOKEN = "gw-test-token"


@pytest_asyncio.fixture
async def running(tmp_path: Path) -> AsyncIterator[tuple[str, Gateway, Any]]:
    sock = bind("127.0.0.1", 0)
    url = url_of("127.0.0.1", sock)
    config = ServerConfig(
        db_path=tmp_path / "gateway.db",
        demo=True,
        gateway_token=TOKEN,
        base_url=url,
        heartbeat_s=0.3,
    )
    app = create_app(config)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    async with asyncio.timeout(10):
        while not server.started:
            await asyncio.sleep(0.02)
    try:
        yield url, app.state.gateway, app
    finally:
        app.state.ctx.hub.close()
        server.should_exit = True
        await task
        sock.close()


async def _login(client: httpx.AsyncClient, username: str) -> dict[str, str]:
    response = await client.post(
        "/api/v1/auth/login", json={"username": username, "password": "training"}
    )
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


async def _poll(check: Any, timeout: float = 5.0) -> Any:
    async with asyncio.timeout(timeout):
        while not (value := await check()):
            await asyncio.sleep(0.02)
    return value


@pytest.mark.asyncio
async def test_messages_and_ends_go_out_and_delivery_comes_back(
    running: tuple[str, Gateway, Any],
) -> None:
    url, gateway, app = running
    outbox = gateway.subscribe()
    async with httpx.AsyncClient(base_url=url, timeout=10) as client:
        me = await _login(client, "advocate1")
        await client.put("/api/v1/me/presence", json={"status": "available"}, headers=me)
        started = await client.post(
            "/api/v1/inbound",
            json={"event": "start", "channel": "text", "from": "+15551230000", "body": "hi"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        session_id = started.json()["session_id"]

        async def offered() -> bool:
            sessions = (await client.get("/api/v1/sessions", headers=me)).json()
            return any(s["state"] == "offered" for s in sessions)

        await _poll(offered)
        await client.post(f"/api/v1/sessions/{session_id}/accept", headers=me)
        sent = []
        for n in range(2):
            response = await client.post(
                f"/api/v1/sessions/{session_id}/messages",
                json={"client_msg_id": f"out-{n}", "body": f"reply {n}"},
                headers=me,
            )
            sent.append(response.json())
        first: Outbound = await asyncio.wait_for(outbox.get(), 5)
        assert (first.kind, first.session_id, first.channel.value) == (
            "message",
            session_id,
            "text",
        )
        assert first.body == "reply 0"
        assert first.message_id == sent[0]["id"]
        assert "5551230000" not in first.contact_ref
        second = await asyncio.wait_for(outbox.get(), 5)
        updates: list[dict[str, Any]] = []

        async def listen() -> None:
            async with aconnect_sse(
                client, "GET", "/api/v1/events", headers=me, timeout=httpx.Timeout(10, read=None)
            ) as source:
                async for event in source.aiter_sse():
                    if event.event == "message.updated":
                        updates.append(json.loads(event.data))
                        if len(updates) == 2:
                            return

        listener = asyncio.create_task(listen())

        async def streaming() -> bool:
            return bool(app.state.ctx.hub.stream_count())

        await _poll(streaming)  # the stream is open before the reports arrive
        await gateway.report_delivery(first.message_id or "", True)
        await gateway.report_delivery(second.message_id or "", False)
        await asyncio.wait_for(listener, 5)
        assert [(u["id"], u["delivery"]) for u in updates] == [
            (sent[0]["id"], "delivered"),
            (sent[1]["id"], "failed"),
        ]
        detail = (await client.get(f"/api/v1/sessions/{session_id}", headers=me)).json()
        assert [m["delivery"] for m in detail["messages"][1:]] == ["delivered", "failed"]
        await gateway.report_delivery("no-such-message", True)  # ignored
        await client.post(
            f"/api/v1/sessions/{session_id}/end", json={"disposition": "tip"}, headers=me
        )
        ended = await asyncio.wait_for(outbox.get(), 5)
        assert (ended.kind, ended.session_id) == ("ended", session_id)
    gateway.unsubscribe(outbox)
