"""A panel in a background tab re-reads once, when it is brought forward."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from console.widgets.refresh import RefreshWhenShown


def tabs_with_two_pages(qtbot: QtBot) -> tuple[QTabWidget, QWidget, QWidget]:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    front, back = QWidget(), QWidget()
    tabs.addTab(front, "front")
    tabs.addTab(back, "back")
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs, front, back


def test_a_visible_widget_refreshes_at_once(qtbot: QtBot) -> None:
    _tabs, front, _back = tabs_with_two_pages(qtbot)
    calls: list[int] = []
    reread = RefreshWhenShown(front, lambda: calls.append(1))
    reread.request()
    reread.request()
    assert calls == [1, 1]
    assert not reread.stale


def test_a_hidden_widget_refreshes_once_when_shown(qtbot: QtBot) -> None:
    tabs, _front, back = tabs_with_two_pages(qtbot)
    calls: list[int] = []
    reread = RefreshWhenShown(back, lambda: calls.append(1))
    for _ in range(50):  # a backlog of pulled batches while the tab is behind
        reread.request()
    assert calls == []
    assert reread.stale
    tabs.setCurrentWidget(back)
    assert calls == [1]
    assert not reread.stale
    tabs.setCurrentIndex(0)
    tabs.setCurrentWidget(back)  # shown again with nothing new: no re-read
    assert calls == [1]


def test_showing_without_a_change_does_not_refresh(qtbot: QtBot) -> None:
    tabs, _front, back = tabs_with_two_pages(qtbot)
    calls: list[int] = []
    RefreshWhenShown(back, lambda: calls.append(1))
    tabs.setCurrentWidget(back)
    assert calls == []
