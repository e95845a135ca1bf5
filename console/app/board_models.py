"""The board's three tables: advocates on shift, waiting contacts, live sessions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, cast

from PySide6.QtCore import Qt

from console.domain.text import inert, one_line
from console.protocol import Channel, Presence, Role, RosterEntry, Session, SessionState

from .board_table import (
    BoardRole,
    KeyedTableModel,
    Tone,
    channel_text,
    elapsed_text,
    presence_text,
    state_text,
    wait_tone,
)

__all__ = ["QueueModel", "RosterModel", "SessionsModel"]

LABEL_MAX = 40
NAME_MAX = 40
CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole

_PRESENCE_ORDER = {
    Presence.AVAILABLE: 0,
    Presence.BUSY: 1,
    Presence.WRAP_UP: 2,
    Presence.AWAY: 3,
    Presence.BREAK: 4,
    Presence.OFFLINE: 5,
}


def contact_text(session: Session) -> str:
    return inert(one_line(session.contact.label, LABEL_MAX))


def languages_text(languages: Iterable[str]) -> str:
    return ", ".join(language.upper() for language in languages)


class RosterModel(KeyedTableModel):
    """One row per person on shift: presence, languages, load against capacity."""

    class Column(IntEnum):
        NAME = 0
        PRESENCE = 1
        LANGUAGES = 2
        CALL = 3
        CHAT = 4
        TEXT = 5
        IN_STATE = 6

    time_columns = (Column.IN_STATE,)
    _CHANNEL_COLUMNS: ClassVar[dict[int, Channel]] = {
        Column.CALL: Channel.CALL,
        Column.CHAT: Channel.CHAT,
        Column.TEXT: Channel.TEXT,
    }

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Advocate"),
            self.tr("Status"),
            self.tr("Languages"),
            self.tr("Calls"),
            self.tr("Chats"),
            self.tr("Texts"),
            self.tr("In status for"),
        )

    def wanted(self) -> Iterable[str]:
        return self.state.roster.keys()

    def current(self, key: str) -> RosterEntry | None:
        return self.state.roster.get(key)

    def person(self, key: str) -> RosterEntry:
        return cast(RosterEntry, self.item(key))

    def name(self, key: str) -> str:
        person = self.person(key)
        name = one_line(person.display_name, NAME_MAX)
        return self.tr("{name} (lead)").format(name=name) if person.role is Role.LEAD else name

    def cell(self, key: str, column: int, role: int) -> Any:
        person = self.person(key)
        col = self.Column(column)
        if col is self.Column.NAME:
            if role == DISPLAY:
                return self.name(key)
            if role == BoardRole.SORT:
                return person.display_name.casefold()
            return None
        if col is self.Column.PRESENCE:
            if role == DISPLAY:
                return presence_text(person.presence)
            if role == BoardRole.PRESENCE:
                return person.presence.value
            if role == BoardRole.SORT:
                return _PRESENCE_ORDER[person.presence]
            return None
        if col is self.Column.LANGUAGES:
            if role in (DISPLAY, BoardRole.SORT):
                return languages_text(person.languages)
            return None
        if col is self.Column.IN_STATE:
            seconds = self.state.clock.seconds_since(person.presence_since)
            if role == DISPLAY:
                return elapsed_text(seconds)
            if role == BoardRole.SORT:
                return seconds if seconds is not None else -1.0
            if role == TOOLTIP:
                return self.tr("{status} for {time}").format(
                    status=presence_text(person.presence), time=elapsed_text(seconds)
                )
            if role == ALIGN:
                return int(RIGHT)
            return None
        return self._load_cell(key, self._CHANNEL_COLUMNS[col], role)

    def _load_cell(self, key: str, channel: Channel, role: int) -> Any:
        person = self.person(key)
        held = self.state.load_of(key)[channel]
        limit = person.max_sessions.for_channel(channel)
        if role == DISPLAY:
            return f"{held}/{limit}" if limit else "–"
        if role == BoardRole.SORT:
            return held / limit if limit else 2.0
        if role == BoardRole.TONE:
            return Tone.FULL.value if limit and held >= limit else None
        if role == TOOLTIP:
            if not limit:
                return self.tr("Takes no {channel} sessions").format(
                    channel=channel_text(channel).lower()
                )
            text = self.tr("{held} of {limit} {channel} sessions").format(
                held=held, limit=limit, channel=channel_text(channel).lower()
            )
            return text + (self.tr(" (full)") if held >= limit else "")
        if role == ALIGN:
            return int(CENTER)
        return None


class QueueModel(KeyedTableModel):
    """Contacts waiting for an answer (queued, or offered and not yet taken)."""

    class Column(IntEnum):
        CHANNEL = 0
        CONTACT = 1
        LANGUAGE = 2
        NEEDS = 3
        STATUS = 4
        WAITED = 5

    time_columns = (Column.WAITED,)
    draggable = True

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Channel"),
            self.tr("Contact"),
            self.tr("Language"),
            self.tr("Needs"),
            self.tr("Status"),
            self.tr("Waited"),
        )

    def wanted(self) -> Iterable[str]:
        return self.state.queue.keys()

    def current(self, key: str) -> Session | None:
        if key not in self.state.queue:
            return None
        # The freshest copy: a session event may be newer than the last queue update.
        return self.state.sessions.get(key) or self.state.queue[key]

    def session(self, key: str) -> Session:
        return cast(Session, self.item(key))

    def waited(self, key: str) -> float:
        return self.state.clock.seconds_since(self.session(key).queued_at) or 0.0

    def cell(self, key: str, column: int, role: int) -> Any:
        session = self.session(key)
        col = self.Column(column)
        if col is self.Column.CHANNEL:
            return _channel_cell(session.channel, role)
        if col is self.Column.CONTACT:
            return contact_text(session) if role in (DISPLAY, BoardRole.SORT) else None
        if col is self.Column.LANGUAGE:
            return session.language.upper() if role in (DISPLAY, BoardRole.SORT) else None
        if col is self.Column.NEEDS:
            return self._needs(session) if role in (DISPLAY, BoardRole.SORT) else None
        if col is self.Column.STATUS:
            if role in (DISPLAY, BoardRole.SORT):
                return self._status(session)
            return None
        seconds = self.waited(key)
        level = self.settings.wait_level(seconds)
        if role == DISPLAY:
            return elapsed_text(seconds)
        if role == BoardRole.SORT:
            return seconds
        if role == BoardRole.TONE:
            return wait_tone(level).value
        if role == TOOLTIP:
            return self.tr("Waited {time}: {level}").format(
                time=elapsed_text(seconds), level=self.level_text(int(level))
            )
        if role == ALIGN:
            return int(RIGHT)
        return None

    def level_text(self, level: int) -> str:
        first, second, third = (elapsed_text(t) for t in self.settings.wait_thresholds_s)
        return (
            self.tr("just arrived"),
            self.tr("waiting over {time}").format(time=first),
            self.tr("long wait, over {time}").format(time=second),
            self.tr("very long wait, over {time}").format(time=third),
        )[level]

    def _needs(self, session: Session) -> str:
        needs = []
        if session.contact.relay:
            needs.append(self.tr("711 relay"))
        if session.interpreter_needed and session.contact.interpreter is None:
            needs.append(self.tr("Interpreter"))
        return " · ".join(needs)

    def _status(self, session: Session) -> str:
        if session.state is SessionState.OFFERED:
            name = self.state.name_of(session.advocate_id) or self.tr("an advocate")
            return self.tr("Offered to {name}").format(name=one_line(name, NAME_MAX))
        return state_text(session.state)


class SessionsModel(KeyedTableModel):
    """Every session that is not closed."""

    class Column(IntEnum):
        CONTACT = 0
        CHANNEL = 1
        STATE = 2
        LANGUAGE = 3
        ADVOCATE = 4
        SINCE = 5

    time_columns = (Column.SINCE,)
    draggable = True

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Contact"),
            self.tr("Channel"),
            self.tr("State"),
            self.tr("Language"),
            self.tr("Advocate"),
            self.tr("In state for"),
        )

    def wanted(self) -> Iterable[str]:
        return (
            s.id for s in sorted(self.state.sessions.values(), key=lambda s: (s.queued_at, s.id))
        )

    def current(self, key: str) -> Session | None:
        return self.state.sessions.get(key)

    def cell(self, key: str, column: int, role: int) -> Any:
        session = cast(Session, self.item(key))
        col = self.Column(column)
        if col is self.Column.CONTACT:
            return contact_text(session) if role in (DISPLAY, BoardRole.SORT) else None
        if col is self.Column.CHANNEL:
            return _channel_cell(session.channel, role)
        if col is self.Column.STATE:
            if role in (DISPLAY, BoardRole.SORT):
                text = state_text(session.state)
                if session.contact_left and session.state is SessionState.WRAP_UP:
                    text = self.tr("Contact left · wrap-up")
                elif session.call is not None and session.call.on_hold:
                    text = self.tr("Active · on hold")
                return text
            return None
        if col is self.Column.ADVOCATE:
            if role in (DISPLAY, BoardRole.SORT):
                name = self.state.name_of(session.advocate_id)
                return one_line(name, NAME_MAX) if name else "–"
            return None
        if col is self.Column.LANGUAGE:
            return session.language.upper() if role in (DISPLAY, BoardRole.SORT) else None
        seconds = self.state.clock.seconds_since(self.state.since(session))
        if role == DISPLAY:
            return elapsed_text(seconds)
        if role == BoardRole.SORT:
            return seconds or 0.0
        if role == BoardRole.TONE and session.state is SessionState.QUEUED:
            waited = self.state.clock.seconds_since(session.queued_at) or 0.0
            return wait_tone(self.settings.wait_level(waited)).value
        if role == ALIGN:
            return int(RIGHT)
        return None


def _channel_cell(channel: Channel, role: int) -> Any:
    if role in (DISPLAY, BoardRole.SORT):
        return channel_text(channel)
    if role == BoardRole.CHANNEL:
        return channel.value
    return None
