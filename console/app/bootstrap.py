"""The one place the console starts and stops.

Builds the QApplication, runs asyncio inside the Qt event loop (qasync), makes
the long-lived services through :class:`~console.app.runtime.Runtime`, and
closes them in reverse order on quit.  This is the only module of the
application layer that may import the screens (import-linter allows it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import qasync
from PySide6.QtCore import QSocketNotifier, QStandardPaths
from PySide6.QtWidgets import QApplication

from . import logs, options
from .context import Screens
from .i18n import Translations
from .runtime import Runtime, workstation_settings

log = logging.getLogger(__name__)


def make_loop(app: QApplication) -> asyncio.AbstractEventLoop:
    loop: asyncio.AbstractEventLoop = qasync.QEventLoop(app)
    # qasync does not install these; without them an async generator left early
    # (an SSE stream) is finalised with no loop (STACK.md).
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]  # BaseEventLoop's
        finalizer=loop._asyncgen_finalizer_hook,  # type: ignore[attr-defined]  # BaseEventLoop's
    )
    return loop


def install_quit_signals(app: QApplication, on_quit: Callable[[], None]) -> None:
    """SIGINT/SIGTERM quit cleanly (the same path as closing the window).

    Python runs signal handlers only between bytecodes, and an idle Qt loop runs
    none: the C-level handler writes to a socket that Qt watches, which wakes the
    loop so the Python handler runs at once.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    quitting = {int(signal.SIGINT), int(signal.SIGTERM)}

    def drain() -> None:
        # The wakeup fd carries the signal numbers: act on them here too, so a quit
        # never waits for the interpreter to get round to the Python-level handler.
        received = b""
        with contextlib.suppress(OSError):
            received = reader.recv(64)
        if quitting & set(received):
            on_quit()

    notifier.activated.connect(drain)
    app.setProperty("_quit_signal_sockets", (reader, writer, notifier))  # keep them alive
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda _n, _f: on_quit())


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    log.critical("Unhandled error", exc_info=(kind, error, tb))


def main(argv: list[str] | None = None) -> int:
    opts = options.parse(sys.argv[1:] if argv is None else argv)
    logs.configure()
    sys.excepthook = _excepthook
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Advocate Console")
    app.setOrganizationName("AdvocateConsole")
    app.setApplicationDisplayName("Advocate Console")
    app.setQuitOnLastWindowClosed(False)  # the runtime decides when to quit, after cleanup
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    translations = Translations(app, cache / "translations")
    settings = workstation_settings(opts)
    translations.apply(opts.language or settings.prefs.interface.language)
    app.setProperty("_translations", translations)  # kept alive with the application

    # The screens are imported here, after the QApplication exists, and injected.
    from console.ui.main_window import build_window  # noqa: PLC0415 (after QApplication)
    from console.ui.sign_in import ask_credentials  # noqa: PLC0415 (after QApplication)

    loop = make_loop(app)
    asyncio.set_event_loop(loop)
    runtime = Runtime(
        opts, Screens(main_window=build_window, sign_in=ask_credentials), settings=settings
    )
    install_quit_signals(app, runtime.quit)
    try:
        code = loop.run_until_complete(runtime.run())
        loop.run_until_complete(loop.shutdown_asyncgens())
    finally:
        asyncio.set_event_loop(None)
        loop.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
