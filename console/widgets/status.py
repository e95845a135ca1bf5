"""Status-bar pieces: the advocate's presence, the connection, the training bar.

Each state is told by words as well as colour (and the connection also by the
dot's shape), never by colour alone.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from console.protocol import Presence, SettablePresence
from console.widgets._theme import presence_color, shades
from console.widgets._util import plural, set_accessible, signals_blocked
from console.widgets.timers import Ticker, TickSubscription, shared_ticker

__all__ = [
    "ConnectionIndicator",
    "ConnectionState",
    "PresenceSelector",
    "TrainingBanner",
    "presence_name",
]


def presence_name(presence: Presence) -> str:
    names = {
        Presence.AVAILABLE: QCoreApplication.translate("Presence", "Available"),
        Presence.AWAY: QCoreApplication.translate("Presence", "Away"),
        Presence.BREAK: QCoreApplication.translate("Presence", "On break"),
        Presence.OFFLINE: QCoreApplication.translate("Presence", "Offline"),
        Presence.BUSY: QCoreApplication.translate("Presence", "Busy: at capacity"),
        Presence.WRAP_UP: QCoreApplication.translate("Presence", "Wrap-up"),
    }
    return names[presence]


def _dot_icon(color: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pixmap)


class PresenceSelector(QWidget):
    """Choose available / away / break / offline; shows busy and wrap-up as set by the server."""

    #: a settable presence value the advocate chose ("available", "away", ...)
    presence_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._presence = Presence.OFFLINE
        self._combo = QComboBox(self)
        for value in SettablePresence:
            presence = Presence(value.value)
            self._combo.addItem(
                _dot_icon(presence_color(presence)), presence_name(presence), value.value
            )
        self._combo.setPlaceholderText(self.tr("Set status"))
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        set_accessible(
            self._combo, self.tr("Your status"), self.tr("Whether new contacts are offered to you")
        )
        self._server = QLabel(self)
        self._server.setTextFormat(Qt.TextFormat.PlainText)
        set_accessible(self._server, self.tr("Status set by the hotline"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._server)
        layout.addWidget(self._combo)
        self._combo.activated.connect(self._on_activated)
        self.setFocusProxy(self._combo)
        set_accessible(self, self.tr("Your status"))
        self.set_presence(Presence.OFFLINE)

    def presence(self) -> Presence:
        return self._presence

    def combo(self) -> QComboBox:
        return self._combo

    def server_text(self) -> str:
        return self._server.text() if self._server.isVisibleTo(self) else ""

    def set_presence(self, presence: Presence) -> None:
        """Show the presence the server reports (no signal is sent)."""
        self._presence = presence
        with signals_blocked(self._combo):
            position = self._combo.findData(presence.value)
            self._combo.setCurrentIndex(position)  # -1 for busy / wrap-up: the placeholder shows
        server_set = position < 0
        if server_set:
            self._server.setText(f"● {presence_name(presence)}")
            palette = self._server.palette()
            palette.setColor(self._server.foregroundRole(), presence_color(presence))
            self._server.setPalette(palette)
        self._server.setVisible(server_set)

    def _on_activated(self, position: int) -> None:
        value = self._combo.itemData(position)
        if value is not None and value != self._presence.value:
            self.presence_requested.emit(value)


class ConnectionState(StrEnum):
    ONLINE = "online"
    CONNECTING = "connecting"
    RECONNECTING = "reconnecting"
    OFFLINE = "offline"


_STATE_COLORS = {
    ConnectionState.ONLINE: QColor("#2e7d32"),
    ConnectionState.CONNECTING: QColor("#8a5a00"),
    ConnectionState.RECONNECTING: QColor("#8a5a00"),
    ConnectionState.OFFLINE: QColor("#b42318"),
}


class _Dot(QWidget):
    """Full dot online, ring while (re)connecting, crossed ring offline."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = ConnectionState.OFFLINE
        self.setFixedSize(14, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = _STATE_COLORS[self.state]
        rect = QRectF(2, 2, 10, 10)
        if self.state == ConnectionState.ONLINE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(rect)
        else:
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect)
            if self.state == ConnectionState.OFFLINE:
                painter.drawLine(QPointF(4, 10), QPointF(10, 4))
        painter.end()


class ConnectionIndicator(QWidget):
    """ "Online", "Reconnecting in 5 s", "Offline": a dot and words."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ticker: Ticker | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._ticker = ticker if ticker is not None else shared_ticker()
        self._monotonic = monotonic
        self._retry_at: float | None = None
        self._subscription = TickSubscription(self._ticker, self, self._refresh)
        self._state = ConnectionState.OFFLINE
        self._dot = _Dot(self)
        self._text = QLabel(self)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._dot)
        layout.addWidget(self._text)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.set_offline()

    def state(self) -> ConnectionState:
        return self._state

    def text(self) -> str:
        return self._text.text()

    def set_online(self) -> None:
        self._set(ConnectionState.ONLINE, None, "")

    def set_connecting(self) -> None:
        self._set(ConnectionState.CONNECTING, None, "")

    def set_reconnecting(self, retry_in_s: float | None = None, reason: str = "") -> None:
        """Connection lost; the next try is in ``retry_in_s`` seconds (None: trying now)."""
        retry_at = None if retry_in_s is None else self._monotonic() + max(0.0, retry_in_s)
        self._set(ConnectionState.RECONNECTING, retry_at, reason)

    def set_offline(self, reason: str = "") -> None:
        self._set(ConnectionState.OFFLINE, None, reason)

    def _set(self, state: ConnectionState, retry_at: float | None, reason: str) -> None:
        self._state = state
        self._retry_at = retry_at
        self._dot.state = state
        self._dot.update()
        self.setToolTip(reason)
        self._subscription.set_active(retry_at is not None)
        self._refresh()

    def _refresh(self) -> None:
        state = self._state
        if state == ConnectionState.ONLINE:
            text = self.tr("Online")
        elif state == ConnectionState.CONNECTING:
            text = self.tr("Connecting…")
        elif state == ConnectionState.OFFLINE:
            text = self.tr("Offline: your work is kept on this computer")
        elif self._retry_at is None:
            text = self.tr("Reconnecting…")
        else:
            left = math.ceil(max(0.0, self._retry_at - self._monotonic()))
            text = self.tr("Reconnecting in %n s", "", left) if left else self.tr("Reconnecting…")
            text = plural(text, left)
        if text != self._text.text():
            self._text.setText(text)
        palette = self._text.palette()
        palette.setColor(self._text.foregroundRole(), _STATE_COLORS[state])
        self._text.setPalette(palette)
        set_accessible(self, self.tr("Connection: {state}").format(state=text), self.toolTip())


class TrainingBanner(QFrame):
    """An always-visible bar: this console is in training mode."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        colors = shades(self)
        self.setStyleSheet(
            f"QFrame#trainingBanner {{ background: {colors.banner_bg.name()};"
            " border-bottom: 2px solid #b88a00; }"
            f"QFrame#trainingBanner QLabel {{ color: {colors.banner_text.name()}; }}"
        )
        self._label = QLabel(self.tr("TRAINING — practice contacts, not real people"), self)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self._label.font()
        font.setWeight(QFont.Weight.Bold)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self._label.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 5, 12, 5)
        layout.addWidget(self._label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        set_accessible(self, self._label.text())

    def text(self) -> str:
        return self._label.text()

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(200, self._label.fontMetrics().height() + 14))
