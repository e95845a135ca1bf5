"""TranscriptModel: order, optimistic rows replaced by their echo, roles."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.protocol import Message
from console.widgets.transcript import TailProxy, TranscriptModel, TranscriptRole
from tests.widgets.factories import T0, message


def bodies(model: TranscriptModel) -> list[str]:
    return [model.index(row, 0).data(TranscriptRole.BODY) for row in range(model.rowCount())]


def role(model: TranscriptModel, row: int, which: int) -> object:
    return model.index(row, 0).data(which)


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = TranscriptModel()
    model.set_contact_label("Texter 4821")
    model.set_messages([message(n, author="advocate" if n % 2 else "contact") for n in range(20)])
    model.pending("c-1", "waiting")
    qtmodeltester.check(model, force_py=True)
    model.upsert(message(100))
    model.upsert(message(3, delivery="failed", author="advocate"))
    model.upsert(message(7, at=T0 + timedelta(hours=1)))  # moves to the end


def test_tail_proxy_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = TranscriptModel()
    model.set_messages([message(n) for n in range(50)])
    proxy = TailProxy(page=10)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() == 10
    assert proxy.index(9, 0).data(TranscriptRole.BODY) == "message 49"
    model.upsert(message(50))
    assert proxy.rowCount() == 11
    model.upsert(message(-1))  # above the window: not shown, window unchanged
    assert proxy.rowCount() == 11
    assert proxy.hidden_above() == 41
    assert proxy.extend(5) == 5
    assert proxy.index(0, 0).data(TranscriptRole.BODY) == "message 35"
    assert proxy.trim(3) == 13
    assert [proxy.index(r, 0).data(TranscriptRole.BODY) for r in range(3)] == [
        "message 48",
        "message 49",
        "message 50",
    ]


def test_set_messages_sorts_by_time_and_keeps_the_last_copy_of_an_id() -> None:
    model = TranscriptModel()
    model.set_messages([message(3), message(1), message(2), message(1, body="edited")])
    assert bodies(model) == ["edited", "message 2", "message 3"]


def test_upsert_appends_in_time_order() -> None:
    model = TranscriptModel()
    model.set_messages([message(1), message(5)])
    assert model.upsert(message(9)) == 2
    assert model.upsert(message(3)) == 1
    assert bodies(model) == ["message 1", "message 3", "message 5", "message 9"]


def test_upsert_same_id_updates_delivery_in_place(qtbot: QtBot) -> None:
    model = TranscriptModel()
    model.set_messages([message(1, author="advocate", delivery="sent")])
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        model.upsert(message(1, author="advocate", delivery="delivered"))
    assert model.rowCount() == 1
    assert role(model, 0, TranscriptRole.DELIVERY) == "delivered"
    assert role(model, 0, TranscriptRole.STATUS_TEXT) == "Delivered"


def test_pending_then_echo_replaces_without_duplicate() -> None:
    model = TranscriptModel()
    model.set_messages([message(1)])
    row = model.pending("cm-1", "Are you safe to talk?", created_at=T0 + timedelta(seconds=30))
    assert row == 1
    assert role(model, 1, TranscriptRole.PENDING) is True
    assert role(model, 1, TranscriptRole.STATUS_TEXT) == "Waiting to send"
    assert role(model, 1, TranscriptRole.MESSAGE_ID) is None
    assert model.pending_count() == 1

    echo = message(
        31, author="advocate", body="Are you safe to talk?", client_msg_id="cm-1", msg_id="srv-9"
    )
    echo = echo.model_copy(update={"delivery": "sent"})
    model.upsert(echo)  # the POST answer
    model.upsert(echo.model_copy(update={"delivery": "delivered"}))  # the SSE event
    assert model.rowCount() == 2
    assert model.pending_count() == 0
    assert role(model, 1, TranscriptRole.PENDING) is False
    assert role(model, 1, TranscriptRole.MESSAGE_ID) == "srv-9"
    assert role(model, 1, TranscriptRole.DELIVERY) == "delivered"
    assert model.row_of_client_msg("cm-1") == 1
    assert model.row_of_message("srv-9") == 1


def test_echo_with_a_later_time_moves_the_row() -> None:
    model = TranscriptModel()
    model.pending("cm-1", "first try", created_at=T0)
    model.set_messages([message(5)])  # the local row stays through a reload
    assert bodies(model) == ["first try", "message 5"]
    model.upsert(message(10, author="advocate", body="first try", client_msg_id="cm-1"))
    assert bodies(model) == ["message 5", "first try"]
    assert model.row_of_message("m10") == 1


def test_reload_that_contains_the_echo_drops_the_local_row() -> None:
    model = TranscriptModel()
    model.pending("cm-1", "hello")
    model.set_messages(
        [message(1), message(2, author="advocate", body="hello", client_msg_id="cm-1")]
    )
    assert bodies(model) == ["message 1", "hello"]
    assert model.pending_count() == 0


def test_pending_twice_with_the_same_id_is_one_row() -> None:
    model = TranscriptModel()
    assert model.pending("cm-1", "hi") == model.pending("cm-1", "hi")
    model.upsert(message(1, author="advocate", body="hi", client_msg_id="cm-1"))
    assert model.pending("cm-1", "hi") == 0  # replayed from the outbox after the echo
    assert model.rowCount() == 1


def test_send_failed_and_remove_pending() -> None:
    model = TranscriptModel()
    model.pending("cm-1", "will fail")
    assert model.mark_send_failed("cm-1")
    assert role(model, 0, TranscriptRole.SEND_FAILED) is True
    assert role(model, 0, TranscriptRole.STATUS_TEXT) == "Not sent"
    assert model.remove_pending("cm-1")
    assert model.rowCount() == 0
    assert not model.remove_pending("cm-1")
    assert not model.mark_send_failed("nope")


def test_rows_with_equal_times_are_all_found() -> None:
    model = TranscriptModel()
    same = [message(n, at=T0) for n in range(5)]
    model.set_messages(same)
    for n in range(5):
        row = model.row_of_message(f"m{n}")
        assert row is not None
        assert role(model, row, TranscriptRole.MESSAGE_ID) == f"m{n}"
    model.upsert(message(3, at=T0, delivery="failed"))
    assert model.rowCount() == 5


def test_literal_body_and_inert_display() -> None:
    hostile = "<b>hi</b> \u202eevil <img src=http://example.invalid/x.png>"
    model = TranscriptModel()
    model.set_messages([message(1, body=hostile)])
    assert role(model, 0, TranscriptRole.BODY) == hostile
    assert role(model, 0, Qt.ItemDataRole.DisplayRole) == hostile.replace("\u202e", "")


def test_names_and_accessible_text() -> None:
    model = TranscriptModel()
    model.set_contact_label("Texter\u202e 4821\n")
    model.set_advocate_names({"a1": "Maria", "a2": "Jo"}, me="a2")
    model.set_messages([message(1, body="hello"), message(2, author="advocate", body="hi")])
    assert role(model, 0, TranscriptRole.AUTHOR_NAME) == "Texter 4821"
    assert role(model, 1, TranscriptRole.AUTHOR_NAME) == "Maria"
    text = role(model, 0, Qt.ItemDataRole.AccessibleTextRole)
    assert isinstance(text, str)
    assert "Texter 4821" in text
    assert "hello" in text
    assert role(model, 1, Qt.ItemDataRole.AccessibleDescriptionRole) == "Delivered"
    assert role(model, 0, TranscriptRole.TIME_TEXT)
    assert role(model, 0, Qt.ItemDataRole.ToolTipRole)
    model.set_advocate_names({"a1": "Maria"}, me="a1")
    assert role(model, 1, TranscriptRole.AUTHOR_NAME) == "You"


def test_invalid_index_and_unknown_role() -> None:
    model = TranscriptModel()
    model.set_messages([message(1)])
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.rowCount(model.index(0, 0)) == 0


operations = st.lists(
    st.one_of(
        st.tuples(st.just("upsert"), st.integers(0, 15), st.integers(0, 30)),
        st.tuples(st.just("pending"), st.integers(0, 8), st.integers(0, 30)),
        st.tuples(st.just("echo"), st.integers(0, 8), st.integers(0, 30)),
        st.tuples(st.just("reload"), st.integers(0, 15), st.integers(0, 30)),
    ),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(operations)
def test_random_operations_keep_order_and_never_duplicate(ops: list[tuple[str, int, int]]) -> None:
    model = TranscriptModel()
    for kind, key, second in ops:
        at = T0 + timedelta(seconds=second)
        if kind == "upsert":
            model.upsert(message(key, at=at))
        elif kind == "pending":
            model.pending(f"cm{key}", f"local {key}", created_at=at)
        elif kind == "echo":
            model.upsert(message(100 + key, author="advocate", client_msg_id=f"cm{key}", at=at))
        else:
            model.set_messages([message(n, at=T0 + timedelta(seconds=n)) for n in range(key)])
    times = [
        role(model, r, TranscriptRole.TIME).toMSecsSinceEpoch() for r in range(model.rowCount())
    ]
    assert times == sorted(times)
    ids = [role(model, r, TranscriptRole.MESSAGE_ID) for r in range(model.rowCount())]
    server_ids = [i for i in ids if i is not None]
    assert len(server_ids) == len(set(server_ids))
    cmids = [role(model, r, TranscriptRole.CLIENT_MSG_ID) for r in range(model.rowCount())]
    local = [c for c in cmids if c is not None]
    assert len(local) == len(set(local))
    for r in range(model.rowCount()):
        cmid = role(model, r, TranscriptRole.CLIENT_MSG_ID)
        if cmid is not None:
            assert model.row_of_client_msg(cmid) == r
        mid = role(model, r, TranscriptRole.MESSAGE_ID)
        if mid is not None:
            assert model.row_of_message(mid) == r


@pytest.mark.parametrize("count", [0, 1, 3])
def test_clear(count: int) -> None:
    model = TranscriptModel()
    model.set_messages([message(n) for n in range(count)])
    model.pending("x", "y")
    model.clear()
    assert model.rowCount() == 0
    assert model.pending_count() == 0


def test_message_at_returns_server_messages_only() -> None:
    model = TranscriptModel()
    model.set_messages([message(1)])
    model.pending("cm", "local", created_at=T0 + timedelta(hours=1))
    found = model.message_at(0)
    assert isinstance(found, Message)
    assert found.id == "m1"
    assert model.message_at(1) is None
