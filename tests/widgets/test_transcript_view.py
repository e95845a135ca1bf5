"""TranscriptView and its delegate: plain-text painting, following the end, copy, scale."""

from __future__ import annotations

import inspect
import time
from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

import console.widgets._transcript_delegate as delegate_module
from console.domain.text import inert
from console.widgets.transcript import (
    TranscriptDelegate,
    TranscriptModel,
    TranscriptRole,
    TranscriptView,
)
from tests.widgets.factories import T0, message

HOSTILE = [
    "<b>bold</b> and <i>italic</i>",
    "<img src=http://127.0.0.1:9/x.png> image",
    '<a href="http://example.invalid/">click here</a>',
    "abc\u202edcba.exe and \u2066isolated\u2069",
    "&lt;entity&gt; &amp;",
    "y" * 10_000,
]


@pytest.fixture
def view(qtbot: QtBot) -> TranscriptView:
    widget = TranscriptView(page=50)
    widget.resize(520, 400)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def settle(qtbot: QtBot, view: TranscriptView) -> None:
    """Let the delayed layout and scroll range updates run."""
    qtbot.waitUntil(lambda: not view.verticalScrollBar().isSliderDown(), timeout=1000)
    for _ in range(3):
        QApplication.processEvents()
    view.executeDelayedItemsLayout()
    QApplication.processEvents()


def at_bottom(view: TranscriptView) -> bool:
    bar = view.verticalScrollBar()
    return bar.value() == bar.maximum()


def last_row_visible(view: TranscriptView) -> bool:
    proxy = view.model()
    rect = view.visualRect(proxy.index(proxy.rowCount() - 1, 0))
    return rect.isValid() and view.viewport().rect().intersects(rect)


def test_hundred_thousand_messages_load_and_scroll_to_bottom(
    qtbot: QtBot, view: TranscriptView
) -> None:
    messages = [
        message(
            n, author="advocate" if n % 3 == 0 else "contact", body=f"message {n} " * (n % 7 + 1)
        )
        for n in range(100_000)
    ]
    model = TranscriptModel()
    view.set_transcript(model)
    started = time.perf_counter()
    model.set_messages(messages)
    view.scroll_to_bottom()
    qtbot.waitUntil(lambda: last_row_visible(view) and at_bottom(view), timeout=5000)
    print(f"\n100,000 messages: loaded and at the bottom in {time.perf_counter() - started:.3f} s")
    assert model.rowCount() == 100_000
    assert view.model().rowCount() <= 100  # only a window is laid out

    started = time.perf_counter()
    for n in range(100_000, 100_020):
        model.upsert(message(n))
        settle(qtbot, view)
        assert at_bottom(view)
    print(f"20 appends with 100,000 rows: {time.perf_counter() - started:.3f} s")
    assert last_row_visible(view)
    view.grab()


def test_follows_new_messages_only_while_at_the_bottom(qtbot: QtBot, view: TranscriptView) -> None:
    model = TranscriptModel()
    model.set_messages([message(n) for n in range(40)])
    view.set_transcript(model)
    settle(qtbot, view)
    assert view.is_following()
    assert at_bottom(view)

    model.upsert(message(40))
    settle(qtbot, view)
    assert at_bottom(view)
    assert view.unseen() == 0

    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    assert not view.is_following()
    value = view.verticalScrollBar().value()
    with qtbot.waitSignal(view.unseen_changed, timeout=1000) as unseen:
        model.upsert(message(41))
    assert unseen.args == [1]
    model.upsert(message(42))
    settle(qtbot, view)
    assert view.verticalScrollBar().value() == value  # the view did not move
    assert view.unseen() == 2
    jump = view.findChild(type(view._jump), "transcriptJump")
    assert jump is not None
    assert jump.isVisible()
    assert "2 new messages" in jump.text()

    qtbot.mouseClick(jump, Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert at_bottom(view)
    assert view.unseen() == 0
    assert not jump.isVisible()


def test_own_message_scrolls_to_the_bottom(qtbot: QtBot, view: TranscriptView) -> None:
    model = TranscriptModel()
    model.set_messages([message(n) for n in range(40)])
    view.set_transcript(model)
    settle(qtbot, view)
    view.verticalScrollBar().setValue(0)
    model.pending("cm-1", "sent by me", created_at=T0 + timedelta(hours=1))
    settle(qtbot, view)
    assert at_bottom(view)
    assert view.is_following()


def test_scrolling_to_the_top_shows_older_messages_in_place(
    qtbot: QtBot, view: TranscriptView
) -> None:
    model = TranscriptModel()
    model.set_messages([message(n) for n in range(300)])
    view.set_transcript(model)
    settle(qtbot, view)
    proxy = view.window_proxy()
    assert proxy.hidden_above() == 250
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: proxy.hidden_above() == 200, timeout=2000)
    settle(qtbot, view)
    top = view.indexAt(QPoint(5, 5))
    assert top.data(TranscriptRole.BODY) == "message 250"  # what was on top stays on top
    assert view.verticalScrollBar().value() > 0


