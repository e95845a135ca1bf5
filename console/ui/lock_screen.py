"""The lock screen: covers the main window until the advocate's password is given.

Unlocking checks the password offline (``console.app.unlock.PasswordCheck``,
on a worker thread).  A wrong password says so and clears the field; after a
few wrong ones each further try waits a little longer (``delay_for``), up to
half a minute.  "Sign out" asks the window for its usual shift-end sign-out.

The same screen says when the server ended the sign-in
(:meth:`LockScreen.show_signed_out`): the password form gives way to the
message and a button that closes the console.

Texts of the server's sign-out come from ``resources/lock/texts.json``.
"""

from __future__ import annotations

import importlib.resources
import json
import logging
from collections.abc import Awaitable, Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.app.tasks import TaskOwner

__all__ = ["LockScreen", "delay_for", "signed_out_text"]

log = logging.getLogger(__name__)

FREE_TRIES = 3  # wrong passwords before any wait
MAX_DELAY_S = 30.0
UNLOCK_TASK = "unlock"

PasswordCheck = Callable[[str], Awaitable[bool]]


def delay_for(failures: int, base_s: float = 1.0) -> float:
    """Seconds to wait before the next try after ``failures`` wrong passwords in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return float(min(MAX_DELAY_S, base_s * 2.0 ** (failures - FREE_TRIES)))


@cache
def _texts() -> dict[str, Any]:
    entry = importlib.resources.files("console.resources").joinpath("lock", "texts.json")
    data: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
    return data


def _pick(table: dict[str, str], language: str | None) -> str:
    primary = (language or QLocale().name()).split("_", 1)[0].split("-", 1)[0].lower()
    return table.get(primary) or table["en"]


def signed_out_text(reason: str, language: str | None = None) -> tuple[str, str]:
    """(title, message) to show when the server ended the sign-in for ``reason``."""
    texts = _texts()
    table = texts["signed_out"].get(reason) or texts["signed_out"]["default"]
    return _pick(texts["signed_out_title"], language), _pick(table, language)


class LockScreen(QWidget):
    """Password to unlock; "Sign out"; or the server's sign-out message."""

    unlocked = Signal()
    sign_out_requested = Signal()
    close_requested = Signal()  # after a sign-out by the server

    def __init__(
        self,
        check: PasswordCheck,
        tasks: TaskOwner,
        who: str,
        parent: QWidget | None = None,
        *,
        delay_base_s: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._tasks = tasks
        self._delay_base = delay_base_s
        self.failures = 0
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Console locked"))

        self.heading = QLabel(self.tr("The console is locked"), self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detail = QLabel(
            self.tr(
                "Sessions keep running. Enter the password of {who} to go back to them."
            ).format(who=who),
            self,
        )
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setMinimumWidth(260)
        self.password.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock the console"))
        self.unlock_button.clicked.connect(self.submit)

        self.problem = QLabel("", self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("lockProblem")
        self.problem.setStyleSheet("#lockProblem { color: #a4262c; font-weight: 600; }")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.sign_out_button = QPushButton(self.tr("Sign &out and end shift…"), self)
        self.sign_out_button.setFlat(True)
        self.sign_out_button.setAccessibleName(self.tr("Sign out and end the shift"))
        self.sign_out_button.clicked.connect(self.sign_out_requested)

        self.close_button = QPushButton(self.tr("&Close the console"), self)
        self.close_button.setAccessibleName(self.tr("Close the console"))
        self.close_button.clicked.connect(self.close_requested)
        self.close_button.hide()

        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._waited)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(2)
        column.addWidget(self.heading)
        column.addWidget(self.detail)
        column.addSpacing(16)
        column.addLayout(row)
        column.addWidget(self.problem)
        column.addSpacing(24)
        column.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        self.setFocusProxy(self.password)
        self._signed_out = False

    # ------------------------------------------------------------ state

    def reset(self) -> None:
        """Ready for a new lock: empty field, no message (the failure count stays)."""
        self.password.clear()
        self.problem.hide()
        if not self._wait.isActive() and not self._signed_out:
            self._set_busy(False)

    def is_checking(self) -> bool:
        return self.password.isReadOnly() and not self._wait.isActive()

    def show_signed_out(self, title: str, message: str) -> None:
        """The server ended the sign-in: say so; only closing is left."""
        self._signed_out = True
        self._wait.stop()
        self.heading.setText(title)
        self.detail.setText(message)
        self.setAccessibleName(title)
        self.setAccessibleDescription(message)
        for widget in (self.password, self.unlock_button, self.problem, self.sign_out_button):
            widget.hide()
        self.close_button.show()
        self.close_button.setFocus()
        self.setFocusProxy(self.close_button)

    # ------------------------------------------------------------ unlocking

    def submit(self) -> None:
        if self._signed_out or self.password.isReadOnly():
            return
        password = self.password.text()
        if not password:
            self._say(self.tr("Enter your password."))
            return
        self._set_busy(True)
        self._tasks.start(self._try(password), key=UNLOCK_TASK)

    async def _try(self, password: str) -> None:
        try:
            ok = await self._check(password)
        finally:
            del password
        if self._signed_out:
            return
        self.password.clear()
        if ok:
            self.failures = 0
            self.problem.hide()
            self._set_busy(False)
            self.unlocked.emit()
            return
        self.failures += 1
        log.info("Unlock: wrong password (%d in a row)", self.failures)
        delay = delay_for(self.failures, self._delay_base)
        if delay > 0:
            self._say(self.tr("Wrong password. Try again in {n} s.").format(n=max(1, round(delay))))
            self._wait.start(int(delay * 1000))
        else:
            self._say(self.tr("Wrong password. Try again."))
            self._set_busy(False)

    def _waited(self) -> None:
        if not self._signed_out:
            self._set_busy(False)
            self._say(self.tr("Wrong password. Try again."))

    def _set_busy(self, busy: bool) -> None:
        self.password.setReadOnly(busy)
        self.unlock_button.setEnabled(not busy)
        if not busy and self.isVisible():
            self.password.setFocus()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.problem.setAccessibleName(text)
