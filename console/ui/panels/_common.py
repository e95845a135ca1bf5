"""Small pieces the case panels share: labels, the content-language toggle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QWidget

#: The safe-contact banner's colours (the widgets' banner shades: readable in light and dark).
BANNER_BACKGROUND = "#f6c343"
BANNER_TEXT = "#2b2100"

#: Languages the content (checklists, the reporting guide, canned replies) comes in.
CONTENT_LANGUAGES = ("en", "es")


def primary_language(tag: str, available: tuple[str, ...] = CONTENT_LANGUAGES) -> str:
    """'es-MX' -> 'es' when the content has it, else English."""
    primary = tag.split("-", 1)[0].lower()
    return primary if primary in available else "en"


def label(text: str = "", parent: QWidget | None = None, *, name: str = "") -> QLabel:
    """A plain-text, word-wrapped label (never rich text)."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(True)
    widget.setText(text)
    if name:
        widget.setAccessibleName(name)
    return widget


def heading(text: str, parent: QWidget | None = None, scale: float = 1.0) -> QLabel:
    widget = label(text, parent, name=text)
    font = widget.font()
    font.setWeight(QFont.Weight.DemiBold)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def muted(text: str = "", parent: QWidget | None = None, *, name: str = "") -> QLabel:
    widget = label(text, parent, name=name)
    palette = widget.palette()
    muted_color = palette.color(QPalette.ColorRole.PlaceholderText)
    palette.setColor(QPalette.ColorRole.WindowText, muted_color)
    widget.setPalette(palette)
    return widget


def plural(text: str, count: int) -> str:
    """English plural for a ``tr(..., n)`` text no translation has handled yet."""
    return text.replace("(s)", "" if count == 1 else "s")


def frame(parent: QWidget | None = None, *, object_name: str, css: str) -> QFrame:
    """A framed box with its own style sheet (banners, attention boxes)."""
    box = QFrame(parent)
    box.setObjectName(object_name)
    box.setFrameShape(QFrame.Shape.StyledPanel)
    box.setStyleSheet(f"#{object_name} {{ {css} }}")
    return box


class LanguageToggle(QComboBox):
    """The language the panel's content is shown in (the session's, by default)."""

    language_changed = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = {"en": self.tr("English"), "es": self.tr("Spanish (español)")}
        for code in CONTENT_LANGUAGES:
            self.addItem(names[code], code)
        self.setAccessibleName(self.tr("Language of the content"))
        self.setToolTip(self.tr("Show the items in this language"))
        self.set_language(language)
        self.currentIndexChanged.connect(lambda _i: self.language_changed.emit(self.language()))

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, language: str) -> None:
        index = self.findData(primary_language(language))
        self.setCurrentIndex(max(index, 0))