def render_ink(qtbot: QtBot, body: str) -> int:
    """Dark pixels painted for one message (a measure of how much text was drawn)."""
    model = TranscriptModel()
    model.set_messages([message(1, body=body)])
    view = TranscriptView()
    qtbot.addWidget(view)
    view.resize(600, 200)
    view.set_transcript(model)
    view.show()
    qtbot.waitExposed(view)
    image: QImage = view.viewport().grab().toImage()
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 110
    )


def test_markup_is_painted_as_its_literal_characters(qtbot: QtBot) -> None:
    literal = render_ink(qtbot, "<b>bold</b>")
    interpreted_would_be = render_ink(qtbot, "bold")
    assert literal > interpreted_would_be * 1.5  # the tags themselves were drawn


def test_hostile_text_is_plain_in_model_layout_and_paint(
    qtbot: QtBot, view: TranscriptView
) -> None:
    model = TranscriptModel()
    model.set_messages([message(n, body=body) for n, body in enumerate(HOSTILE)])
    view.set_transcript(model)
    settle(qtbot, view)
    delegate = view.itemDelegate()
    assert isinstance(delegate, TranscriptDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    for row, body in enumerate(HOSTILE):
        index = view.model().index(row, 0)
        assert index.data(TranscriptRole.BODY) == body
        assert index.data(Qt.ItemDataRole.DisplayRole) == inert(body)
        assert delegate.layout_text(option, index) == inert(body).replace("\n", "\u2028")
        assert "\u202e" not in delegate.layout_text(option, index)
        view.scrollTo(index)
        assert not view.grab().isNull()  # paint runs for every row


def test_delegate_never_uses_rich_text() -> None:
    source = inspect.getsource(delegate_module)
    for forbidden in ("QTextDocument", "setHtml", "RichText", "QLabel", "toHtml"):
        assert forbidden not in source


def test_very_long_line_wraps_inside_the_view(qtbot: QtBot, view: TranscriptView) -> None:
    model = TranscriptModel()
    model.set_messages([message(1, body="short"), message(2, body="z" * 10_000)])
    view.set_transcript(model)
    settle(qtbot, view)
    proxy = view.model()
    short = view.visualRect(proxy.index(0, 0))
    long = view.visualRect(proxy.index(1, 0))
    assert long.width() <= view.viewport().width()
    assert long.height() > short.height() * 20
    assert view.horizontalScrollBar().maximum() == 0


def test_size_cache_is_dropped_when_the_width_changes(qtbot: QtBot, view: TranscriptView) -> None:
    model = TranscriptModel()
    model.set_messages([message(1, body="word " * 300)])
    view.set_transcript(model)
    settle(qtbot, view)
    index = view.model().index(0, 0)
    wide = view.visualRect(index).height()
    view.resize(300, 400)
    qtbot.waitUntil(lambda: view.visualRect(index).height() > wide, timeout=2000)


def test_copy_puts_plain_text_on_the_clipboard(qtbot: QtBot, view: TranscriptView) -> None:
    model = TranscriptModel()
    model.set_contact_label("Texter 4821")
    model.set_messages([message(1, body="<b>not bold</b>"), message(2, body="second")])
    view.set_transcript(model)
    settle(qtbot, view)
    selection = view.selectionModel()
    for row in (0, 1):
        selection.select(view.model().index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    view.setFocus()
    qtbot.keySequence(view, QKeySequence.StandardKey.Copy)
    clipboard = QGuiApplication.clipboard()
    text = clipboard.text()
    assert "\u2068Texter 4821\u2069: \u2068<b>not bold</b>\u2069" in text  # isolated, as text
    assert text.index("not bold") < text.index("second")
    mime = clipboard.mimeData()
    assert mime is not None
    assert not mime.hasHtml()


def test_view_and_items_are_accessible(qtbot: QtBot, view: TranscriptView) -> None:
    model = TranscriptModel()
    model.set_messages([message(1, body="hello")])
    view.set_transcript(model)
    assert view.accessibleName()
    assert view.accessibleDescription()
    text = view.model().index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "hello" in text
