"""The signed-in user's live shift, as one QObject the screens bind to.

It owns the view of "my sessions" that the backend's events keep current:
pending offers, open sessions, their transcripts (delivered as signals; the
screens' item models hold the rows), presence and the connection state.  After
any reconnect or ``resync`` it reloads from the API and reconciles, so the screen
is correct however many events were missed: a session taken away disappears, a
stale offer is withdrawn, and every message shows exactly once (the transcript
models upsert by id and by ``client_msg_id``).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import deque
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from console.domain.sessions import is_live
from console.net.client import ApiClient
from console.net.errors import ApiError, NetError, Unreachable
from console.net.stream_types import ConnectionState, Reconnected, StreamEvent, StreamStatus
from console.protocol import (
    CallAction,
    Disposition,
    EventName,
    Message,
    Role,
    Session,
    SessionReassigned,
    SessionRemoved,
    SessionState,
    SettablePresence,
    User,
)
from console.redaction import SENSITIVE
from console.store import Cache, CacheError, CacheWorker, transcripts

from .tasks import TaskOwner

log = logging.getLogger(__name__)

#: messages a tab shows at first; earlier ones come a page at a time when asked for
TRANSCRIPT_PAGE = 200


RETRY_DELAYS_S = (0.5, 1.0, 2.0, 4.0, 8.0)


@dataclass
class _Outgoing:
    """Replies typed for one session, sent one at a time in order, each exactly once."""

    items: deque[tuple[str, str]] = field(default_factory=deque)
    task: asyncio.Task[None] | None = None


class Shift(QObject):
    offer_added = Signal(object)  # Session offered to me
    offer_removed = Signal(str, str)  # session id, reason (accepted/expired/withdrawn/taken)
    session_opened = Signal(object)  # Session that needs a tab
    session_changed = Signal(object)  # Session
    session_closed = Signal(str, object)  # session id, SessionRemoved | None
    transcript_loaded = Signal(str, list)  # session id, [Message]
    message_received = Signal(object)  # Message created or updated
    message_pending = Signal(str, str, str)  # session id, client_msg_id, body
    message_failed = Signal(str, str, str)  # session id, client_msg_id, reason
    user_changed = Signal(object)  # User (presence included)
    connection_changed = Signal(str, float)  # "online" | "reconnecting" | "offline", seconds
    notice = Signal(str)  # a sentence for the advocate
    event_received = Signal(object)  # every StreamEvent, after the shift applied it (lead board)

    def __init__(
        self,
        api: ApiClient,
        user: User,
        tasks: TaskOwner,
        parent: QObject | None = None,
        *,
        cache: Cache | None = None,
    ) -> None:
        super().__init__(parent)
        self.api = api
        self.cache = cache  # replies typed offline survive a crash there
        self.user = user
        self.tasks = tasks
        self.sessions: dict[str, Session] = {}
        self.connection = "offline"
        self._outgoing: dict[str, _Outgoing] = {}
        self._online = asyncio.Event()
        # Events applied while a reload was in flight are newer than its snapshot.
        self._event_count = 0
        self._touched: dict[str, int] = {}
        # Transcripts are cached for offline use in one short transaction per
        # quarter second, not one per message (each commit is an fsync), on a
        # worker connection: the screens never wait for the disk.
        self._to_cache: list[Message] = []
        self._writer = CacheWorker(cache, name="transcripts") if cache is not None else None
        self._writing: asyncio.Task[None] | None = None
        self._cache_timer = QTimer(self)
        self._cache_timer.setSingleShot(True)
        self._cache_timer.setInterval(250)
        self._cache_timer.timeout.connect(self.flush_cache)
        self.message_received.connect(self._remember)

    # ------------------------------------------------------------ state

    @property
    def is_lead(self) -> bool:
        return self.user.role is Role.LEAD

    def offers(self) -> list[Session]:
        return [s for s in self.sessions.values() if s.state is SessionState.OFFERED]

    def _mine(self, session: Session) -> bool:
        return session.advocate_id == self.user.id and is_live(session.state)

    # ------------------------------------------------------------ loading

    async def reload(self) -> None:
        """Fetch my sessions and reconcile: the source of truth after any gap."""
        started = self._event_count
        listed = {s.id: s for s in await self.api.sessions() if self._mine(s)}

        def stale(session_id: str) -> bool:
            return self._touched.get(session_id, 0) > started

        for session_id in list(self.sessions):
            if session_id not in listed and not stale(session_id):
                self._forget(session_id, None)
        for session in listed.values():
            if not stale(session.id):
                self._apply(session)
        self.resume_queued_replies()
        loads = [
            self._load_transcript(s.id)
            for s in listed.values()
            if s.state is not SessionState.OFFERED and s.channel.value != "call"
        ]
        if loads:
            await asyncio.gather(*loads)

    def restore_from_cache(self) -> None:
        """Offline start: my open sessions and their transcripts, as last cached."""
        if self.cache is None:
            return
        for session in transcripts.open_sessions(self.cache.db, self.user.id):
            self._apply(session)

    async def _load_transcript(self, session_id: str) -> None:
        try:
            detail = await self.api.session(session_id)
        except NetError as error:
            log.info("Transcript from the cache (%s)", type(error).__name__)
            if self.cache is not None and session_id in self.sessions:
                # The newest page: the tab reads earlier ones from the cache on request.
                newest = self.cache.messages(session_id, last=TRANSCRIPT_PAGE)
                self.transcript_loaded.emit(session_id, newest)
            return
        if session_id in self.sessions:
            self.transcript_loaded.emit(session_id, list(detail.messages))
            if self.cache is not None:
                self.cache.save_session(detail)
                self._to_cache.extend(detail.messages)
                self._cache_timer.start()

    # ------------------------------------------------------------ events

    def handle_event(self, event: StreamEvent) -> None:
        """Apply one live event; cheap, synchronous, never blocks."""
        name, data = event.name, event.data
        self._event_count += 1
        touched = _session_of(data)
        if touched is not None:
            self._touched[touched] = self._event_count
        if name in (EventName.SESSION_OFFERED, EventName.SESSION_UPDATED):
            assert isinstance(data, Session)
            self._apply(data)
        elif name is EventName.SESSION_REASSIGNED:
            assert isinstance(data, SessionReassigned)
            if data.to_advocate_id == self.user.id:
                self._apply(data.session)
                self.notice.emit(
                    self.tr("{name} moved a session to you: {reason}").format(
                        name=data.by_name, reason=data.reason
                    )
                )
            elif data.session.id in self.sessions:
                self._forget(
                    data.session.id,
                    SessionRemoved(
                        session_id=data.session.id,
                        reason="reassigned",
                        by=data.by,
                        by_name=data.by_name,
                        note=data.reason,
                    ),
                )
        elif name is EventName.SESSION_REMOVED:
            assert isinstance(data, SessionRemoved)
            if data.session_id in self.sessions:
                self._forget(data.session_id, data)
        elif name in (EventName.MESSAGE_CREATED, EventName.MESSAGE_UPDATED):
            assert isinstance(data, Message)
            if data.session_id in self.sessions:
                self.message_received.emit(data)
        elif name is EventName.PRESENCE_UPDATED:
            assert isinstance(data, User)
            if data.id == self.user.id:
                self.user = data
                self.user_changed.emit(data)
        elif name is EventName.RESYNC:
            self.tasks.start(self.reload(), key="reload")
        self.event_received.emit(event)

    def set_connection(self, status: StreamStatus) -> None:
        """The event stream's state; each time it comes online, reload everything."""
        came_online = self.connection != "online" and status.state is ConnectionState.ONLINE
        self.connection = status.state.value
        if status.state is ConnectionState.ONLINE:
            self._online.set()
            if came_online:
                self.tasks.start(self.reload(), key="reload")
        else:
            self._online.clear()
        self.connection_changed.emit(status.state.value, status.retry_in)

    def reconnected(self, _info: Reconnected) -> None:
        """After any gap the API is the truth: reload and reconcile."""
        self.tasks.start(self.reload(), key="reload")

    def _remember(self, message: Message) -> None:
        if self.cache is not None:
            self._to_cache.append(message)
            if not self._cache_timer.isActive():
                self._cache_timer.start()

    def flush_cache(self) -> None:
        """Write the gathered messages on the worker (one write at a time, in order)."""
        if not self._to_cache or self._writer is None or self._writer.closed:
            return
        if self._writing is not None and not self._writing.done():
            self._cache_timer.start()  # the write under way first: this batch waits
            return
        batch, self._to_cache = self._to_cache, []
        self._writing = self.tasks.start(self._write(batch), key="cache-transcripts")

    async def _write(self, batch: list[Message]) -> None:
        assert self._writer is not None
        try:
            await self._writer.call(Cache.save_messages, batch)
        except CacheError as error:  # offline copies only: the server has them
            log.warning("Transcript messages not cached (%s)", error.code)

    async def aclose(self) -> None:
        """Write what is gathered, then close the worker connection (before the cache)."""
        if self._writer is None:
            return
        if self._writing is not None:
            await asyncio.gather(self._writing, return_exceptions=True)
        batch, self._to_cache = self._to_cache, []
        if batch and not self._writer.closed:
            await self._write(batch)
        await self._writer.aclose()

    def _apply(self, session: Session) -> None:
        known = self.sessions.get(session.id)
        if known is None:
            SENSITIVE.add(session.contact.label)  # a chat visitor may give a name
        if self.cache is not None and (known is None or known != session):
            self.cache.save_session(session)  # so an offline start shows the truth we last had
        if not self._mine(session):
            if known is not None:
                reason = "closed" if session.state is SessionState.CLOSED else "withdrawn"
                if known.state is SessionState.OFFERED:
                    self.sessions.pop(session.id)
                    self.offer_removed.emit(session.id, reason)
                else:
                    self._forget(session.id, None)
            return
        self.sessions[session.id] = session
        if known is None or known.state is not session.state:
            if session.state is SessionState.OFFERED:
                self.offer_added.emit(session)
                return
            if known is not None and known.state is SessionState.OFFERED:
                self.offer_removed.emit(session.id, "accepted")
            if known is None or known.state is SessionState.OFFERED:
                self.session_opened.emit(session)
                if session.channel.value != "call":
                    self.tasks.start(
                        self._load_transcript(session.id), key=f"transcript:{session.id}"
                    )
                return
        self.session_changed.emit(session)

    def _forget(self, session_id: str, removed: SessionRemoved | None) -> None:
        session = self.sessions.pop(session_id, None)
        outgoing = self._outgoing.pop(session_id, None)
        if outgoing is not None and outgoing.task is not None:
            outgoing.task.cancel()
        if session is not None and session.state is SessionState.OFFERED:
            self.offer_removed.emit(session_id, removed.reason if removed else "withdrawn")
        else:
            self.session_closed.emit(session_id, removed)

    # ------------------------------------------------------------ actions

    async def accept(self, session_id: str) -> None:
        try:
            self._apply(await self.api.accept(session_id))
        except ApiError as error:
            self.notice.emit(
                self.tr("This contact is no longer waiting for you ({reason}).").format(
                    reason=error.message
                )
            )
            await self.reload()

    async def decline(self, session_id: str) -> None:
        try:
            self._apply(await self.api.decline(session_id))
        except ApiError:
            await self.reload()

    async def set_presence(self, status: SettablePresence) -> None:
        self.user = await self.api.set_presence(status)
        self.user_changed.emit(self.user)

    async def call_action(
        self,
        session_id: str,
        action: CallAction,
        language: str | None = None,
        interpreter_id: str | None = None,
    ) -> None:
        session = await self.api.call_control(
            session_id, action, language=language, interpreter_id=interpreter_id
        )
        self._apply(session)

    async def end(self, session_id: str, disposition: Disposition) -> None:
        self._apply(await self.api.end(session_id, disposition))

    async def close(self, session_id: str) -> None:
        session = await self.api.close(session_id)
        self._apply(session)

    def send(self, session_id: str, body: str) -> str:
        """Queue a reply: shown at once as pending, sent in order, exactly once."""
        client_msg_id = uuid.uuid4().hex
        if self.cache is not None:
            self.cache.queue_reply(session_id, client_msg_id, body)
        self._queue(session_id, client_msg_id, body)
        return client_msg_id

    def _queue(self, session_id: str, client_msg_id: str, body: str) -> None:
        outgoing = self._outgoing.setdefault(session_id, _Outgoing())
        if any(cmid == client_msg_id for cmid, _ in outgoing.items):
            return
        outgoing.items.append((client_msg_id, body))
        self.message_pending.emit(session_id, client_msg_id, body)
        if outgoing.task is None or outgoing.task.done():
            outgoing.task = self.tasks.start(
                self._drain(session_id, outgoing), key=f"send:{session_id}"
            )

    def _sent(self, client_msg_id: str, message: Message | None) -> None:
        if self.cache is not None:
            self.cache.reply_sent(client_msg_id, message)

    def resume_queued_replies(self) -> None:
        """Replies typed before a crash or restart go out now, once, in order."""
        if self.cache is None:
            return
        for reply in self.cache.queued_replies():
            if reply.session_id in self.sessions:
                self._queue(reply.session_id, reply.client_msg_id, reply.body)

    def pending_count(self) -> int:
        return sum(len(o.items) for o in self._outgoing.values())

    async def _drain(self, session_id: str, outgoing: _Outgoing) -> None:
        while outgoing.items:
            client_msg_id, body = outgoing.items[0]  # stays queued until the server has it
            attempt = 0
            while True:
                await self._online.wait()
                try:
                    message = await self.api.send_message(session_id, client_msg_id, body)
                except Unreachable:
                    # Retried with the same client_msg_id: the server applies it once.
                    delay = RETRY_DELAYS_S[min(attempt, len(RETRY_DELAYS_S) - 1)]
                    attempt += 1
                    await asyncio.sleep(delay)
                    continue
                except ApiError as error:
                    self._sent(client_msg_id, None)
                    self.message_failed.emit(session_id, client_msg_id, error.message)
                    break
                self._sent(client_msg_id, message)
                self.message_received.emit(message)
                break
            outgoing.items.popleft()


def _session_of(data: object) -> str | None:
    if isinstance(data, Session):
        return data.id
    if isinstance(data, SessionReassigned):
        return data.session.id
    if isinstance(data, SessionRemoved):
        return data.session_id
    return None
