"""Channel icons and names, tags, the unread badge, the icon path parser."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from console.protocol import Channel
from console.widgets._icons import Glyph, glyph_path, parse_path
from console.widgets.badges import ChannelBadge, UnreadBadge, channel_icon, channel_name


def test_every_channel_has_an_icon_a_name_and_a_colour(qtbot: QtBot) -> None:
    for channel in Channel:
        icon = channel_icon(channel)
        assert not icon.isNull()
        assert not icon.pixmap(24, 24).isNull()
        badge = ChannelBadge(channel)
        qtbot.addWidget(badge)
        assert badge.accessibleName() == channel_name(channel)
    assert {channel_name(channel) for channel in Channel} == {"Call", "Chat", "Text"}


def test_glyphs_fit_their_24_pixel_box() -> None:
    box = QRectF(0, 0, 24, 24)
    for glyph in Glyph:
        bounds = glyph_path(glyph).boundingRect()
        assert not bounds.isEmpty()
        assert box.contains(bounds)


def test_path_parser_reads_relative_and_absolute_commands() -> None:
    path = parse_path("M2 2h10v10H2zm4 4l2 0 0 2z")
    assert path.boundingRect() == QRectF(2, 2, 10, 10)
    assert path.elementCount() >= 8


def test_unread_badge(qtbot: QtBot) -> None:
    tab = QWidget()
    qtbot.addWidget(tab)
    badge = UnreadBadge(tab)
    tab.show()
    assert badge.isHidden()
    badge.set_count(1)
    assert badge.isVisible()
    assert badge.accessibleName() == "1 unread message"
    badge.set_count(250)
    assert badge.accessibleName() == "250 unread messages"
    assert not badge.grab().isNull()
    badge.set_count(0)
    assert badge.isHidden()
