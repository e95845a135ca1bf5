"""Parsing server-sent events into typed StreamEvents."""

from __future__ import annotations

import json
import logging

import pytest
from httpx_sse import ServerSentEvent

from console.net.stream_types import EVENT_MODELS, parse_event
from console.protocol import EventName, Message, RecordChanged, Resync, SessionRemoved

MESSAGE = {
    "id": "m1",
    "client_msg_id": None,
    "session_id": "s1",
    "author": "contact",
    "advocate_id": None,
    "body": "please help",
    "created_at": "2025-01-01T00:00:00Z",
    "delivery": "delivered",
}


def test_every_event_name_has_a_model() -> None:
    assert set(EVENT_MODELS) == set(EventName)


@pytest.mark.parametrize(
    ("name", "data", "model"),
    [
        ("message.created", MESSAGE, Message),
        ("record.changed", {"entity": "note", "id": "n1", "version": 3}, RecordChanged),
        ("session.removed", {"session_id": "s1", "reason": "closed"}, SessionRemoved),
        ("resync", {"reason": "history_gone"}, Resync),
    ],
)
def test_known_events_parse_into_their_model(name: str, data: object, model: type) -> None:
    event = parse_event(ServerSentEvent(event=name, data=json.dumps(data), id="17"), 0)
    assert event is not None
    assert event.id == 17
    assert event.name == EventName(name)
    assert isinstance(event.data, model)


def test_unknown_events_are_skipped_and_logged_by_name_only(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    sse = ServerSentEvent(event="session.teleported", data='{"secret": "body"}', id="3")
    assert parse_event(sse, 0) is None
    assert "session.teleported" in caplog.text
    assert "body" not in caplog.text


def test_malformed_data_is_skipped_without_logging_values(caplog: pytest.LogCaptureFixture) -> None:
    bad = dict(MESSAGE, delivery="teleported")
    assert (
        parse_event(ServerSentEvent(event="message.created", data=json.dumps(bad), id="4"), 0)
        is None
    )
    assert parse_event(ServerSentEvent(event="message.created", data="{", id="5"), 0) is None
    assert "please help" not in caplog.text
    assert "teleported" not in caplog.text


def test_an_event_without_an_id_keeps_the_previous_one() -> None:
    event = parse_event(ServerSentEvent(event="resync", data="", id=""), 41)
    assert event is not None
    assert event.id == 41
    assert isinstance(event.data, Resync)
