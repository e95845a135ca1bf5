"""The look: light, dark and high contrast, chosen or following the OS; contrast is enough."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from console.widgets._theme import (
    Look,
    Resolved,
    Scheme,
    contrast_ratio,
    is_high_contrast,
    palette_for,
    resolve,
    shades,
    system_look,
)

LIGHT = Resolved(dark=False, high_contrast=False)
DARK = Resolved(dark=True, high_contrast=False)
HC_DARK = Resolved(dark=True, high_contrast=True)
HC_LIGHT = Resolved(dark=False, high_contrast=True)
R = QPalette.ColorRole
PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
]


class FakeSystem:
    def __init__(self) -> None:
        self.look = LIGHT

    def __call__(self) -> Resolved:
        return self.look


@pytest.fixture
def system() -> FakeSystem:
    return FakeSystem()


@pytest.fixture
def look(qapp: QApplication, system: FakeSystem) -> Iterator[Look]:
    made = Look(qapp, system=system)
    yield made
    made.restore()
    made.deleteLater()


def test_resolve_follows_or_overrides_the_system() -> None:
    assert resolve(Scheme.FOLLOW_OS, HC_LIGHT) == HC_LIGHT
    assert resolve(Scheme.FOLLOW_OS, DARK) == DARK
    assert resolve(Scheme.LIGHT, HC_DARK) == LIGHT
    assert resolve(Scheme.DARK, LIGHT) == DARK
    assert resolve(Scheme.HIGH_CONTRAST, LIGHT) == HC_DARK
    assert resolve(Scheme.HIGH_CONTRAST, HC_LIGHT) == HC_LIGHT, "the OS's own HC flavour"


def test_the_system_look_reads_qt_style_hints(qapp: QApplication) -> None:
    found = system_look(qapp)
    hints = qapp.styleHints()
    assert found.dark == (hints.colorScheme() is Qt.ColorScheme.Dark)
    assert found.high_contrast == (
        hints.accessibility().contrastPreference() is Qt.ContrastPreference.HighContrast
    )


@pytest.mark.parametrize(
    ("resolved", "minimum"), [(LIGHT, 4.5), (DARK, 4.5), (HC_DARK, 7.0), (HC_LIGHT, 7.0)]
)
def test_every_palette_has_enough_contrast(resolved: Resolved, minimum: float) -> None:
    palette = palette_for(resolved)
    for text, background in PAIRS:
        ratio = contrast_ratio(palette.color(text), palette.color(background))
        assert ratio >= minimum, f"{text.name} on {background.name}: {ratio:.1f}"
    assert is_high_contrast(palette) == resolved.high_contrast


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)


@pytest.mark.parametrize("resolved", [LIGHT, DARK, HC_DARK, HC_LIGHT])
def test_the_shades_suit_the_palette(look: Look, resolved: Resolved, qapp: QApplication) -> None:
    scheme = {LIGHT: Scheme.LIGHT, DARK: Scheme.DARK, HC_DARK: Scheme.HIGH_CONTRAST}.get(resolved)
    if scheme is None:  # high contrast, light: only when the OS asks for it
        look.system.look = HC_LIGHT  # type: ignore[attr-defined]  # the fake
        scheme = Scheme.FOLLOW_OS
    assert look.apply(scheme, 100) == resolved
    chosen = shades()
    assert shades(QLabel()) == chosen
    for background in (chosen.contact_bubble, chosen.advocate_bubble):
        assert contrast_ratio(chosen.text, background) >= (7.0 if resolved.high_contrast else 4.5)
    assert contrast_ratio(chosen.banner_text, chosen.banner_bg) >= 7.0


def test_following_the_os_switches_when_the_os_does(
    look: Look, system: FakeSystem, qapp: QApplication
) -> None:
    changes: list[Resolved] = []
    look.changed.connect(changes.append)
    look.apply(Scheme.FOLLOW_OS, 100)
    assert not is_high_contrast(qapp.palette())
    system.look = HC_DARK
    qapp.styleHints().accessibility().contrastPreferenceChanged.emit(
        Qt.ContrastPreference.HighContrast
    )
    assert is_high_contrast(qapp.palette())
    assert changes == [HC_DARK]
    look.apply(Scheme.LIGHT, 100)  # a chosen scheme stays put
    system.look = DARK
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert look.current == LIGHT
    assert qapp.palette().color(R.Window) == palette_for(LIGHT).color(R.Window)


def test_restore_gives_back_the_platform_look(look: Look, qapp: QApplication) -> None:
    before = qapp.palette().color(R.Window)
    font = qapp.font().pointSizeF()
    look.apply(Scheme.DARK, 180)
    assert qapp.palette().color(R.Window) != before
    look.restore()
    assert qapp.palette().color(R.Window) == before
    assert qapp.font().pointSizeF() == font
