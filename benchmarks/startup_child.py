"""The start-up bench's two children: ``python -m benchmarks.startup_child [--server URL ...]``.

Each prints one line ``@@ {"usable": t, ...}`` (the system-wide monotonic
clock) and exits.  "Usable" is the same end point for both: the window is shown
and the event loop has run what was queued (two zero-timers).

* With no arguments, the baseline: a QApplication and an empty 1280x800
  ``QMainWindow``, shown.
* With ``--server URL --user NAME --password PASSWORD --data-dir DIR``, the
  console as ``advocate-console --server URL`` starts: the product's own
  :func:`console.app.bootstrap.make_application` and
  :func:`console.app.bootstrap.start` (what ``bootstrap.main`` runs after the
  log set-up).  Its first window is the sign-in dialog, shown while the rest of
  the console still loads: ``usable`` is when that dialog is shown and settled.
  The bench then answers it at once as an advocate would (the password typed
  into the real dialog, its Sign in button clicked), and the line also carries
  ``main``: when the main window is shown and settled after that sign-in.  The
  console then quits through its own path (the main window closed).

  An application-wide event filter sees both windows' Show events; nothing in
  the console is replaced or injected.

Both children import the same things before their own start (this module only),
so the bench compares the starts, not the harness.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

if TYPE_CHECKING:
    from console.ui.sign_in import SignInDialog

ANSWER = "@@ "


def answer(payload: dict[str, Any]) -> None:
    sys.stdout.write(ANSWER + json.dumps(payload) + "\n")
    sys.stdout.flush()


def settled(then: Callable[[], None]) -> None:
    """``then()`` once the event loop has run what was queued (twice round)."""
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, then))


def bare() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()

    def usable() -> None:
        answer({"usable": time.monotonic()})
        app.quit()

    settled(usable)
    return app.exec()


def console(argv: list[str]) -> int:
    """The console's own start against ``--server``; the sign-in answered at once."""
    import argparse  # noqa: PLC0415 (the baseline does not need it)

    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup_child")
    parser.add_argument("--server", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--data-dir", required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    import logging  # noqa: PLC0415 (counted in the console's start, as in bootstrap.main)

    from console.app import bootstrap, logs, options  # noqa: PLC0415 (as above)

    opts = options.parse(
        ["--server", args.server, "--user", args.user, "--data-dir", args.data_dir]
    )
    logs.configure(logging.WARNING)
    app = bootstrap.make_application()
    watcher = StartWatcher(args.password)
    app.installEventFilter(watcher)
    code = bootstrap.start(app, opts)
    if code != 0 or watcher.refused is not None:
        sys.stderr.write(f"the console exited with {code}; sign-in refused: {watcher.refused}\n")
        return code or 1
    if set(watcher.marks) != {"usable", "main"}:
        sys.stderr.write(f"the console exited before both windows were shown: {watcher.marks}\n")
        return 1
    answer(watcher.marks)
    return 0


class StartWatcher(QObject):
    """An application event filter: answers the sign-in dialog, closes the main window."""

    def __init__(self, password: str) -> None:
        super().__init__()
        from console.ui.sign_in import SignInDialog  # noqa: PLC0415 (the bootstrap's import)

        self._dialog_type = SignInDialog
        self._password = password
        self.marks: dict[str, float] = {}
        self.refused: str | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Show:
            return False
        if isinstance(watched, self._dialog_type):
            dialog = watched
            if "usable" in self.marks:  # asked again: the sign-in was refused
                self.refused = dialog.problem.text() or "asked again"
                settled(dialog.reject)
            else:
                settled(lambda: self._sign_in(dialog))
        elif isinstance(watched, QMainWindow) and "main" not in self.marks:
            window = watched
            settled(lambda: self._main_shown(window))
        return False

    def _sign_in(self, dialog: SignInDialog) -> None:
        self.marks["usable"] = time.monotonic()
        dialog.password.setText(self._password)
        dialog.sign_in_button.click()

    def _main_shown(self, window: QMainWindow) -> None:
        self.marks["main"] = time.monotonic()
        window.close()  # the console's own quit: the runtime stops and the start returns


def main() -> int:
    return console(sys.argv[1:]) if len(sys.argv) > 1 else bare()


if __name__ == "__main__":
    sys.exit(main())
