"""The in-process side of the channel gateways.

Real telephony, chat and SMS gateways hand contacts *in* through
``POST /api/v1/inbound``.  Going *out*, the backend hands each advocate message
(and each session end) to whatever gateway subscribed here; the gateway knows
the contact's real address, the backend only a keyed hash (``contact_ref``).
The training simulator is such a gateway.  A gateway reports delivery back with
:meth:`Gateway.report_delivery`, which the backend turns into ``message.updated``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

from console.protocol import Channel


@dataclass(frozen=True, slots=True)
class Outbound:
    kind: Literal["message", "ended"]
    session_id: str
    channel: Channel
    contact_ref: str
    message_id: str | None = None
    body: str | None = None


DeliveryHandler = Callable[[str, bool], Awaitable[None]]


class Gateway:
    """Fan-out of outbound items to subscribed gateways (one queue each)."""

    def __init__(self) -> None:
        self._queues: list[asyncio.Queue[Outbound]] = []
        self._on_delivery: DeliveryHandler | None = None

    def subscribe(self) -> asyncio.Queue[Outbound]:
        queue: asyncio.Queue[Outbound] = asyncio.Queue()
        self._queues.append(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[Outbound]) -> None:
        if queue in self._queues:
            self._queues.remove(queue)

    def publish(self, item: Outbound) -> None:
        for queue in self._queues:
            queue.put_nowait(item)

    def set_delivery_handler(self, handler: DeliveryHandler) -> None:
        """The backend registers how a delivery report is applied."""
        self._on_delivery = handler

    async def report_delivery(self, message_id: str, delivered: bool) -> None:
        if self._on_delivery is not None:
            await self._on_delivery(message_id, delivered)
