"""Urgency and presence marks for table cells: a tint and a shape, never colour alone.

A cell that says "3:12" in a waiting queue gets, as the wait passes the
hotline's thresholds, a ring (attention), a triangle (long) or a diamond (very
long) beside its words, and a light tint behind them; a capacity cell at its
limit gets a small bar.  Presence gets the same coloured dot as the status bar.
The shapes differ, so the marks read without colour too (WCAG 1.4.1).
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from console.protocol import Presence
from console.widgets._theme import presence_color

__all__ = ["Urgency", "presence_dot", "urgency_icon", "urgency_tint"]


class Urgency(StrEnum):
    CALM = "calm"
    ATTENTION = "attention"
    WARNING = "warning"
    DANGER = "danger"
    FULL = "full"


_MARK = {
    Urgency.ATTENTION: QColor("#8a6d00"),
    Urgency.WARNING: QColor("#b45309"),
    Urgency.DANGER: QColor("#b42318"),
    Urgency.FULL: QColor("#5a6b82"),
}

_TINT = {
    Urgency.ATTENTION: QColor(246, 195, 67, 55),
    Urgency.WARNING: QColor(245, 130, 32, 70),
    Urgency.DANGER: QColor(220, 38, 38, 70),
    Urgency.FULL: QColor(90, 107, 130, 40),
}

_SIZE = 12


def urgency_tint(urgency: Urgency) -> QColor | None:
    """A light background for the cell (None when calm)."""
    tint = _TINT.get(urgency)
    return QColor(tint) if tint is not None else None


@cache
def urgency_icon(urgency: Urgency) -> QIcon:
    """The cell's shape: nothing when calm, then ring, triangle, diamond; a bar when full."""
    pixmap = QPixmap(_SIZE * 2, _SIZE * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    color = _MARK.get(urgency)
    if color is not None:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(1.5, 1.5, _SIZE - 3, _SIZE - 3)
        if urgency is Urgency.ATTENTION:
            painter.setPen(QPen(color, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            if urgency is Urgency.WARNING:
                painter.drawPolygon(
                    QPolygonF(
                        [box.bottomLeft(), QPointF(box.center().x(), box.top()), box.bottomRight()]
                    )
                )
            elif urgency is Urgency.DANGER:
                c = box.center()
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(c.x(), box.top()),
                            QPointF(box.right(), c.y()),
                            QPointF(c.x(), box.bottom()),
                            QPointF(box.left(), c.y()),
                        ]
                    )
                )
            else:  # full: a bar, like a filled gauge
                middle = box.center().y()
                painter.drawRoundedRect(QRectF(box.left(), middle - 2, box.width(), 4), 1, 1)
        painter.end()
    return QIcon(pixmap)


@cache
def presence_dot(presence: Presence) -> QIcon:
    """The presence's coloured dot (the status bar's colours)."""
    pixmap = QPixmap(_SIZE * 2, _SIZE * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(presence_color(presence))
    painter.drawEllipse(QRectF(2, 2, _SIZE - 4, _SIZE - 4))
    painter.end()
    return QIcon(pixmap)
