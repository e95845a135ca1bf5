"""Presence selector, connection indicator, training banner."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from console.protocol import Presence
from console.widgets.status import (
    ConnectionIndicator,
    ConnectionState,
    PresenceSelector,
    TrainingBanner,
)
from console.widgets.timers import Ticker
from tests.widgets.factories import FakeClock


def test_presence_selector_reports_choices_not_updates(qtbot: QtBot) -> None:
    selector = PresenceSelector()
    qtbot.addWidget(selector)
    combo = selector.combo()
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "available",
        "away",
        "break",
        "offline",
    ]
    with qtbot.assertNotEmitted(selector.presence_requested):
        selector.set_presence(Presence.AVAILABLE)
    assert combo.currentText() == "Available"
    with qtbot.waitSignal(selector.presence_requested, timeout=1000) as requested:
        combo.activated.emit(combo.findData("break"))
    assert requested.args == ["break"]


def test_server_set_presence_is_read_only_text(qtbot: QtBot) -> None:
    selector = PresenceSelector()
    qtbot.addWidget(selector)
    selector.set_presence(Presence.BUSY)
    assert "Busy" in selector.server_text()
    assert selector.combo().currentIndex() == -1
    selector.set_presence(Presence.WRAP_UP)
    assert "Wrap-up" in selector.server_text()
    selector.set_presence(Presence.AWAY)
    assert selector.server_text() == ""
    assert selector.presence() == Presence.AWAY


def test_connection_indicator_says_it_in_words(qtbot: QtBot, ticker: Ticker) -> None:
    clock = FakeClock()
    indicator = ConnectionIndicator(ticker=ticker, monotonic=clock)
    qtbot.addWidget(indicator)
    assert indicator.state() == ConnectionState.OFFLINE
    assert indicator.text().startswith("Offline")
    indicator.set_online()
    assert indicator.text() == "Online"
    assert "Online" in indicator.accessibleName()
    indicator.set_reconnecting(5, reason="connection reset")
    assert indicator.text() == "Reconnecting in 5 s"
    assert indicator.toolTip() == "connection reset"
    assert ticker.users() == 1
    clock.advance(3.2)
    ticker.tick.emit()
    assert indicator.text() == "Reconnecting in 2 s"
    clock.advance(5)
    ticker.tick.emit()
    assert indicator.text() == "Reconnecting…"
    indicator.set_connecting()
    assert indicator.text() == "Connecting…"
    assert ticker.users() == 0
    indicator.set_reconnecting(None)
    assert indicator.text() == "Reconnecting…"


def test_training_banner(qtbot: QtBot) -> None:
    banner = TrainingBanner()
    qtbot.addWidget(banner)
    assert banner.text() == "TRAINING — practice contacts, not real people"
    assert banner.accessibleName() == banner.text()
