"""Every interactive widget has an accessible name; no label interprets rich text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.protocol import Channel, Disposition, Presence
from console.widgets import (
    CallPanel,
    ChannelBadge,
    Composer,
    ConnectionIndicator,
    DispositionDialog,
    LanguagePicker,
    OfferBanner,
    OfferList,
    PresenceSelector,
    TrainingBanner,
    TranscriptModel,
    TranscriptView,
    UnreadBadge,
)
from tests.widgets.factories import call_session, message, session

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
)
HOSTILE_LABEL = "<b>Texter</b> <img src=http://127.0.0.1:9/x.png> \u202e4821"


def _transcript() -> QWidget:
    model = TranscriptModel()
    model.set_messages([message(1, body=HOSTILE_LABEL)])
    view = TranscriptView()
    view.set_transcript(model)
    model.setParent(view)
    return view


def _offers() -> QWidget:
    offers = OfferList()
    offers.add_offer(
        session(contact={"label": HOSTILE_LABEL, "relay": True}, interpreter_needed=True)
    )
    return offers


def _call() -> QWidget:
    now = datetime.now(UTC)
    panel = CallPanel()
    contact = {
        "label": HOSTILE_LABEL,
        "relay": True,
        "interpreter": {
            "language": "es",
            "joined_at": now - timedelta(minutes=1),
            "interpreter_id": "<i>7</i>",
        },
    }
    panel.set_session(call_session(contact=contact))
    return panel


def _presence() -> QWidget:
    selector = PresenceSelector()
    selector.set_presence(Presence.BUSY)
    return selector


def _connection() -> QWidget:
    indicator = ConnectionIndicator()
    indicator.set_reconnecting(4)
    return indicator


FACTORIES: dict[str, Callable[[], QWidget]] = {
    "transcript": _transcript,
    "composer": lambda: Composer(Channel.TEXT),
    "offer banner": lambda: OfferBanner(session(contact={"label": HOSTILE_LABEL})),
    "offer list": _offers,
    "call panel": _call,
    "language picker": LanguagePicker,
    "disposition": lambda: DispositionDialog(selected=Disposition.TIP),
    "presence": _presence,
    "connection": _connection,
    "training": TrainingBanner,
    "channel badge": lambda: ChannelBadge(Channel.CALL),
    "unread": UnreadBadge,
}


def _inside_qt_internals(part: QWidget, top: QWidget) -> bool:
    """Parts Qt makes inside its own widgets (a combo box's popup, a line edit's clear button)."""
    ancestor = part.parentWidget()
    while ancestor is not None and ancestor is not top:
        if isinstance(ancestor, (QComboBox, QLineEdit)):
            return True
        ancestor = ancestor.parentWidget()
    return part.objectName().startswith("qt_")


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_interactive_parts_have_accessible_names(qtbot: QtBot, name: str) -> None:
    widget = FACTORIES[name]()
    qtbot.addWidget(widget)
    widget.show()
    assert widget.accessibleName(), f"{name} itself has no accessible name"
    parts = [widget, *widget.findChildren(QWidget)]
    for part in parts:
        if isinstance(part, INTERACTIVE) and not isinstance(part, QAbstractSlider):
            if _inside_qt_internals(part, widget):
                continue
            assert part.accessibleName(), f"{name}: {type(part).__name__} has no accessible name"


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_labels_never_interpret_rich_text(qtbot: QtBot, name: str) -> None:
    widget = FACTORIES[name]()
    qtbot.addWidget(widget)
    for label in widget.findChildren(QLabel):
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, f"{name}: {label.text()!r}"
            assert "\u202e" not in label.text()
