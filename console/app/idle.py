"""Idle time: how long since the advocate last touched the keyboard or mouse.

An application-wide event filter notes the time of every keyboard, mouse,
wheel, touch or tablet input delivered to the console (any of its windows);
one single-shot timer fires :attr:`IdleWatch.idle` once ``timeout_s`` have gone
by with none.  The filter only stores a timestamp, so it costs nothing per
event; the timer re-arms itself for the time left when input came meanwhile.

The hotline sets the time (default five minutes); it is clamped to at most
fifteen minutes (``MAX_IDLE_S``) whatever is asked.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

__all__ = ["DEFAULT_IDLE_S", "INPUT_EVENTS", "MAX_IDLE_S", "IdleWatch", "clamp_idle"]

log = logging.getLogger(__name__)

DEFAULT_IDLE_S = 5 * 60.0
MAX_IDLE_S = 15 * 60.0
MIN_IDLE_S = 0.05  # tests use a fraction of a second; nothing shorter makes sense

#: What counts as the advocate being there.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
        QEvent.Type.Shortcut,
    }
)


def clamp_idle(seconds: float | None) -> float:
    """The idle time to use: the default for None, never over ``MAX_IDLE_S``."""
    if seconds is None or math.isnan(seconds):
        return DEFAULT_IDLE_S
    return min(MAX_IDLE_S, max(MIN_IDLE_S, float(seconds)))


class IdleWatch(QObject):
    """Emits :attr:`idle` after ``timeout_s`` with no input to the application."""

    idle = Signal()

    def __init__(
        self,
        timeout_s: float | None = None,
        parent: QObject | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._timeout = clamp_idle(timeout_s)
        self._monotonic = monotonic
        self._last_input = monotonic()
        self._running = False
        self._filtering = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    def __repr__(self) -> str:
        return f"IdleWatch(timeout_s={self._timeout}, running={self._running})"

    @property
    def timeout_s(self) -> float:
        return self._timeout

    def set_timeout(self, seconds: float | None) -> None:
        """A new idle time (the hotline's setting), clamped; re-arms a running watch."""
        self._timeout = clamp_idle(seconds)
        if self._running:
            self._arm(self._timeout - self.idle_for())

    def is_running(self) -> bool:
        return self._running

    def idle_for(self) -> float:
        """Seconds since the last input."""
        return max(0.0, self._monotonic() - self._last_input)

    def start(self) -> None:
        """Count from now (input or not); fires once, then waits for :meth:`start` again."""
        app = QCoreApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._last_input = self._monotonic()
        self._running = True
        self._arm(self._timeout)

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def close(self) -> None:
        """Stop and leave the application's events alone (when the window closes)."""
        self.stop()
        app = QCoreApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def touch(self) -> None:
        """Count as input now (also what the event filter does)."""
        self._last_input = self._monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._monotonic()
        return False

    def _arm(self, seconds: float) -> None:
        self._timer.start(max(1, int(seconds * 1000 + 0.5)))

    def _check(self) -> None:
        if not self._running:
            return
        left = self._timeout - self.idle_for()
        if left > 0.001:
            self._arm(left)  # input came meanwhile: wait for the rest
            return
        self._running = False
        log.info("Idle for %.0f s", self._timeout)
        self.idle.emit()
