"""Sign-in dialog for a real hotline backend (``--server URL``)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SignInDialog(QDialog):
    """Asks for user name and password; never stores the password anywhere."""

    def __init__(
        self, server: str, user: str, problem: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the hotline"))
        self.setAccessibleName(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Server: {server}").format(server=server))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.problem = QLabel(problem or "")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #a4262c; font-weight: 600;")
        self.problem.setVisible(bool(problem))
        layout.addWidget(self.problem)
        form = QFormLayout()
        self.username = QLineEdit(user)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        sign_in = buttons.button(QDialogButtonBox.StandardButton.Ok)
        sign_in.setText(self.tr("Sign in"))
        sign_in.setAccessibleName(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel signing in")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if user else self.username).setFocus()

    def credentials(self) -> tuple[str, str]:
        return self.username.text().strip(), self.password.text()


async def ask_credentials(server: str, user: str, problem: str | None) -> tuple[str, str] | None:
    """Show the dialog with ``open()`` and wait for ``finished`` without blocking the loop."""
    dialog = SignInDialog(server, user, problem)
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        result = await done
        return dialog.credentials() if result == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
