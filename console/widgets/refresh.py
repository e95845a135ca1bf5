"""Re-read when the advocate can see it: a panel in a background tab waits.

Twenty tabs each re-reading their case from the cache on every pulled batch
cost the event loop for nothing: only the tab in front is looked at.  A
:class:`RefreshWhenShown` runs its widget's refresh at once while the widget is
visible, and otherwise marks it stale and runs it once, when the widget is
next shown (a tab brought forward, a sidebar page picked, the screen unlocked).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self.stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        """Something the widget shows changed: refresh now, or when next shown."""
        if self._widget.isVisible():
            self.stale = False
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._refresh()
        return False
