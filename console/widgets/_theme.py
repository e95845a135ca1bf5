"""The widgets' colours: calm, readable, and never the only carrier of meaning.

Every colour used to tell states apart comes with text or a shape as well
(WCAG 1.4.1).  Light and dark palettes each get their own shades.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from console.protocol import Channel, Presence


@dataclass(frozen=True, slots=True)
class Shades:
    """Colours for one palette (light or dark)."""

    contact_bubble: QColor
    advocate_bubble: QColor
    pending_border: QColor
    text: QColor
    muted: QColor
    danger: QColor
    warning: QColor
    ok: QColor
    selection: QColor
    banner_bg: QColor
    banner_text: QColor


_LIGHT = Shades(
    contact_bubble=QColor("#eef1f5"),
    advocate_bubble=QColor("#dcebfb"),
    pending_border=QColor("#6b7f99"),
    text=QColor("#1d232b"),
    muted=QColor("#5b6573"),
    danger=QColor("#b42318"),
    warning=QColor("#8a5a00"),
    ok=QColor("#2e7d32"),
    selection=QColor(38, 104, 178, 40),
    banner_bg=QColor("#f6c343"),
    banner_text=QColor("#2b2100"),
)

_DARK = Shades(
    contact_bubble=QColor("#2c3138"),
    advocate_bubble=QColor("#1e3a56"),
    pending_border=QColor("#9fb2c8"),
    text=QColor("#e8ebef"),
    muted=QColor("#a3acb8"),
    danger=QColor("#f97066"),
    warning=QColor("#f0b429"),
    ok=QColor("#6fcf97"),
    selection=QColor(120, 170, 230, 60),
    banner_bg=QColor("#f6c343"),
    banner_text=QColor("#2b2100"),
)

_CHANNEL = {
    Channel.CALL: QColor("#1f6fb2"),
    Channel.CHAT: QColor("#2e7d5b"),
    Channel.TEXT: QColor("#a8571c"),
}

_PRESENCE = {
    Presence.AVAILABLE: QColor("#2e7d32"),
    Presence.AWAY: QColor("#b7791f"),
    Presence.BREAK: QColor("#5a6b82"),
    Presence.OFFLINE: QColor("#8a939e"),
    Presence.BUSY: QColor("#b42318"),
    Presence.WRAP_UP: QColor("#6b4fa0"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def shades(widget: QWidget | None = None) -> Shades:
    """The shades that suit ``widget``'s palette (or the application's)."""
    palette = widget.palette() if widget is not None else QApplication.palette()
    return _DARK if is_dark(palette) else _LIGHT


def channel_color(channel: Channel) -> QColor:
    return QColor(_CHANNEL[channel])


def presence_color(presence: Presence) -> QColor:
    return QColor(_PRESENCE[presence])
