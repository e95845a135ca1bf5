"""ElapsedLabel and the shared ticker: one QTimer for every label."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.widgets.timers import ElapsedLabel, Ticker, format_elapsed, shared_ticker


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (5.9, "0:05"),
        (59, "0:59"),
        (60, "1:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (36_061, "10:01:01"),
        (-3, "0:00"),
    ],
)
def test_format_elapsed(seconds: float, text: str) -> None:
    assert format_elapsed(seconds) == text


def test_many_labels_share_one_timer(qtbot: QtBot, ticker: Ticker) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    start = datetime.now(UTC) - timedelta(seconds=10)
    labels = [ElapsedLabel(parent, ticker=ticker) for _ in range(25)]
    assert not ticker.is_running()
    for label in labels:
        label.set_start(start)
    assert ticker.users() == 25
    assert ticker.is_running()
    assert len(ticker.findChildren(QTimer)) == 1
    assert all(not label.findChildren(QTimer) for label in labels)
    for label in labels[:5]:
        label.stop()
    assert ticker.users() == 20
    for label in labels[5:]:
        label.deleteLater()
    qtbot.waitUntil(lambda: ticker.users() == 0, timeout=1000)
    assert not ticker.is_running()


def test_label_counts_on_each_tick(qtbot: QtBot, ticker: Ticker) -> None:
    now = [datetime(2026, 3, 2, 12, 0, tzinfo=UTC)]
    label = ElapsedLabel(ticker=ticker, clock=lambda: now[0])
    qtbot.addWidget(label)
    assert label.text() == "–"
    label.set_start(now[0] - timedelta(seconds=59))
    assert label.text() == "0:59"
    now[0] += timedelta(seconds=2)
    ticker.tick.emit()
    assert label.text() == "1:01"
    label.set_start(now[0], base_seconds=30)  # a second hold adds to the first
    assert label.text() == "0:30"
    label.set_frozen(125)
    assert label.text() == "2:05"
    assert not label.is_running()
    now[0] += timedelta(seconds=100)
    ticker.tick.emit()
    assert label.text() == "2:05"


def test_real_ticker_advances_a_label(qtbot: QtBot) -> None:
    label = ElapsedLabel()
    qtbot.addWidget(label)
    label.set_start(datetime.now(UTC) - timedelta(seconds=3.5))
    first = label.text()
    qtbot.waitUntil(lambda: label.text() != first, timeout=2500)
    assert label.text() in {"0:04", "0:05"}
    assert shared_ticker() is shared_ticker()
    assert shared_ticker().parent() is QApplication.instance()
    label.stop()
