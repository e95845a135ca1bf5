"""Locking the main window: what is hidden, what stays, and how it comes back.

:class:`WindowLock` owns the idle watch and the lock action (Ctrl+L).  Locked,
the window shows only the lock screen: the content page of the central stack
is hidden (so neither ``grab()`` nor a screen reader can reach a session), the
menu and status bars and the window's own dialogs are hidden too, every
window action is disabled and the title is generic.  The shift keeps
applying events underneath.  Unlocking restores all of it.  A sign-out by the
server locks for good, with its message on the lock screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QToolTip, QWidget

from console.app.idle import IdleWatch

from .lock_screen import LockScreen, signed_out_text

__all__ = ["LOCK_KEY", "WindowLock"]

log = logging.getLogger(__name__)

LOCK_KEY = "Ctrl+L"


class WindowLock(QObject):
    """The lock of one main window (see the module's docstring)."""

    #: True when the lock screen went up, False when it came down
    changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        screens: QStackedWidget,
        content: QWidget,
        screen: LockScreen,
        *,
        lock_after_s: float | None,
        language: str | None,
        title: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._screens = screens
        self._content = content
        self._screen = screen
        self._language = language
        self._title = title
        self._locked = False
        self._signed_out = False
        self._hidden: list[QWidget] = []
        self._closed = False
        screen.unlocked.connect(self.unlock)

        self.action = QAction(QCoreApplication.translate("WindowLock", "&Lock the console"), window)
        self.action.setShortcut(QKeySequence(LOCK_KEY))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)

        self.idle = IdleWatch(lock_after_s, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def signed_out(self) -> bool:
        return self._signed_out

    def lock(self) -> None:
        if self._locked or self._closed:
            return
        self._locked = True
        window = self._window
        self.idle.stop()
        QToolTip.hideText()
        self._hide_own_windows()
        self._screen.reset()
        self._screens.setCurrentWidget(self._screen)  # hides the whole content page
        window.menuBar().hide()
        window.statusBar().hide()
        for action in window.actions():
            action.setEnabled(False)
        window.setWindowTitle(QCoreApplication.translate("WindowLock", "Advocate Console — locked"))
        self._screen.setFocus()
        log.info("Console locked")
        self.changed.emit(True)

    def unlock(self) -> None:
        if not self._locked or self._signed_out:
            return
        self._locked = False
        window = self._window
        self._screen.reset()
        for action in window.actions():
            action.setEnabled(True)
        self._screens.setCurrentWidget(self._content)
        window.menuBar().show()
        window.statusBar().show()
        window.setWindowTitle(self._title())
        for widget in self._hidden:
            widget.show()
        self._hidden.clear()
        self.idle.start()
        log.info("Console unlocked")
        self.changed.emit(False)

    def signed_out_by_server(self, reason: str) -> None:
        if self._signed_out:
            return
        log.warning("Signed out by the server (%s): the console says so", reason)
        self.lock()
        self._signed_out = True
        title, message = signed_out_text(reason, self._language)
        self._screen.show_signed_out(title, message)
        title_text = QCoreApplication.translate("WindowLock", "Advocate Console — signed out")
        self._window.setWindowTitle(title_text)

    def close(self) -> None:
        """The window closes: stop watching the application (twice is fine)."""
        self.idle.close()
        self._closed = True

    def _hide_own_windows(self) -> None:
        """Dialogs and pop-ups of this window go with the sessions they belong to."""
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible():
                continue
            owner = widget.parentWidget()
            while owner is not None and owner is not self._window:
                owner = owner.parentWidget()
            if owner is self._window:
                widget.hide()
                self._hidden.append(widget)
