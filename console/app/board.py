"""The shift lead's board: the whole shift, live, as table models and a history.

:class:`BoardService` loads ``/roster``, ``/queue`` and ``/sessions`` (a lead
sees every session that is not closed) and keeps them current from the lead's
event stream; after any reconnect or ``resync`` it reloads and reconciles
(:mod:`console.app.board_state`).  It owns the three table models the board
shows, the sampled history behind its charts, and the lead's actions:
reassigning a session, taking one themself, looking into one.

Events reach it through :meth:`BoardService.handle_event`, which the shift
service forwards (its ``event_received`` signal); reconnects through the
shift's ``connection_changed``.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from console.net.client import ApiClient
from console.net.errors import ApiError, NetError
from console.net.stream_types import StreamEvent
from console.protocol import RosterEntry, Session, SessionDetail, SettablePresence, User

from .board_history import ShiftHistory
from .board_models import QueueModel, RosterModel, SessionsModel
from .board_rules import TAKING, Unfit, eligible, unfit_for
from .board_settings import BoardSettings
from .board_state import BoardState, Changes, ServerClock
from .shift import Shift
from .tasks import TaskOwner

__all__ = ["BoardService"]

log = logging.getLogger(__name__)

RELOAD_KEY = "board:reload"


class BoardService(QObject):
    changed = Signal()  # anything on the board changed (counts, summary)
    session_changed = Signal(object)  # Session added or changed
    session_gone = Signal(str)  # session id: closed, or no longer visible
    message_received = Signal(object)  # Message created or updated, in any session
    reloaded = Signal()  # a reload finished: the board matches the server
    load_failed = Signal(str)  # a sentence for the lead
    ticked = Signal()  # the live times moved on (once a second)

    def __init__(
        self,
        api: ApiClient,
        shift: Shift,
        tasks: TaskOwner,
        settings: BoardSettings | None = None,
        *,
        clock: ServerClock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.api = api
        self.shift = shift
        self.tasks = tasks
        self.settings = settings or BoardSettings()
        self.state = BoardState(clock)
        self.roster_model = RosterModel(self.state, self.settings, self)
        self.queue_model = QueueModel(self.state, self.settings, self)
        self.sessions_model = SessionsModel(self.state, self.settings, self)
        self.history = ShiftHistory(
            self.state,
            interval_s=self.settings.sample_interval_s,
            capacity=self.settings.history_samples,
            parent=self,
        )
        self.reloads = 0  # reloads finished (diagnostics and tests)
        self._ticker = QTimer(self)
        self._ticker.setInterval(self.settings.tick_ms)
        self._ticker.timeout.connect(self.tick)
        self._connection = shift.connection
        shift.connection_changed.connect(self._connection_changed)
        shift.event_received.connect(self.handle_event)

    def __repr__(self) -> str:
        return f"<BoardService {self.state!r} reloads={self.reloads}>"

    # ------------------------------------------------------------ life cycle

    @property
    def me(self) -> User:
        return self.shift.user

    def start(self) -> None:
        """Tick the live times, sample the history, and load if already online."""
        self._ticker.start()
        self.history.start()
        if self.shift.connection == "online" and not self.state.loaded:
            self.request_reload()

    def stop(self) -> None:
        self._ticker.stop()
        self.history.stop()

    def tick(self) -> None:
        for model in (self.roster_model, self.queue_model, self.sessions_model):
            model.tick()
        self.ticked.emit()

    # ------------------------------------------------------------ loading

    def request_reload(self) -> None:
        self.tasks.start(self.reload(), key=RELOAD_KEY)

    async def reload(self) -> None:
        """Fetch roster, queue and sessions together and reconcile: the truth after a gap."""
        marker = self.state.marker()
        try:
            roster, queue, sessions = await asyncio.gather(
                self.api.roster(), self.api.queue(), self.api.sessions()
            )
        except ApiError as error:
            log.warning("Board reload refused (%s)", error.code)
            self.load_failed.emit(error.message)
            return
        except NetError as error:
            log.info("Board reload failed (%s); the next reconnect retries", type(error).__name__)
            self.load_failed.emit(
                self.tr("The board could not be refreshed: the server is not answering.")
            )
            return
        self._publish(self.state.apply_snapshot(marker, roster, queue, sessions))
        self.reloads += 1
        self.reloaded.emit()

    def _connection_changed(self, state: str, _retry_in: float) -> None:
        came_online = state == "online" and self._connection != "online"
        self._connection = state
        if came_online:
            self.request_reload()

    # ------------------------------------------------------------ events

    def handle_event(self, event: StreamEvent) -> None:
        """Apply one live event; cheap, synchronous, never blocks."""
        changes = self.state.apply_event(event)
        self._publish(changes)
        if changes.resync:
            self.request_reload()

    def _publish(self, changes: Changes) -> None:
        if not changes:
            return
        if changes.advocates or changes.advocates_gone:
            self.roster_model.sync(changes.advocates)
        if changes.sessions or changes.sessions_gone:
            self.sessions_model.sync(changes.sessions)
        queued = changes.sessions & self.state.queue.keys()
        if changes.queue or queued:
            self.queue_model.sync(queued)
        for session_id in changes.sessions:
            self.session_changed.emit(self.state.sessions[session_id])
        for session_id in changes.sessions_gone:
            self.session_gone.emit(session_id)
        if changes.message is not None:
            self.message_received.emit(changes.message)
        self.changed.emit()

    # ------------------------------------------------------------ queries

    def session(self, session_id: str) -> Session | None:
        return self.state.sessions.get(session_id) or self.state.queue.get(session_id)

    def person(self, user_id: str) -> RosterEntry | None:
        return self.state.roster.get(user_id)

    def eligible(self, session: Session) -> list[RosterEntry]:
        return eligible(self.state, session)

    def unfit(self, session: Session, user_id: str) -> Unfit | None:
        person = self.state.roster.get(user_id)
        if person is None:
            return Unfit.NOT_AVAILABLE
        return unfit_for(self.state, session, person, me=self.me.id)

    def my_room(self, session: Session) -> tuple[int, int]:
        """How many sessions of this channel the lead holds, and their limit."""
        held = self.state.load_of(self.me.id)[session.channel]
        return held, self.me.max_sessions.for_channel(session.channel)

    def i_take_contacts(self) -> bool:
        """The lead is ``available`` or ``busy`` (API.md: who may be given a session)."""
        return self.me.presence in TAKING

    # ------------------------------------------------------------ actions

    async def reassign(self, session_id: str, advocate_id: str, reason: str) -> Session:
        """Move a session; raises :class:`ApiError` (403, 409 ...) or :class:`NetError`."""
        session = await self.api.reassign(session_id, advocate_id, reason)
        self._publish(self.state.apply_session(session))
        log.info("Reassigned session %s", session_id[:8])
        return session

    async def take(self, session_id: str, reason: str, *, set_available: bool = False) -> Session:
        """The lead takes the session themself, first choosing ``available`` if asked."""
        if set_available:
            await self.shift.set_presence(SettablePresence.AVAILABLE)
        return await self.reassign(session_id, self.me.id, reason)

    async def detail(self, session_id: str) -> SessionDetail:
        """The session with its transcript (a lead may read any session)."""
        return await self.api.session(session_id)
