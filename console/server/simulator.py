"""The training simulator: practice contacts through the gateways' own door.

``advocate-console-server --demo --simulate`` runs one :class:`Simulator` in the
backend process.  It plays every channel gateway at once: practice contacts come
*in* over HTTP (``POST /api/v1/inbound`` with the gateway token, one long-lived
client), and advocate messages come *out* through :class:`Gateway` in process;
the simulator reports each message delivered shortly after, like a carrier's
receipt, and hands it to the contact, which answers from its scenario.

Contacts arrive at random (exponential gaps, mean ``mean_interval_s``) on all
three channels, in English and Spanish; some calls come through 711 relay and
some need an interpreter.  One contact failing is logged and the rest go on; a
backend that is momentarily unreachable is retried with back-off.  Logs name
scenarios and session ids, never a message body or an address.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, OrderedDict
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

from console.protocol import Channel
from console.server.gateway import Gateway, Outbound
from console.server.sim_contact import Pace, SimContact
from console.server.sim_plan import Mix, Planner, sim_random
from console.server.sim_scenarios import Scenario, Topics, default_scenarios, default_topics
from console.server.sim_transport import InboundError, InboundPoster

log = logging.getLogger(__name__)

MAX_ACTIVE_CONTACTS = 40  # a console left alone does not pile up practice contacts
SESSION_MEMORY = 2000  # session ids remembered for late outbound messages


@dataclass(frozen=True, slots=True)
class SimStats:
    started: Counter[Channel]
    active: int
    failed: int
    delivered: int
    inbound_requests: int
    inbound_retries: int


class Simulator:
    """Practice contacts for training mode; see the module docstring."""

    def __init__(
        self,
        *,
        base_url: str,
        gateway_token: str,
        gateway: Gateway,
        seed: int | None = None,
        mean_interval_s: float = 25.0,
        scenarios: list[Scenario] | None = None,
        pace: Pace | None = None,
        mix: Mix | None = None,
        topics: Topics | None = None,
        max_active: int = MAX_ACTIVE_CONTACTS,
    ) -> None:
        if mean_interval_s <= 0:
            raise ValueError("mean_interval_s must be positive")
        self._rng = sim_random(seed)
        self._gateway = gateway
        self._mean_interval_s = mean_interval_s
        self._pace = pace or Pace()
        self._topics = topics or default_topics()
        self._planner = Planner(
            self._rng,
            scenarios if scenarios is not None else default_scenarios(),
            mix or Mix(),
            self._pace,
        )
        self._poster = InboundPoster(base_url, gateway_token, rng=sim_random(self._rng.random()))
        self._max_active = max_active
        self._queue: asyncio.Queue[Outbound] | None = None
        self._loops: list[asyncio.Task[None]] = []
        self._contact_tasks: dict[SimContact, asyncio.Task[None]] = {}
        self._side_tasks: set[asyncio.Task[None]] = set()
        self._by_session: OrderedDict[str, SimContact] = OrderedDict()
        self._started: Counter[Channel] = Counter()
        self._failed = 0
        self._delivered = 0
        self._running = False

    def __repr__(self) -> str:
        return f"<Simulator running={self._running} active={len(self._contact_tasks)}>"

    # ------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Start arrivals and the outbound side; returns at once."""
        if self._running:
            return
        self._running = True
        self._queue = self._gateway.subscribe()
        loop = asyncio.get_running_loop()
        self._loops = [
            loop.create_task(self._arrivals(), name="sim-arrivals"),
            loop.create_task(self._outbound(self._queue), name="sim-outbound"),
        ]
        for task in self._loops:
            task.add_done_callback(self._loop_done)
        log.info("training simulator started: mean interval %.1f s", self._mean_interval_s)

    async def stop(self) -> None:
        """Cancel every task, wait for them, close the HTTP client."""
        self._running = False
        tasks = [*self._loops, *self._contact_tasks.values(), *self._side_tasks]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._loops.clear()
        self._contact_tasks.clear()
        self._side_tasks.clear()
        if self._queue is not None:
            self._gateway.unsubscribe(self._queue)
            self._queue = None
        await self._poster.aclose()
        log.info("training simulator stopped")

    # ------------------------------------------------------------ contacts

    def spawn(
        self,
        *,
        scenario: str | None = None,
        channel: Channel | None = None,
        language: str | None = None,
        relay: bool | None = None,
        opener: str | None = None,
    ) -> SimContact:
        """Start one practice contact now and return it (running).

        Whatever is not given is drawn at random; ``opener=""`` means a texter
        who opens without a keyword.
        """
        if not self._running:
            raise RuntimeError("the simulator is not running")
        plan = self._planner.plan(
            scenario=scenario, channel=channel, language=language, relay=relay, opener=opener
        )
        contact = SimContact(
            plan=plan,
            poster=self._poster,
            topics=self._topics,
            pace=self._pace,
            rng=sim_random(self._rng.random()),
            on_session=self._map_session,
        )
        task = asyncio.get_running_loop().create_task(
            contact.run(), name=f"sim-contact-{plan.scenario.id}"
        )
        self._contact_tasks[contact] = task
        task.add_done_callback(lambda done: self._contact_done(contact, done))
        self._started[plan.channel] += 1
        log.info(
            "practice contact arriving: scenario=%s channel=%s language=%s relay=%s",
            plan.scenario.id,
            plan.channel.value,
            plan.language,
            plan.relay,
        )
        return contact

    def contact_for(self, session_id: str) -> SimContact | None:
        return self._by_session.get(session_id)

    def session_ids(self) -> list[str]:
        """The sessions of recent practice contacts, oldest first."""
        return list(self._by_session)

    @property
    def active(self) -> list[SimContact]:
        return list(self._contact_tasks)

    @property
    def stats(self) -> SimStats:
        return SimStats(
            started=Counter(self._started),
            active=len(self._contact_tasks),
            failed=self._failed,
            delivered=self._delivered,
            inbound_requests=self._poster.requests,
            inbound_retries=self._poster.retries,
        )

    def _map_session(self, contact: SimContact, session_id: str) -> None:
        self._by_session[session_id] = contact
        self._by_session.move_to_end(session_id)
        while len(self._by_session) > SESSION_MEMORY:
            self._by_session.popitem(last=False)
        log.info(
            "practice contact queued: scenario=%s session=%s", contact.plan.scenario.id, session_id
        )

    def _contact_done(self, contact: SimContact, task: asyncio.Task[None]) -> None:
        self._contact_tasks.pop(contact, None)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._failed += 1
        if isinstance(exc, InboundError):
            log.warning("practice contact stopped: session=%s: %s", contact.session_id, exc)
        else:
            log.error(
                "practice contact failed: scenario=%s session=%s",
                contact.plan.scenario.id,
                contact.session_id,
                exc_info=(type(exc), exc, exc.__traceback__),
            )

    # ------------------------------------------------------------ background loops

    async def _arrivals(self) -> None:
        while True:
            await asyncio.sleep(self._rng.expovariate(1.0 / self._mean_interval_s))
            if len(self._contact_tasks) >= self._max_active:
                log.debug("practice contact skipped: %d already active", len(self._contact_tasks))
                continue
            self.spawn()

    async def _outbound(self, queue: asyncio.Queue[Outbound]) -> None:
        while True:
            item = await queue.get()
            if item.kind == "ended":
                contact = self._by_session.get(item.session_id)
                if contact is not None:
                    self._end_contact(contact)
                continue
            self._side(self._deliver(item))

    def _end_contact(self, contact: SimContact) -> None:
        contact.ended = True
        task = self._contact_tasks.get(contact)
        if task is not None:
            task.cancel()
        log.info("practice session ended by the backend: session=%s", contact.session_id)

    async def _deliver(self, item: Outbound) -> None:
        """The carrier's side: deliver after a moment, then report delivery."""
        await asyncio.sleep(self._rng.uniform(*self._pace.delivery_s))
        # Looked up only now: a quick advocate may answer before the inbound
        # request that opened the session has returned its id to us.
        contact = self._by_session.get(item.session_id)
        # A chat visitor who closed the window cannot receive; a texter who went
        # quiet still has the phone.
        gone = contact is not None and contact.left and contact.plan.channel is Channel.CHAT
        if contact is not None and not gone:
            contact.deliver(item.body or "")
        if item.message_id is not None:
            await self._gateway.report_delivery(item.message_id, not gone)
            self._delivered += 1

    def _side(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._side_tasks.add(task)
        task.add_done_callback(self._side_done)

    def _side_done(self, task: asyncio.Task[None]) -> None:
        self._side_tasks.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            log.error("delivery report failed", exc_info=(type(exc), exc, exc.__traceback__))

    def _loop_done(self, task: asyncio.Task[None]) -> None:
        if self._running and not task.cancelled() and (exc := task.exception()) is not None:
            log.error(
                "simulator loop %s stopped",
                task.get_name(),
                exc_info=(type(exc), exc, exc.__traceback__),
            )
