"""STACK.md: PySide6 6.12.0 on Python 3.11 drops a reference to None per void call."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_do_not_leak_references_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm up")
    before = sys.getrefcount(None)
    for n in range(1000):
        label.setText(str(n))
    after = sys.getrefcount(None)
    assert after >= before - 10, f"None lost {before - after} references: PySide6 6.12 on 3.11?"
