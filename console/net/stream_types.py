"""What the event stream delivers: typed events, connection states, the reconnect notice."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from httpx_sse import ServerSentEvent
from pydantic import BaseModel, ValidationError

from console.protocol import (
    EventName,
    Message,
    QueueUpdated,
    RecordChanged,
    Resync,
    Session,
    SessionReassigned,
    SessionRemoved,
    User,
)

log = logging.getLogger(__name__)

EventData = (
    Session
    | SessionReassigned
    | SessionRemoved
    | Message
    | User
    | QueueUpdated
    | RecordChanged
    | Resync
)

EVENT_MODELS: dict[EventName, type[BaseModel]] = {
    EventName.SESSION_OFFERED: Session,
    EventName.SESSION_UPDATED: Session,
    EventName.SESSION_REASSIGNED: SessionReassigned,
    EventName.SESSION_REMOVED: SessionRemoved,
    EventName.MESSAGE_CREATED: Message,
    EventName.MESSAGE_UPDATED: Message,
    EventName.PRESENCE_UPDATED: User,
    EventName.QUEUE_UPDATED: QueueUpdated,
    EventName.RECORD_CHANGED: RecordChanged,
    EventName.RESYNC: Resync,
}


class ConnectionState(StrEnum):
    CONNECTING = "connecting"  # the first attempt
    ONLINE = "online"  # the stream is open
    RECONNECTING = "reconnecting"  # waiting ``retry_in`` seconds before the next attempt
    OFFLINE = "offline"  # stopped (aclose) or failed for good
    SIGNED_OUT = "signed_out"  # the server ended the sign-in; nothing more will be tried


@dataclass(frozen=True)
class StreamStatus:
    """A change of the stream's connection state.

    ``retry_in``: seconds until the next attempt (``reconnecting`` only).
    ``attempt``: how many attempts failed in a row.  ``reason``: a short cause
    (``unreachable``, ``watchdog``, ``closed_by_server``, ``server_bug``, an API
    error code, or the :class:`SignedOut` reason).
    """

    state: ConnectionState
    retry_in: float = 0.0
    attempt: int = 0
    reason: str | None = None


@dataclass(frozen=True)
class StreamEvent:
    """One live event: ``id`` increases per user; ``data`` is the model for ``name``."""

    id: int
    name: EventName
    data: EventData


@dataclass(frozen=True)
class Reconnected:
    """The stream is open again after it was lost.

    Delivered before any event of the new stream.  Events missed in between are
    replayed from ``last_event_id`` when the server still has them (else it
    sends ``resync`` first); either way the app should reload its live state
    (sessions, presence), since a replay is only as good as the server's memory.
    """

    last_event_id: int | None
    offline_s: float


def parse_event_id(raw: str) -> int | None:
    try:
        value = int(raw)
    except ValueError:
        return None
    return value if value >= 0 else None


def parse_event(sse: ServerSentEvent, fallback_id: int) -> StreamEvent | None:
    """The typed event, or None (logged by name only) when unknown or malformed."""
    try:
        name = EventName(sse.event)
    except ValueError:
        log.info("Skipping unknown event %r", sse.event[:64])
        return None
    event_id = parse_event_id(sse.id)
    if event_id is None:
        log.warning("Event %s came without a usable id", name.value)
        event_id = fallback_id
    model = EVENT_MODELS[name]
    try:
        data = model.model_validate(json.loads(sse.data) if sse.data else {})
    except (ValueError, ValidationError) as error:
        # ValidationError is a ValueError; name the failing fields, never the values.
        fields = (
            [".".join(str(p) for p in e["loc"]) for e in error.errors(include_input=False)[:5]]
            if isinstance(error, ValidationError)
            else ["<json>"]
        )
        log.error("Server bug: event %s id %d does not parse at %s", name.value, event_id, fields)
        return None
    # EVENT_MODELS maps each name to one member of EventData.
    return StreamEvent(id=event_id, name=name, data=cast(EventData, data))
