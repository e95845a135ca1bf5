"""Logging set-up: named loggers, Qt's own messages routed into ``logging``.

Nothing here may write a message body, note, name or phone number: modules log
ids and counts only.  Under that rule, :func:`configure` sets the redacting
filter of :mod:`console.redaction` on the root handlers, so that phone numbers,
e-mail addresses, tokens and the strings registered in
:data:`console.redaction.SENSITIVE` (the signed-in user's display name) never
reach a log line, whoever logs them.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from console.redaction import RedactingFilter, SensitiveStrings, install

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


FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(
    level: int = logging.INFO,
    *,
    handler: logging.Handler | None = None,
    sensitive: SensitiveStrings | None = None,
    route_qt: bool = True,
) -> RedactingFilter:
    """Log to stderr (or to ``handler``), through the redacting filter on every root handler.

    ``route_qt=False`` leaves Qt's message handler alone (tests under pytest-qt).
    """
    if handler is None:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # At DEBUG qasync logs every executor call with its arguments: the password
    # given to unlock the cache, the stored profile with the user's name.
    logging.getLogger("qasync").setLevel(logging.INFO)
    if route_qt:
        qInstallMessageHandler(_qt_message)
    return install(root, sensitive)
