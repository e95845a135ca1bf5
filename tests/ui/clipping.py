"""Find labels and buttons whose text does not fit (text size 200 %, long translations).

``clipped(root)`` looks at every visible QLabel and QAbstractButton under
``root`` with text, and reports those whose size hint is larger than their
actual size (a word-wrapped label: whose height for its width is larger than its
height).  Each problem says which widget, its text and both sizes, so a failing
test reads like a bug report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


@dataclass(frozen=True)
class Clipped:
    widget: QWidget
    text: str
    needed: tuple[int, int]
    got: tuple[int, int]

    def __str__(self) -> str:
        kind = type(self.widget).__name__
        name = self.widget.objectName() or self.widget.accessibleName() or "?"
        return (
            f"{kind} {name!r} {self.text[:60]!r}: needs {self.needed[0]}x{self.needed[1]},"
            f" has {self.got[0]}x{self.got[1]}"
        )


def _fits(widget: QLabel | QAbstractButton, text: str, slack: int) -> tuple[bool, int, int]:
    size = widget.size()
    if isinstance(widget, QLabel) and widget.wordWrap():
        needed_h = widget.heightForWidth(size.width())
        longest_word = max(
            (widget.fontMetrics().horizontalAdvance(w) for w in text.split()), default=0
        )
        fits = needed_h <= size.height() + slack and longest_word <= size.width() + slack
        return fits, longest_word, needed_h
    hint = widget.sizeHint()
    if hint.width() <= size.width() + slack and hint.height() <= size.height() + slack:
        return True, hint.width(), hint.height()
    # The hint may ask for padding the text does not need: the text itself must fit.
    metrics = widget.fontMetrics()
    lines = text.splitlines() or [text]
    advance = max(metrics.horizontalAdvance(line) for line in lines)
    if isinstance(widget, QAbstractButton) and not widget.icon().isNull():
        advance += widget.iconSize().width()
    height = metrics.height() * len(lines)
    fits = advance <= size.width() + slack and height <= size.height() + slack
    return fits, max(advance, 0), height


def checked(
    root: QWidget, *, ignore: Callable[[QWidget], bool] = lambda _w: False
) -> list[QLabel | QAbstractButton]:
    """The visible labels and buttons with text under ``root`` (what :func:`clipped` checks)."""
    widgets: Iterable[QWidget] = [root, *root.findChildren(QWidget)]
    return [
        w
        for w in widgets
        if isinstance(w, (QLabel, QAbstractButton))
        and w.text().strip()
        and w.isVisible()
        and not ignore(w)
    ]


def clipped(
    root: QWidget,
    *,
    ignore: Callable[[QWidget], bool] = lambda _w: False,
    slack: int = 0,
) -> list[Clipped]:
    """Every visible label or button under ``root`` (itself included) that clips its text."""
    # Pending layouts settle first.  Only layout requests are delivered: a full
    # processEvents() inside a qasync coroutine would re-enter the event loop.
    for _ in range(3):  # nested layouts post their parents' requests in turn
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    found: list[Clipped] = []
    for widget in checked(root, ignore=ignore):
        text = widget.text()
        fits, needed_w, needed_h = _fits(widget, text, slack)
        if not fits:
            size = widget.size()
            found.append(Clipped(widget, text, (needed_w, needed_h), (size.width(), size.height())))
    return found


def describe(problems: list[Clipped]) -> str:
    return "\n".join(str(p) for p in problems)
