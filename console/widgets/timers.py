"""Elapsed-time labels driven by one shared 1-second ticker.

Every ``ElapsedLabel`` of the console (talk time, hold time, interpreter time,
time in queue) listens to the same ``Ticker``: one ``QTimer`` for all of them,
running only while at least one label is counting.  Times come from the server
as UTC datetimes; the label shows ``m:ss`` under an hour, ``h:mm:ss`` after.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

__all__ = ["ElapsedLabel", "TickSubscription", "Ticker", "format_elapsed", "shared_ticker"]


def format_elapsed(seconds: float) -> str:
    """``m:ss`` below an hour, ``h:mm:ss`` from an hour on; negative counts as zero."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


class Ticker(QObject):
    """One timer that ticks every second while anybody listens."""

    tick = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)
        self._users = 0

    def acquire(self) -> None:
        """One more listener: the timer runs while the count is above zero."""
        self._users += 1
        if self._users == 1:
            self._timer.start()

    def release(self) -> None:
        self._users = max(0, self._users - 1)
        if self._users == 0:
            self._timer.stop()

    def users(self) -> int:
        return self._users

    def is_running(self) -> bool:
        return self._timer.isActive()


class TickSubscription:
    """Calls ``slot`` on every tick while active; releases the ticker when ``owner`` dies."""

    def __init__(self, ticker: Ticker, owner: QObject, slot: Callable[[], None]) -> None:
        self._ticker = ticker
        self._slot = slot
        self._active = [False]  # shared with the ``destroyed`` handler, which must not touch owner
        active = self._active
        owner.destroyed.connect(lambda: _release_if(ticker, active))

    def is_active(self) -> bool:
        return self._active[0]

    def set_active(self, on: bool) -> None:
        if on == self._active[0]:
            return
        if on:
            self._ticker.tick.connect(self._slot)
            self._ticker.acquire()
        else:
            self._ticker.tick.disconnect(self._slot)
            self._ticker.release()
        self._active[0] = on


def _release_if(ticker: Ticker, active: list[bool]) -> None:
    if active[0] and shiboken6.isValid(ticker):
        ticker.release()
    active[0] = False


def shared_ticker() -> Ticker:
    """The application's ticker, made on first use and owned by the QApplication."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("shared_ticker() needs a QApplication")
    ticker = app.findChild(Ticker, "console.widgets.shared_ticker")
    if ticker is None:
        ticker = Ticker(app)
        ticker.setObjectName("console.widgets.shared_ticker")
    return ticker


Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class ElapsedLabel(QLabel):
    """Time since ``start`` (plus ``base_seconds``), refreshed by the shared ticker.

    ``set_start(None)`` shows a dash; ``set_frozen(seconds)`` shows a fixed
    duration (a hold timer between holds, a finished call).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ticker: Ticker | None = None,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self._ticker = ticker if ticker is not None else shared_ticker()
        self._clock = clock
        self._start: datetime | None = None
        self._base = 0.0
        self._running = False
        self._blank = True  # nothing to show yet: a dash
        self._subscription = TickSubscription(self._ticker, self, self._refresh)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setFeature(QFont.Tag("tnum"), 1)  # tabular digits: the label does not jitter
        self.setFont(font)
        self._refresh()

    def set_start(
        self,
        start: datetime | None,
        *,
        base_seconds: float = 0.0,
        running: bool = True,
    ) -> None:
        self._start = start
        self._base = base_seconds
        self._running = running and start is not None
        self._blank = start is None and not base_seconds
        self._subscribe(self._running)
        self._refresh()

    def set_frozen(self, seconds: float) -> None:
        """Show a fixed duration, not counting."""
        self._start = None
        self._base = seconds
        self._running = False
        self._blank = False
        self._subscribe(False)
        self._refresh()

    def stop(self) -> None:
        """Freeze on the current value."""
        self.set_frozen(self.seconds())

    def seconds(self) -> float:
        if self._start is None or not self._running:
            return self._base
        return self._base + (self._clock() - self._start).total_seconds()

    def is_running(self) -> bool:
        return self._running

    def _subscribe(self, on: bool) -> None:
        self._subscription.set_active(on)

    def _refresh(self) -> None:
        text = "–" if self._blank else format_elapsed(self.seconds())
        if text != self.text():
            self.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        self._refresh()
        super().showEvent(event)
