"""Sign-in dialog for a real hotline backend (``--server URL``).

The console's first window: the bootstrap shows it before the rest of the
console is loaded, so this module imports Qt only (no asyncio, no pydantic, no
HTTP client).  Waiting for its answer from a coroutine is
:mod:`console.ui.sign_in_prompt`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

__all__ = ["Credentials", "SignInDialog", "plain_label"]

Credentials = tuple[str, str]  # user name, password

#: ``Qt::PlainText``, written through the property system.  This dialog is the
#: console's first window, and the first use of the ``Qt`` namespace costs PySide
#: 25-30 ms (it makes all its enums), more than the whole dialog: so no ``Qt.*``
#: here, not even through a constructor whose overloads have a ``Qt.*`` default
PLAIN_TEXT = 0


def plain_label(text: str) -> QLabel:
    """A label that never reads its text (a server name, a server's message) as rich text."""
    label = QLabel(text)
    label.setProperty("textFormat", PLAIN_TEXT)
    return label


class SignInDialog(QDialog):
    """Asks for user name and password; never stores the password anywhere.

    The password stays in its line edit until the dialog is deleted;
    :meth:`answer` reads it once the advocate has answered.
    """

    def __init__(
        self, server: str, user: str, problem: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._answered = False
        self.setWindowTitle(self.tr("Sign in to the hotline"))
        self.setAccessibleName(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Server: {server}").format(server=server)))
        self.problem = plain_label(problem or "")
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
        buttons = QDialogButtonBox()  # not QDialogButtonBox(buttons): see PLAIN_TEXT
        buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel signing in")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.password if user else self.username).setFocus()

    @property
    def answered(self) -> bool:
        """True once the advocate signed in or cancelled (the dialog is then hidden)."""
        return self._answered

    def done(self, result: int) -> None:
        self._answered = True
        super().done(result)

    def credentials(self) -> Credentials:
        return self.username.text().strip(), self.password.text()

    def answer(self) -> Credentials | None:
        """The credentials when the advocate signed in; None when cancelled or not answered."""
        if self._answered and self.result() == QDialog.DialogCode.Accepted:
            return self.credentials()
        return None
