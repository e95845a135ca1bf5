"""Every keyboard shortcut of the console, declared once.

The main window, the panels and the help overlay (F1) all read this table, so
the overlay never lists a key that does nothing and a key is never changed in
one place only.  Descriptions are marked for translation (context
``Shortcuts``) and translated when shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

__all__ = [
    "SHORTCUTS",
    "Section",
    "Shortcut",
    "apply",
    "by_name",
    "sequences",
    "translated",
]

Keys = str | QKeySequence.StandardKey


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks ``text`` for lupdate (which looks for this name) and returns it unchanged.

    PySide6's own is typed as returning ``object``; this one keeps ``str``.
    """
    return text


class Section(StrEnum):
    OFFERS = QT_TRANSLATE_NOOP("Shortcuts", "Offers and sessions")
    REPLY = QT_TRANSLATE_NOOP("Shortcuts", "Replying")
    NOTES = QT_TRANSLATE_NOOP("Shortcuts", "Notes")
    BOARD = QT_TRANSLATE_NOOP("Shortcuts", "Shift board (leads)")
    CONSOLE = QT_TRANSLATE_NOOP("Shortcuts", "Help, settings and quitting")


@dataclass(frozen=True, slots=True)
class Shortcut:
    #: the stable name code uses to find it
    name: str
    #: one or more key sequences (portable text such as "Ctrl+Shift+A", or a standard key)
    keys: tuple[Keys, ...]
    #: what it does, in English (translated when shown)
    description: str
    section: Section
    #: shown to shift leads only
    lead_only: bool = False
    #: how the keys are written when they are a family (Alt+1 ... Alt+9)
    display: str | None = None


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "accept_offer",
        ("Ctrl+Shift+A",),
        QT_TRANSLATE_NOOP("Shortcuts", "Accept the oldest offer"),
        Section.OFFERS,
    ),
    Shortcut(
        "decline_offer",
        ("Ctrl+Shift+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "Decline the oldest offer"),
        Section.OFFERS,
    ),
    Shortcut(
        "next_session",
        ("Ctrl+Tab", "Ctrl+PgDown"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next session tab"),
        Section.OFFERS,
    ),
    Shortcut(
        "previous_session",
        ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous session tab"),
        Section.OFFERS,
    ),
    Shortcut(
        "go_to_session",
        tuple(f"Alt+{n}" for n in range(1, 10)),
        QT_TRANSLATE_NOOP("Shortcuts", "Go to session tab 1 to 9"),
        Section.OFFERS,
        display="Alt+1 … Alt+9",
    ),
    Shortcut(
        "end_session",
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Shortcuts", "End the current session and choose its category"),
        Section.OFFERS,
    ),
    Shortcut(
        "close_tab",
        ("Ctrl+Shift+W",),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the current tab after wrap-up"),
        Section.OFFERS,
    ),
    Shortcut(
        "send_reply",
        ("Return",),
        QT_TRANSLATE_NOOP("Shortcuts", "Send the reply (in the reply box)"),
        Section.REPLY,
    ),
    Shortcut(
        "new_line",
        ("Shift+Return",),
        QT_TRANSLATE_NOOP("Shortcuts", "New line in the reply"),
        Section.REPLY,
    ),
    Shortcut(
        "canned_reply",
        ("Ctrl+/",),
        QT_TRANSLATE_NOOP("Shortcuts", "Insert a canned reply"),
        Section.REPLY,
    ),
    Shortcut(
        "copy_transcript",
        (QKeySequence.StandardKey.Copy,),
        QT_TRANSLATE_NOOP("Shortcuts", "Copy the selected messages"),
        Section.REPLY,
    ),
    Shortcut(
        "save_note",
        ("Ctrl+Return",),
        QT_TRANSLATE_NOOP("Shortcuts", "Save the note"),
        Section.NOTES,
    ),
    Shortcut(
        "reassign",
        ("Ctrl+R",),
        QT_TRANSLATE_NOOP("Shortcuts", "Move the selected session to an advocate"),
        Section.BOARD,
        lead_only=True,
    ),
    Shortcut(
        "take_session",
        ("Ctrl+T",),
        QT_TRANSLATE_NOOP("Shortcuts", "Take the selected contact yourself"),
        Section.BOARD,
        lead_only=True,
    ),
    Shortcut(
        "look_in",
        ("Ctrl+Shift+L",),
        QT_TRANSLATE_NOOP("Shortcuts", "Read the selected chat or text as it happens"),
        Section.BOARD,
        lead_only=True,
    ),
    Shortcut(
        "filter_board",
        (QKeySequence.StandardKey.Find,),
        QT_TRANSLATE_NOOP("Shortcuts", "Filter the board's tables"),
        Section.BOARD,
        lead_only=True,
    ),
    Shortcut(
        "close_look_in",
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "Close a look-in window"),
        Section.BOARD,
        lead_only=True,
    ),
    Shortcut(
        "lock",
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP("Shortcuts", "Lock the console now"),
        Section.CONSOLE,
    ),
    Shortcut(
        "help",
        ("F1",),
        QT_TRANSLATE_NOOP("Shortcuts", "Show or hide this list of shortcuts"),
        Section.CONSOLE,
    ),
    Shortcut(
        "settings",
        ("Ctrl+,",),
        QT_TRANSLATE_NOOP("Shortcuts", "Settings: language, text size, look and alerts"),
        Section.CONSOLE,
    ),
    Shortcut(
        "quit",
        (QKeySequence.StandardKey.Quit,),
        QT_TRANSLATE_NOOP("Shortcuts", "Quit the console"),
        Section.CONSOLE,
    ),
)

_BY_NAME = {s.name: s for s in SHORTCUTS}


def by_name(name: str) -> Shortcut:
    return _BY_NAME[name]


def sequences(name: str) -> list[QKeySequence]:
    """The key sequences of shortcut ``name`` (a standard key may give several)."""
    found: list[QKeySequence] = []
    for keys in by_name(name).keys:
        if isinstance(keys, QKeySequence.StandardKey):
            found.extend(QKeySequence.keyBindings(keys))
        else:
            found.append(QKeySequence(keys))
    return found


def keys_text(shortcut: Shortcut) -> str:
    """The keys as this platform writes them ("Ctrl+Shift+A", "⌘Q"), joined by " or "."""
    if shortcut.display is not None:
        return shortcut.display
    texts = [
        seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in sequences(shortcut.name)
    ]
    joiner = QCoreApplication.translate("Shortcuts", " or ")
    return joiner.join(t for t in texts if t)


def translated(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def apply(action: QAction, name: str) -> QAction:
    """Give ``action`` the declared keys, and a tool tip that says them."""
    action.setShortcuts(sequences(name))
    shortcut = by_name(name)
    action.setToolTip(f"{translated(shortcut.description)} ({keys_text(shortcut)})")
    return action
