"""The one place the console starts and stops.

Builds the QApplication, runs asyncio inside the Qt event loop (qasync), makes
the long-lived services through :class:`~console.app.runtime.Runtime`, and
closes them in reverse order on quit.  This is the only module of the
application layer that may import the screens (import-linter allows it).

With a server (``--server URL``) the first window is the sign-in dialog, and it
comes first: once Qt, the options and the log set-up are imported, the dialog
is shown in the language saved on this workstation
(:mod:`console.app.saved_language`; its catalogue is loaded first unless it is
English, the language of the code's strings), and the rest of the console loads
behind it (:mod:`console.app.preload`) while the advocate types.  Then the full
settings decide the language, and the runtime's first sign-in question is
answered by that same dialog, whenever the advocate answers it; cancelling it
quits.  So this module imports nothing heavy at its top: asyncio, qasync, the
translations, the runtime and the screens are imported where they are needed.
Training mode has no sign-in dialog: it loads everything, then starts.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, QStandardPaths
from PySide6.QtWidgets import QApplication

from console.ui.sign_in import SignInDialog

from . import logs, options
from .preload import load_while_shown
from .saved_language import DEFAULT_LANGUAGE, preferences_folder, saved_language

if TYPE_CHECKING:
    import asyncio

    from .i18n import Translations
    from .runtime import Runtime

log = logging.getLogger(__name__)

#: the screens, imported on the GUI thread behind the sign-in dialog, one at a time
#: with the event loop running in between (the order only spreads the work: the last
#: brings whatever is left)
SCREEN_MODULES = (
    "console.widgets",
    "console.ui.panels",
    "console.ui.session_tab",
    "console.ui.main_window",
    "console.ui.sign_in_prompt",
)
#: the language of the strings in the code: the sign-in dialog needs no catalogue for it
#: (the English one carries plural forms only), so it is installed behind the dialog
SOURCE_LANGUAGE = "en"


def make_loop(app: QApplication) -> asyncio.AbstractEventLoop:
    import qasync  # noqa: PLC0415 (behind the first window: see the module docstring)

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
    import signal  # noqa: PLC0415 (behind the first window: see the module docstring)
    import socket  # noqa: PLC0415 (as above)

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


def make_application() -> QApplication:
    """The QApplication with the console's names (they place its settings and cache)."""
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
    return app


def main(argv: list[str] | None = None) -> int:
    opts = options.parse(sys.argv[1:] if argv is None else argv)
    logs.configure()
    sys.excepthook = _excepthook
    return start(make_application(), opts)


def start(app: QApplication, opts: options.Options) -> int:
    """Everything after the QApplication, up to the exit code.

    With a server: the sign-in dialog first, the rest loaded behind it; 1 when
    the advocate cancels signing in.
    """
    first: SignInDialog | None = None
    shown_in: str | None = None  # the language the sign-in dialog was shown in
    if opts.server is not None:
        saved = saved_language(preferences_folder(opts.data_dir))
        shown_in = opts.language or saved or DEFAULT_LANGUAGE
        if shown_in != SOURCE_LANGUAGE:
            translations(app).apply(shown_in)
        first = SignInDialog(opts.server, opts.user, None)
        first.open()
        log.info("Sign-in shown")
        if not load_while_shown(first, SCREEN_MODULES, stop=first.rejected):
            first.deleteLater()
            return 1

    # Loaded by now when a server is given (behind the dialog); training loads them here.
    from console.ui.main_window import build_window  # noqa: PLC0415 (behind the first window)
    from console.ui.sign_in_prompt import SignInPrompts  # noqa: PLC0415 (as above)

    from .context import Screens  # noqa: PLC0415 (as above)
    from .runtime import Runtime, workstation_settings  # noqa: PLC0415 (as above)

    settings = workstation_settings(opts)  # the authority on the language from now on
    language = opts.language or settings.prefs.interface.language
    if language != shown_in or language == SOURCE_LANGUAGE:
        translations(app).apply(language)
    screens = Screens(main_window=build_window, sign_in=SignInPrompts(first))
    return _run(app, Runtime(opts, screens, settings=settings, settle_memory=True))


def translations(app: QApplication) -> Translations:
    """The application's translators, made on first use and kept alive with it."""
    from .i18n import Translations  # noqa: PLC0415 (not before the first window in English)

    made = app.property("_translations")
    if isinstance(made, Translations):
        return made
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    made = Translations(app, cache / "translations")
    app.setProperty("_translations", made)
    return made


def _run(app: QApplication, runtime: Runtime) -> int:
    import asyncio  # noqa: PLC0415 (behind the first window: see the module docstring)

    loop = make_loop(app)
    asyncio.set_event_loop(loop)
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
