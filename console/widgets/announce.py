"""Spoken announcements for screen readers (a new message, an offer).

:func:`announce` posts a ``QAccessibleAnnouncementEvent`` from a widget: the
platform's screen reader speaks it without moving the focus.  Polite by default
(after what it is saying); assertive for what cannot wait (an offer).  The text
is made inert first (contact text is never markup).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from console.domain.text import inert, one_line

MAX_CHARS = 300  # a screen reader reads the rest from the transcript


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> str:
    """Announce ``text`` from ``widget``; returns what was announced."""
    spoken = one_line(inert(text), MAX_CHARS)
    event = QAccessibleAnnouncementEvent(widget, spoken)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    return spoken
