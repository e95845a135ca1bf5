"""One simulated practice contact: a texter, a chat visitor or a caller.

A texter or chatter plays its scenario turn by turn.  After a turn it waits for
the advocate's message (or a time-out), then reads it, "types" for a human-like
while and sends its next turn; when the advocate's message touches a topic the
scenario has an answer for (safety, location, age, ...), it gives that answer
first.  It may leave on its own (chat window closed), and stops as soon as the
backend ends its session.  A caller is only a start and an end event a few
minutes apart: voice runs on the telephony, not here.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from console.protocol import Channel, InboundKind, InboundResult
from console.server.sim_scenarios import Scenario, Script, Then, Topics

if TYPE_CHECKING:
    from console.server.sim_transport import InboundPoster

log = logging.getLogger(__name__)

_ENDING_ACTIONS = frozenset({"ended", "opted_out", "blocked"})


@dataclass(frozen=True, slots=True)
class Pace:
    """How fast practice contacts behave (defaults feel human; tests go faster)."""

    think_s: tuple[float, float] = (1.5, 6.0)  # reading the advocate's message
    typing_cps: float = 6.0  # characters typed per second (a quick thumb typist)
    typing_max_s: float = 20.0
    reply_timeout_s: float = 150.0  # waiting for the advocate mid-conversation
    patience_s: float = 600.0  # waiting for a first answer before giving up
    call_s: tuple[float, float] = (120.0, 480.0)  # a practice call's length
    delivery_s: tuple[float, float] = (0.2, 1.5)  # the carrier's delivery receipt
    leave_early_chance: float = 0.12  # a chatter closing the window mid-way

    @classmethod
    def fast(cls) -> Pace:
        """For tests and demos: everything in fractions of a second."""
        return cls(
            think_s=(0.01, 0.05),
            typing_cps=2000.0,
            typing_max_s=0.1,
            reply_timeout_s=20.0,
            patience_s=60.0,
            call_s=(0.5, 1.5),
            delivery_s=(0.01, 0.05),
            leave_early_chance=0.0,
        )


@dataclass(frozen=True, slots=True)
class ContactPlan:
    """Who arrives: chosen by the simulator before the contact starts."""

    scenario: Scenario
    channel: Channel
    language: str  # the language the contact speaks (an interpreter's for some calls)
    address: str  # a fictitious phone number or chat visitor id
    relay: bool = False
    opener: str | None = None  # BEFREE / HELP / AYUDA, texts only
    leave_after_turn: int | None = None  # a chatter who leaves after this turn


OnSession = Callable[["SimContact", str], None]


@dataclass(eq=False)
class SimContact:
    plan: ContactPlan
    poster: InboundPoster
    topics: Topics
    pace: Pace
    rng: random.Random
    on_session: OnSession  # the simulator maps a new session id to this contact
    session_id: str | None = None
    sent: list[str] = field(default_factory=list)  # what the contact said, in order
    received: int = 0  # advocate messages that reached the contact
    auto_replies: int = 0  # keyword replies the gateway delivered to the contact
    answered_topics: set[str] = field(default_factory=set)
    left: bool = False  # the contact left on its own (end event or STOP)
    ended: bool = False  # the backend ended the session
    inbox: asyncio.Queue[str] = field(default_factory=asyncio.Queue)

    def __repr__(self) -> str:
        return (
            f"<SimContact {self.plan.scenario.id} {self.plan.channel.value}/{self.plan.language}"
            f" session={self.session_id} sent={len(self.sent)} received={self.received}>"
        )

    @property
    def script(self) -> Script:
        script = self.plan.scenario.script
        return script.get(self.plan.language) or script["en"]

    @property
    def finished(self) -> bool:
        return self.left or self.ended

    def deliver(self, body: str) -> None:
        """The gateway hands the contact an advocate message."""
        self.received += 1
        self.inbox.put_nowait(body)

    # ------------------------------------------------------------ running

    async def run(self) -> None:
        if self.plan.channel is Channel.CALL:
            await self._run_call()
        else:
            await self._run_conversation()

    async def _run_call(self) -> None:
        await self._post(InboundKind.START, language=self.plan.language, relay=self.plan.relay)
        await asyncio.sleep(self.rng.uniform(*self.pace.call_s))
        if not self.finished:
            await self._leave()

    async def _run_conversation(self) -> None:
        turns = self.script.turns
        if self.plan.opener and self.plan.channel is Channel.TEXT:
            await self._send(self.plan.opener, kind=InboundKind.START)
            await self._pause(self.rng.uniform(*self.pace.think_s))
            await self._send(turns[0].text)
        else:
            await self._send(turns[0].text, kind=InboundKind.START)
        index = 0
        heard_from_advocate = False
        while not self.finished:
            turn = turns[index]
            if turn.then is Then.LEAVE:
                await self._leave()
                return
            if index == self.plan.leave_after_turn:
                await self._leave()
                return
            if turn.then is Then.WAIT:
                advocate = await self._await_advocate(engaged=heard_from_advocate)
                if advocate is None and not heard_from_advocate:
                    log.info("practice contact gave up waiting: session=%s", self.session_id)
                    await self._leave(gave_up=True)
                    return
                if advocate is not None:
                    heard_from_advocate = True
                    if await self._maybe_answer(advocate):
                        continue  # wait again before the next turn
            if index + 1 == len(turns):
                await self._finish_script()
                return
            index += 1
            await self._type(turns[index].text)
            await self._send(turns[index].text)

    async def _finish_script(self) -> None:
        """The story is told: say goodbye after one more exchange, then go."""
        farewell = self.script.farewell
        if farewell is not None:
            await self._await_advocate(engaged=True)
            await self._type(farewell)
            await self._send(farewell)
        if self.plan.channel is Channel.CHAT:
            await self._leave()

    async def _maybe_answer(self, advocate: str) -> bool:
        """Answer the first topic the advocate raised that the scenario covers."""
        answers = self.script.answers
        for topic in self.topics.matching(advocate, self.plan.language):
            if topic in answers and topic not in self.answered_topics:
                self.answered_topics.add(topic)
                await self._type(answers[topic])
                await self._send(answers[topic])
                return True
        return False

    async def _await_advocate(self, *, engaged: bool) -> str | None:
        """The advocate's next message(s), joined; None on time-out."""
        timeout = self.pace.reply_timeout_s if engaged else self.pace.patience_s
        try:
            first = await asyncio.wait_for(self.inbox.get(), timeout)
        except TimeoutError:
            return None
        bodies = [first]
        await self._pause(self.rng.uniform(*self.pace.think_s))
        while not self.inbox.empty():
            bodies.append(self.inbox.get_nowait())
        return "\n".join(bodies)

    async def _type(self, text: str) -> None:
        await self._pause(min(self.pace.typing_max_s, len(text) / self.pace.typing_cps))

    async def _pause(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))

    # ------------------------------------------------------------ events

    async def _send(self, body: str, kind: InboundKind = InboundKind.MESSAGE) -> None:
        if self.finished:
            return
        language = self.plan.language if kind is InboundKind.START else None
        self.sent.append(body)
        result = await self._post(kind, body=body, language=language)
        if result.action in _ENDING_ACTIONS:
            self.left = True

    async def _leave(self, *, gave_up: bool = False) -> None:
        if self.finished:
            return
        # A texter cannot "close" an SMS thread: one who stops writing just goes
        # quiet.  Only a texter nobody answered is withdrawn, so that a training
        # backend left alone overnight does not fill its queue.
        if self.plan.channel is not Channel.TEXT or gave_up:
            await self._post(InboundKind.END)
        self.left = True

    async def _post(
        self,
        kind: InboundKind,
        *,
        body: str | None = None,
        language: str | None = None,
        relay: bool | None = None,
    ) -> InboundResult:
        result = await self.poster.post(
            kind,
            self.plan.channel,
            self.plan.address,
            body=body,
            language=language,
            relay=relay,
        )
        self.auto_replies += len(result.replies)
        if result.session_id and result.session_id != self.session_id:
            self.session_id = result.session_id
            self.on_session(self, result.session_id)
        return result
