"""Confirm before opening a link that came from a contact.

Shows the link as written, the exact address that would be opened, and the
site: decoded (Unicode) and raw (punycode) when they differ, since look-alike
letters can imitate a known site.  A user part before the host
(``https://bank.example@evil.example``) is called out.  Every label is plain
text; Cancel is the default button; opening goes through ``opener``
(``QDesktopServices.openUrl`` in the app) with the ASCII address only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from console.domain.text import LinkTarget, isolate

__all__ = ["LinkDialog"]

log = logging.getLogger(__name__)

Opener = Callable[[QUrl], bool]


def _plain(text: str, parent: QWidget, *, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # QLabel guesses rich text otherwise
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class LinkDialog(QDialog):
    """ "Open this link?", with where it really goes."""

    def __init__(self, target: LinkTarget, parent: QWidget | None, *, opener: Opener) -> None:
        super().__init__(parent)
        self.target = target
        self._opener = opener
        self.setWindowTitle(self.tr("Open a link from the contact?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(
                self.tr(
                    "This link was sent by the contact. Check where it really goes before"
                    " opening it."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.written = _plain(isolate(target.written), self, name="linkWritten")
        form.addRow(_plain(self.tr("As written:"), self), self.written)
        self.address = _plain(isolate(target.url), self, name="linkAddress")
        form.addRow(_plain(self.tr("Opens:"), self), self.address)
        self.site: QLabel | None = None
        self.raw_site: QLabel | None = None
        if target.host:
            self.site = _plain(isolate(target.host_unicode), self, name="linkSite")
            form.addRow(_plain(self.tr("Site:"), self), self.site)
            if target.international:
                self.raw_site = _plain(target.host, self, name="linkRawSite")
                form.addRow(_plain(self.tr("Site (raw):"), self), self.raw_site)
        layout.addLayout(form)
        warnings = []
        if target.international:
            warnings.append(
                self.tr(
                    "The site's name uses letters from other alphabets: it may imitate"
                    " another site."
                )
            )
        if target.userinfo:
            warnings.append(
                self.tr("The part before '@' is not the site: this link goes to {site}.").format(
                    site=isolate(target.host_unicode)
                )
            )
        if target.scheme == "http":
            warnings.append(self.tr("This link is not encrypted (http)."))
        self.warning = _plain("\n".join(warnings), self, name="linkWarning")
        self.warning.setStyleSheet("#linkWarning { color: #a4262c; font-weight: 600; }")
        self.warning.setVisible(bool(warnings))
        layout.addWidget(self.warning)

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            self.tr("Open link"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cancel_button.setFocus()

    def accept(self) -> None:
        url = QUrl(self.target.url, QUrl.ParsingMode.StrictMode)
        if url.isValid() and url.scheme() == self.target.scheme:
            log.info("Opening a contact's %s link after confirmation", self.target.scheme)
            self._opener(url)
        else:
            log.warning("A confirmed link did not parse strictly: not opened")
        super().accept()
