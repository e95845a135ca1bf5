"""Channel icons and colours, small tag pills and the unread-count badge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from console.protocol import Channel
from console.widgets._icons import Glyph, glyph_icon, glyph_pixmap
from console.widgets._theme import channel_color
from console.widgets._util import plural

__all__ = [
    "ChannelBadge",
    "Tag",
    "TagKind",
    "UnreadBadge",
    "channel_color",
    "channel_glyph",
    "channel_icon",
    "channel_name",
    "unread_text",
]

_GLYPH = {Channel.CALL: Glyph.PHONE, Channel.CHAT: Glyph.CHAT, Channel.TEXT: Glyph.MOBILE}


def channel_glyph(channel: Channel) -> Glyph:
    return _GLYPH[channel]


def channel_name(channel: Channel) -> str:
    """The channel's name as advocates say it ("Call", "Chat", "Text")."""
    names = {
        Channel.CALL: QCoreApplication.translate("Channel", "Call"),
        Channel.CHAT: QCoreApplication.translate("Channel", "Chat"),
        Channel.TEXT: QCoreApplication.translate("Channel", "Text"),
    }
    return names[channel]


def channel_icon(channel: Channel, color: QColor | None = None) -> QIcon:
    """The channel's icon, in its own colour unless ``color`` is given."""
    return glyph_icon(_GLYPH[channel], color if color is not None else channel_color(channel))


def unread_text(count: int) -> str:
    return "99+" if count > 99 else str(count)


class ChannelBadge(QWidget):
    """The channel's icon and name, in its colour (never the colour alone)."""

    def __init__(self, channel: Channel = Channel.CHAT, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel(self)
        self._name = QLabel(self)
        self._name.setTextFormat(Qt.TextFormat.PlainText)
        font = self._name.font()
        font.setWeight(QFont.Weight.DemiBold)
        self._name.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._icon)
        layout.addWidget(self._name)
        self.set_channel(channel)

    def set_channel(self, channel: Channel) -> None:
        self._channel = channel
        color = channel_color(channel)
        size = max(16, self._name.fontMetrics().height())
        self._icon.setPixmap(glyph_pixmap(_GLYPH[channel], size, color, self.devicePixelRatioF()))
        self._name.setText(channel_name(channel))
        self._name.setStyleSheet(f"color: {color.name()};")
        self.setAccessibleName(channel_name(channel))

    def channel(self) -> Channel:
        return self._channel


class TagKind:
    """Colour pairs (background, text) of the tag pills."""

    NEUTRAL = ("#e6e9ee", "#2d3640")
    INFO = ("#dbe8f7", "#163d66")
    ATTENTION = ("#fde7c3", "#5c3b00")
    DANGER = ("#fbe0dd", "#7a1a12")


class Tag(QLabel):
    """A small rounded label: "711 relay", "Interpreter needed", "Spanish"."""

    def __init__(
        self,
        text: str = "",
        kind: tuple[str, str] = TagKind.NEUTRAL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setObjectName("tag")
        self.set_kind(kind)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(text)

    def set_kind(self, kind: tuple[str, str]) -> None:
        background, foreground = kind
        self.setStyleSheet(
            f"QLabel#tag {{ background: {background}; color: {foreground};"
            " border-radius: 9px; padding: 1px 8px; font-weight: 600; }"
        )

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setAccessibleName(text)


class UnreadBadge(QWidget):
    """A round count of unread messages; hidden at zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._color = QColor("#b42318")
        font = self.font()
        font.setWeight(QFont.Weight.Bold)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_count(0)

    def count(self) -> int:
        return self._count

    def set_count(self, count: int) -> None:
        self._count = max(0, count)
        name = self.tr("%n unread message(s)", "", self._count)
        name = plural(name, self._count)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setVisible(self._count > 0)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        height = metrics.height() + 4
        width = max(height, metrics.horizontalAdvance(unread_text(self._count)) + 10)
        return QSize(width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, unread_text(self._count))
        painter.end()
