"""Putting text into a session's reply box: inserted, never sent.

The advocate reads it, may change it, and sends it with Enter.  The text goes
in at the cursor (after a space when it follows other words), the draft is
saved as if typed, and the reply box takes the focus.
"""

from __future__ import annotations

from console.widgets import Composer


def insert_into_composer(composer: Composer, text: str) -> bool:
    """Insert ``text`` at the reply box's cursor; False when the box refuses replies."""
    if not text or composer.blocked_reason():
        return False
    editor = composer.editor()
    cursor = editor.textCursor()
    before = editor.toPlainText()[: cursor.position()]
    if before and not before[-1].isspace():
        text = " " + text
    cursor.insertText(text)
    editor.setTextCursor(cursor)
    editor.setFocus()
    return True
