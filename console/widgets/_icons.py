"""Small vector icons drawn with QPainter: crisp at any size, no files to find.

Shapes are 24x24 path data in the SVG path syntax (a subset: M L H V C Z, in
absolute and relative form), parsed once into a ``QPainterPath``.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPixmap


class Glyph(StrEnum):
    PHONE = "phone"
    CHAT = "chat"
    MOBILE = "mobile"
    RELAY = "relay"
    PERSON = "person"


_PATHS = {
    # A telephone handset.
    Glyph.PHONE: (
        "M6.62 10.79c1.44 2.83 3.76 5.14 6.59 6.59l2.2-2.2c.27-.27.67-.36 1.02-.24"
        "c1.12.37 2.33.57 3.57.57c.55 0 1 .45 1 1V20c0 .55-.45 1-1 1C10.61 21 3 13.39 3 4"
        "c0-.55.45-1 1-1h3.5c.55 0 1 .45 1 1c0 1.25.2 2.45.57 3.57c.11.35.03.74-.25 1.02z"
    ),
    # Two speech bubbles: a live web chat.
    Glyph.CHAT: (
        "M21 6h-2v9H6v2c0 .55.45 1 1 1h11l4 4V7c0-.55-.45-1-1-1z"
        "M17 12V3c0-.55-.45-1-1-1H3c-.55 0-1 .45-1 1v14l4-4h10c.55 0 1-.45 1-1z"
    ),
    # A mobile phone: a text (SMS) conversation.
    Glyph.MOBILE: (
        "M17 1.01L7 1c-1.1 0-2 .9-2 2v18c0 1.1.9 2 2 2h10c1.1 0 2-.9 2-2V3"
        "c0-1.1-.9-1.99-2-1.99zM17 19H7V5h10v14z"
    ),
    # A keyboard: relay (TTY) calls.
    Glyph.RELAY: (
        "M20 5H4c-1.1 0-1.99.9-1.99 2L2 17c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2z"
        "M11 8h2v2h-2zM11 11h2v2h-2zM8 8h2v2H8zM8 11h2v2H8zM5 11h2v2H5zM5 8h2v2H5z"
        "M16 17H8v-2h8v2zM16 13h-2v-2h2v2zM16 10h-2V8h2v2zM19 13h-2v-2h2v2zM19 10h-2V8h2v2z"
    ),
    # A head and shoulders: an interpreter or a person.
    Glyph.PERSON: (
        "M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4z"
        "M12 14c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z"
    ),
}

_TOKEN = re.compile(r"[MmLlHhVvCcSsZz]|-?(?:\d+\.?\d*|\.\d+)")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Z": 0}


def parse_path(data: str) -> QPainterPath:
    """A ``QPainterPath`` from SVG path data (M L H V C S Z, absolute and relative)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    tokens = _TOKEN.findall(data)
    cur = QPointF(0, 0)
    start = QPointF(0, 0)
    last_ctrl: QPointF | None = None
    cmd = ""
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
            if cmd in "Zz":
                path.closeSubpath()
                cur = QPointF(start)
                last_ctrl = None
                continue
        n = _ARITY[cmd.upper()]
        args = [float(t) for t in tokens[i : i + n]]
        i += n
        rel = cmd.islower()
        ox, oy = (cur.x(), cur.y()) if rel else (0.0, 0.0)
        upper = cmd.upper()
        if upper == "M":
            cur = QPointF(ox + args[0], oy + args[1])
            start = QPointF(cur)
            path.moveTo(cur)
            cmd = "l" if rel else "L"  # further pairs are line-tos
            last_ctrl = None
        elif upper == "L":
            cur = QPointF(ox + args[0], oy + args[1])
            path.lineTo(cur)
            last_ctrl = None
        elif upper == "H":
            cur = QPointF(ox + args[0], cur.y())
            path.lineTo(cur)
            last_ctrl = None
        elif upper == "V":
            cur = QPointF(cur.x(), oy + args[0])
            path.lineTo(cur)
            last_ctrl = None
        elif upper == "C":
            c1 = QPointF(ox + args[0], oy + args[1])
            c2 = QPointF(ox + args[2], oy + args[3])
            cur = QPointF(ox + args[4], oy + args[5])
            path.cubicTo(c1, c2, cur)
            last_ctrl = c2
        else:  # S: the first control point mirrors the previous curve's second
            c1 = (
                QPointF(2 * cur.x() - last_ctrl.x(), 2 * cur.y() - last_ctrl.y())
                if last_ctrl
                else cur
            )
            c2 = QPointF(ox + args[0], oy + args[1])
            cur = QPointF(ox + args[2], oy + args[3])
            path.cubicTo(c1, c2, cur)
            last_ctrl = c2
    return path


@cache
def glyph_path(glyph: Glyph) -> QPainterPath:
    return parse_path(_PATHS[glyph])


def paint_glyph(painter: QPainter, glyph: Glyph, rect: QRectF, color: QColor) -> None:
    """Fill ``glyph`` scaled into ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / 24.0, rect.height() / 24.0)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(glyph_path(glyph))
    painter.restore()


def glyph_pixmap(glyph: Glyph, size: int, color: QColor, dpr: float = 1.0) -> QPixmap:
    pixmap = QPixmap(round(size * dpr), round(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_glyph(painter, glyph, QRectF(0, 0, size, size), color)
    painter.end()
    return pixmap


@cache
def _glyph_icon(glyph: Glyph, rgba: int) -> QIcon:
    color = QColor.fromRgba(rgba)
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        icon.addPixmap(glyph_pixmap(glyph, size, color))
        icon.addPixmap(glyph_pixmap(glyph, size, color, 2.0))
    return icon


def glyph_icon(glyph: Glyph, color: QColor) -> QIcon:
    """A ``QIcon`` of ``glyph`` in ``color`` at the usual sizes (cached)."""
    return _glyph_icon(glyph, color.rgba())
