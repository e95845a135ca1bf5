"""At 200 % text size, the main window's labels and buttons still show all their text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from console.protocol import SettablePresence
from console.widgets._theme import Look, Scheme
from tests.ui.clipping import checked, clipped, describe
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of


@pytest.fixture
def look(qapp: QApplication) -> Iterator[Look]:
    made = Look(qapp)
    yield made
    made.restore()
    made.deleteLater()


@pytest.mark.parametrize("percent", [100, 200])
@pytest.mark.asyncio
async def test_the_main_window_does_not_clip(
    percent: int, look: Look, console_for: ConsoleFactory, gateway: Gateway, qtbot: Any
) -> None:
    look.apply(Scheme.FOLLOW_OS, percent)
    window = window_of(await console_for("advocate1"))
    window.resize(1280, 800)
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    sid = (await gateway.send("start", "chat", "visitor-big", body="hello?"))["session_id"]
    await until(lambda: window.offers.banner(sid), what="the offer banner")
    assert window.font().pointSizeF() == pytest.approx(look.base_font.pointSizeF() * percent / 100)
    assert len(checked(window)) >= 5, "the offer banner's labels and buttons are checked"
    problems = clipped(window)
    assert not problems, describe(problems)
    await window.shift.accept(sid)
    await until(lambda: sid in window.tabs_by_id, what="the chat tab")
    problems = clipped(window)
    assert not problems, describe(problems)


def test_text_size_is_bounded_and_never_compounds(look: Look, qapp: QApplication) -> None:
    base = look.base_font.pointSizeF()
    look.apply(Scheme.FOLLOW_OS, 150)
    look.apply(Scheme.FOLLOW_OS, 150)
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
    look.apply(Scheme.FOLLOW_OS, 400)
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    look.apply(Scheme.FOLLOW_OS, 10)
    assert qapp.font().pointSizeF() == pytest.approx(base)


def test_the_clipping_check_finds_clipped_text(qtbot: Any) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    fits = QLabel("Fits", host)
    narrow = QLabel("A label far too long for the width it was given", host)
    narrow.setFixedWidth(40)
    wrapped = QLabel("A wrapped label with many words and very little height " * 3, host)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 12)
    button = QPushButton("Accept the oldest offer", host)
    button.setFixedWidth(30)
    for widget in (fits, narrow, wrapped, button):
        layout.addWidget(widget)
    host.show()
    qtbot.waitExposed(host)
    found = {p.widget for p in clipped(host)}
    assert found == {narrow, wrapped, button}, describe(clipped(host))
    assert fits in checked(host)
    assert "needs" in describe(clipped(host))
