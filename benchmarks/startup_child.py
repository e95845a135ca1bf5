"""The start-up bench's baseline, a bare PySide6 window: ``python -m benchmarks.startup_child``.

A QApplication and an empty 1280x800 ``QMainWindow``, shown; once the event
loop has run what was queued (two zero-timers), prints ``@@ {"usable": t}``
(the system-wide monotonic clock) and exits: the same end point as
``benchmarks.console_proc --exit-when-usable``.
"""

from __future__ import annotations

import json
import os
import sys
import time


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer  # noqa: PLC0415 (counted in the start-up)
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415 (as above)

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    turns = [0]

    def turn() -> None:
        turns[0] += 1
        if turns[0] < 2:
            QTimer.singleShot(0, turn)
            return
        sys.stdout.write("@@ " + json.dumps({"usable": time.monotonic()}) + "\n")
        sys.stdout.flush()
        app.quit()

    QTimer.singleShot(0, turn)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
