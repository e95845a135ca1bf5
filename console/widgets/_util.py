"""Tiny Qt helpers shared by the widgets (superqt's ``signals_blocked`` idea)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


@contextmanager
def signals_blocked(obj: QObject) -> Iterator[None]:
    """Block ``obj``'s signals inside the block, restoring the previous state after."""
    previous = obj.blockSignals(True)
    try:
        yield
    finally:
        obj.blockSignals(previous)


def set_accessible(widget: QWidget, name: str, description: str = "") -> None:
    """Give ``widget`` the name (and description) a screen reader announces."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def set_text_color(widget: QWidget, color: QColor) -> None:
    """Colour ``widget``'s text through its palette (no style sheet to re-polish)."""
    palette = widget.palette()
    if palette.color(QPalette.ColorRole.WindowText) != color:
        palette.setColor(QPalette.ColorRole.WindowText, color)
        palette.setColor(QPalette.ColorRole.Text, color)
        widget.setPalette(palette)


def plural(text: str, count: int) -> str:
    """English plural for a ``tr(..., n)`` text no translator has handled yet.

    Source texts follow Qt's "%n item(s)" convention; with a translation
    loaded they come back without "(s)" and this does nothing.
    """
    return text.replace("(s)", "" if count == 1 else "s")
