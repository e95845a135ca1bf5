"""The FastAPI application: ``create_app(config)`` and its lifespan.

Start-up opens the database (migrating it), seeds the demo accounts and the
sample referral directory with ``--demo``, checks the checklist templates, wires
the event hub, the router and the gateway's delivery reports, re-arms offers
left from a previous run and, with ``--simulate``, starts the training
simulator.  Shutdown stops all of it; event streams are ended before uvicorn
waits for connections (see ``serve.py``), so it is quick.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from console.protocol import API_PREFIX, MAX_REQUEST_BYTES
from console.server.checklists import templates
from console.server.config import ServerConfig
from console.server.contacts import load_secret
from console.server.context import ServerContext
from console.server.db import Database
from console.server.demo import demo_hashes, missing_demo_users, needs_referrals, seed_demo
from console.server.errors import BodyLimit, install_error_handlers
from console.server.events import EventHub
from console.server.gateway import Gateway
from console.server.lead import QueueAnnouncer
from console.server.maintenance import run_maintenance
from console.server.messages import DeliveryApplier
from console.server.presence import refresh_presence
from console.server.ratelimit import LoginLimiter
from console.server.referrals import store_objects
from console.server.routes import (
    audit,
    auth,
    events,
    inbound,
    lead,
    records,
    reference,
    sessions,
)
from console.server.routing import Router

log = logging.getLogger(__name__)

DESCRIPTION = (
    "The contract between the advocate console and a hotline backend (API.md). Every error"
    ' body is `{"error": {"code", "message"}}`; request bodies are at most 1 MiB.'
)


async def _open_context(app: FastAPI, config: ServerConfig) -> ServerContext:
    db = Database(config.db_path)
    if config.demo:
        missing = missing_demo_users(db.conn)
        if missing:
            hashes = await asyncio.to_thread(demo_hashes, missing)
            seed_demo(db.conn, hashes)
        if needs_referrals(db.conn):  # training mode has the sample referral directory
            from console.server.hsds_import import read_sample  # noqa: PLC0415 (jsonschema is slow to import; only needed here)

            plan = await asyncio.to_thread(read_sample)
            with db.transaction() as tx:
                store_objects(tx, plan.objects)
    templates()  # a bad checklist template stops the start, naming the file
    hub = EventHub()
    db.on_wake = hub.wake
    db.pre_commit.append(refresh_presence)
    router = Router(db, config.offer_timeout_s)
    queue = QueueAnnouncer(db)
    gateway: Gateway = app.state.gateway
    gateway.set_delivery_handler(DeliveryApplier(db))
    return ServerContext(
        config=config,
        db=db,
        hub=hub,
        router=router,
        queue=queue,
        gateway=gateway,
        limiter=LoginLimiter(),
        secret=load_secret(db.conn),
    )


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    config: ServerConfig = app.state.config
    ctx = await _open_context(app, config)
    app.state.ctx = ctx
    ctx.router.resume()
    housekeeping = asyncio.create_task(run_maintenance(ctx), name="maintenance")
    simulator = None
    try:
        if config.simulate:
            from console.server.simulator import Simulator  # noqa: PLC0415 (optional, loaded only when asked)

            simulator = Simulator(
                base_url=config.base_url,
                gateway_token=config.gateway_token or "",
                gateway=app.state.gateway,
                seed=None,
            )
            await simulator.start()
        yield
    finally:
        if simulator is not None:
            await simulator.stop()
        ctx.hub.close()
        ctx.router.close()
        ctx.queue.close()
        housekeeping.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await housekeeping
        ctx.db.close()


def create_app(config: ServerConfig) -> FastAPI:
    app = FastAPI(
        title="Hotline backend API",
        version="1",
        description=DESCRIPTION,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.config = config
    app.state.gateway = Gateway()
    install_error_handlers(app)
    app.add_middleware(BodyLimit, limit=MAX_REQUEST_BYTES)
    for module in (auth, sessions, events, records, lead, audit, inbound, reference):
        app.include_router(module.router)
    return app
