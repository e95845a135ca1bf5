"""The console started as ``advocate-console --server URL`` is, watched from inside.

``python -m tests.e2e.sign_in_first_child --answer sign-in|cancel --password PW -- ARGS``
runs :func:`console.app.bootstrap.main` with ``ARGS``; an application event
filter (installed on the QApplication the bootstrap makes, nothing else
replaced) notes, at the moment the first sign-in dialog is shown, which heavy
modules are loaded, then types the password and clicks Sign in (or Cancel) on
the next turn of the event loop, long before the rest of the console has
loaded.  A later sign-in dialog (the runtime asking again) is noted with its
problem text and cancelled; the main window is noted and closed (the console's
own quit).  At exit, one line on stdout: ``@@ {...}`` with what was seen and
the exit code.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from console.app import bootstrap
from console.ui.sign_in import SignInDialog

HEAVY = ("asyncio", "qasync", "httpx", "pydantic", "sqlcipher3", "console.app.runtime")
LOADED = "console.ui.sign_in_prompt"  # the last module the bootstrap loads behind the dialog


class Watcher(QObject):
    def __init__(self, answer: str, password: str) -> None:
        super().__init__()
        self.answer = answer
        self.password = password
        self.seen: dict[str, Any] = {"dialogs": []}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Show:
            return False
        if isinstance(watched, SignInDialog):
            dialog = watched
            if not self.seen["dialogs"]:
                self.seen["heavy_loaded_when_shown"] = [m for m in HEAVY if m in sys.modules]
                self.seen["title"] = dialog.windowTitle()
                QTimer.singleShot(0, lambda: self._answer(dialog))
            else:
                QTimer.singleShot(0, dialog.reject)
            self.seen["dialogs"].append(dialog.problem.text())
        elif isinstance(watched, QMainWindow) and "main_window" not in self.seen:
            self.seen["main_window"] = True
            window = watched
            QTimer.singleShot(0, window.close)
        return False

    def _answer(self, dialog: SignInDialog) -> None:
        self.seen["loaded_when_answered"] = LOADED in sys.modules
        if self.answer == "cancel":
            dialog.reject()
            return
        dialog.password.setText(self.password)
        dialog.sign_in_button.click()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answer", choices=("sign-in", "cancel"), required=True)
    parser.add_argument("--password", default="")
    parser.add_argument("args", nargs=argparse.REMAINDER)
    ns = parser.parse_args()
    watcher = Watcher(ns.answer, ns.password)
    made = bootstrap.make_application

    def make_application() -> QApplication:
        app = made()
        app.installEventFilter(watcher)
        return app

    bootstrap.make_application = make_application  # the hook: nothing else is replaced
    code = bootstrap.main([a for a in ns.args if a != "--"])
    sys.stdout.write("@@ " + json.dumps({**watcher.seen, "code": code}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
