"""Widget tests run on the offscreen platform (tests/conftest.py) with pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from console.widgets.timers import Ticker


@pytest.fixture
def ticker(qapp: QApplication) -> Iterator[Ticker]:
    """A private ticker, so that tests do not share the application's."""
    own = Ticker()
    yield own
    own.deleteLater()
