"""CallPanel: timers, hold and mute, relay notice, interpreter picker."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from console.widgets.call_panel import CallPanel
from console.widgets.language_picker import LanguagePicker
from console.widgets.timers import Ticker
from tests.widgets.factories import call_session, session


@pytest.fixture
def panel(qtbot: QtBot, ticker: Ticker) -> CallPanel:
    widget = CallPanel(ticker=ticker)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_hold_and_mute_buttons_follow_the_server_state(qtbot: QtBot, panel: CallPanel) -> None:
    panel.set_session(call_session())
    assert panel._hold_button.text() == "Hold"
    assert panel._mute_button.text() == "Mute"
    with qtbot.waitSignal(panel.call_action, timeout=1000) as action:
        panel._hold_button.click()
    assert action.args == ["hold"]
    with qtbot.waitSignal(panel.call_action, timeout=1000) as action:
        panel._mute_button.click()
    assert action.args == ["mute"]

    now = datetime.now(UTC)
    held = {
        "on_hold": True,
        "muted": True,
        "hold_since": now - timedelta(seconds=30),
        "held_seconds": 60,
    }
    panel.set_session(call_session(call=held))
    assert panel._hold_button.text() == "Resume"
    assert panel._mute_button.text() == "Unmute"
    assert panel._hold_button.accessibleName() == "Resume"
    assert panel._hold_tag.isVisibleTo(panel)
    assert panel._mute_tag.isVisibleTo(panel)
    assert panel._hold.text() == "1:30"
    assert panel._hold.is_running()
    with qtbot.waitSignal(panel.call_action, timeout=1000) as action:
        panel._hold_button.click()
    assert action.args == ["resume"]
    with qtbot.waitSignal(panel.call_action, timeout=1000) as action:
        panel._mute_button.click()
    assert action.args == ["unmute"]


def test_timers(panel: CallPanel) -> None:
    now = datetime.now(UTC)
    panel.set_session(
        call_session(accepted_at=now - timedelta(minutes=61, seconds=5), call={"held_seconds": 42})
    )
    assert panel._talk.text() in {"1:01:05", "1:01:06"}
    assert panel._talk.is_running()
    assert panel._hold.text() == "0:42"
    assert not panel._hold.is_running()
    panel.set_session(
        call_session(
            state="wrap_up",
            accepted_at=now - timedelta(minutes=5),
            ended_at=now - timedelta(minutes=1),
        )
    )
    assert panel._talk.text() == "4:00"
    assert not panel._talk.is_running()
    assert not panel._hold_button.isEnabled()
    assert not panel._mute_button.isEnabled()


def test_relay_call_shows_the_relay_notice(panel: CallPanel) -> None:
    panel.set_session(call_session(contact={"label": "Caller 1", "relay": True}))
    assert panel._relay_notice.isVisibleTo(panel)
    assert "Go ahead" in panel._relay_notice.text()
    assert panel._relay_tag.isVisibleTo(panel)
    panel.set_session(call_session())
    assert not panel._relay_notice.isVisibleTo(panel)


def test_add_interpreter_opens_a_picker_without_blocking(qtbot: QtBot, panel: CallPanel) -> None:
    panel.set_session(call_session(interpreter_needed=True))
    assert panel._needed_tag.isVisibleTo(panel)
    assert panel._add_button.isVisibleTo(panel)
    assert not panel._drop_button.isVisibleTo(panel)
    panel._add_button.click()  # returns at once: open(), not exec()
    picker = panel.findChild(LanguagePicker)
    assert picker is not None
    assert picker.isVisible()
    assert picker.isModal()
    picker.set_query("viet")
    picker._interpreter.setText(" 4471 ")
    with qtbot.waitSignal(panel.interpreter_requested, timeout=1000) as requested:
        picker.accept()
    assert requested.args == ["vi", "4471"]
    qtbot.waitUntil(lambda: panel.findChild(LanguagePicker) is None, timeout=1000)


def test_current_interpreter_and_drop(qtbot: QtBot, panel: CallPanel) -> None:
    now = datetime.now(UTC)
    contact = {
        "label": "Caller 2",
        "interpreter": {
            "language": "vi",
            "joined_at": now - timedelta(minutes=3),
            "interpreter_id": "4471",
        },
    }
    log = [{"language": "es", "joined_at": now - timedelta(minutes=20), "minutes": 4.5}]
    panel.set_session(call_session(contact=contact, interpreter_log=log))
    assert "Vietnamese" in panel._interpreter_text.text()
    assert "4471" in panel._interpreter_text.text()
    assert panel._interpreter_time.text() == "3:00"
    assert panel._drop_button.isVisibleTo(panel)
    assert not panel._add_button.isVisibleTo(panel)
    assert "4:30" in panel._minutes.text()
    with qtbot.waitSignal(panel.call_action, timeout=1000) as action:
        panel._drop_button.click()
    assert action.args == ["drop_interpreter"]


def test_only_calls(panel: CallPanel) -> None:
    with pytest.raises(ValueError, match="call"):
        panel.set_session(session(channel="chat"))
    panel.set_session(None)
    assert panel._caller.text() == "No call"
