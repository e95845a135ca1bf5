"""Periodic housekeeping: prune old events (remembering the watermark) and dead tokens."""

from __future__ import annotations

import asyncio
import logging

from console.server.context import ServerContext
from console.server.events import prune_events
from console.server.tokens import prune_tokens

log = logging.getLogger(__name__)


def prune_once(ctx: ServerContext) -> int:
    with ctx.db.transaction() as tx:
        deleted = prune_events(tx, ctx.config.event_retention_s)
        prune_tokens(tx)
    return deleted


async def run_maintenance(ctx: ServerContext) -> None:
    interval = max(0.2, min(60.0, ctx.config.event_retention_s / 2))
    while True:
        await asyncio.sleep(interval)
        deleted = prune_once(ctx)
        if deleted:
            log.debug("pruned %d events", deleted)
