"""Logging set-up: named loggers, Qt's own messages routed into ``logging``.

Nothing here may write a message body, note, name or phone number: modules log
ids and counts only.  A redacting filter for the whole tree comes with the
security work; this module is where it plugs in.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_QT_NOISE = ("This plugin does not support propagateSizeHints",)

qt_log = logging.getLogger("qt")


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(noise in message for noise in _QT_NOISE):
        return
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def configure(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    qInstallMessageHandler(_qt_message)
