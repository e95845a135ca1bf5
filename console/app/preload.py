"""Loading the rest of the console while its first window takes input.

With a server, the sign-in dialog is the console's first window: the bootstrap
shows it once Qt and a few small modules are imported, and the rest (about
three quarters of a second of imports: asyncio, qasync, httpx, pydantic, the
encrypted store, the sync engine, the screens) loads here meanwhile, with Qt's
event loop running so the dialog answers every key:

1. on a worker thread, the modules of :func:`background_modules`: the
   application layer (but the lead's board, which the screens load for a lead
   only) and everything below it.  The layer contracts keep these from
   importing a screen, and at import they define classes and signals and make
   value types only (``QModelIndex``): no QObject, nothing that must live on
   the GUI thread (``tests/app/test_preload.py`` checks every module loaded);
2. then on the GUI thread, the screens (widgets may make Qt objects at
   import), one module at a time with the event loop running in between, so
   the dialog never stops for longer than one of them takes.

The worker starts once the dialog has painted its first frame, so that frame
never waits for the interpreter.  It only imports: it never touches a widget,
and it reports back through a queued signal.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QEventLoop, QObject, QThread, QTimer, Signal, SignalInstance

__all__ = ["BackgroundImports", "Preload", "background_modules", "load_while_shown"]

log = logging.getLogger(__name__)

#: imported whole, every module of them (the application layer and the domain below it)
BACKGROUND_PACKAGES = ("console.domain", "console.app")
#: what the runtime needs that no package walk finds
EXTRA_MODULES = ("qasync",)
#: this module and its caller, and the lead's board (the screens import it when a lead
#: signs in, never for an advocate)
NOT_PRELOADED = ("console.app.bootstrap", "console.app.preload", "console.app.board")
#: the worker starts at the first window's first paint, or after this long at the latest
START_LATEST_MS = 100
#: between two screen modules: a timer, not a zero-timer, so that timers and input due
#: meanwhile run first (back-to-back zero-timers held a 10 ms timer off for 125 ms)
STEP_MS = 1


def background_modules() -> list[str]:
    """The runtime first (its closure is the bulk), then every other module of the packages."""
    import pkgutil  # noqa: PLC0415 (on the worker thread: not before the first window)

    names = ["console.app.runtime", *EXTRA_MODULES]
    for package in BACKGROUND_PACKAGES:
        path = importlib.import_module(package).__path__  # the package's __init__ only
        names += [f"{package}.{info.name}" for info in pkgutil.iter_modules(path)]
    return [name for name in dict.fromkeys(names) if not name.startswith(NOT_PRELOADED)]


class BackgroundImports(QThread):
    """Imports module names on its own thread; the first failure is kept in :attr:`error`.

    With no names given, :func:`background_modules` (listed on the thread too).
    """

    def __init__(self, modules: Sequence[str] | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preload")
        self.modules = None if modules is None else tuple(modules)
        self.error: BaseException | None = None

    def run(self) -> None:
        began = time.monotonic()
        try:
            names = background_modules() if self.modules is None else self.modules
            for name in names:
                importlib.import_module(name)
        except BaseException as error:  # noqa: BLE001 (re-raised on the GUI thread by Preload)
            self.error = error
            return
        log.debug("Preloaded %d modules in %.0f ms", len(names), _ms(began))


class Preload(QObject):
    """``background`` on a worker thread, then ``foreground`` here; :attr:`done` when both are.

    After :attr:`done`, :attr:`error` holds the exception an import raised (the
    rest was not imported).  :meth:`close` ends it early: nothing more starts.
    """

    done = Signal()

    def __init__(
        self,
        background: Sequence[str] | None,
        foreground: Sequence[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = BackgroundImports(background, self)
        self._worker.finished.connect(self._background_done)  # queued: emitted by the worker
        self._foreground = list(foreground)
        self._starter = _single_shot(self, self.start)
        self._stepper = _single_shot(self, self._step)
        self._started = False
        self._closed = False
        self.error: BaseException | None = None
        self.finished = False

    def __repr__(self) -> str:
        return (
            f"Preload(started={self._started}, finished={self.finished}, "
            f"foreground_left={len(self._foreground)})"
        )

    def start(self) -> None:
        if not (self._started or self._closed):
            self._started = True
            self._worker.start()

    def start_after_paint(self, window: QObject) -> None:
        """Start once ``window`` has painted for the first time (at the latest after
        :data:`START_LATEST_MS`): its first frame is drawn before the worker competes
        for the interpreter."""
        window.installEventFilter(self)
        self._starter.start(START_LATEST_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._starter.start(0)  # once this paint is done
        return False

    def close(self) -> None:
        """Nothing more starts; waits for the worker's current import to end."""
        self._closed = True
        self._starter.stop()
        self._stepper.stop()
        if self._started:
            self._worker.wait()

    def _background_done(self) -> None:
        if self._closed:
            return
        if self._worker.error is not None:
            self._finish(self._worker.error)
            return
        self._stepper.start(STEP_MS)

    def _step(self) -> None:
        if self._closed:
            return
        if not self._foreground:
            self._finish(None)
            return
        try:
            importlib.import_module(self._foreground.pop(0))
        except Exception as error:  # noqa: BLE001 (re-raised by load_while_shown)
            self._finish(error)
            return
        self._stepper.start(STEP_MS)

    def _finish(self, error: BaseException | None) -> None:
        self.error = error
        self.finished = True
        self.done.emit()


def _single_shot(parent: QObject, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


def load_while_shown(
    window: QObject,
    foreground: Sequence[str],
    *,
    stop: SignalInstance,
    background: Sequence[str] | None = None,
) -> bool:
    """Import ``background`` (by default :func:`background_modules`), then ``foreground``,
    with Qt's event loop running, from ``window``'s first paint on.

    True once all is imported; False as soon as ``stop`` is emitted (the
    advocate cancelled the first window), after the worker's current import
    ended.  An import error is raised here, on the GUI thread.
    """
    began = time.monotonic()
    loop = QEventLoop()
    preload = Preload(background, foreground)
    preload.done.connect(loop.quit)
    stop.connect(loop.quit)
    try:
        preload.start_after_paint(window)
        loop.exec()
    finally:
        stop.disconnect(loop.quit)
        window.removeEventFilter(preload)
        preload.close()
    if not preload.finished:
        return False
    if preload.error is not None:
        raise preload.error
    log.debug("Console loaded behind the first window in %.0f ms", _ms(began))
    return True


def _ms(since: float) -> float:
    return (time.monotonic() - since) * 1000
