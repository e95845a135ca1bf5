"""The settings dialog: keyboard usable, named controls, bounds shown, saves and signals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QTabBar,
    QWidget,
)

from console.app.settings import (
    AlertPrefs,
    InterfacePrefs,
    PolicyPrefs,
    Preferences,
    Settings,
    ThemeChoice,
)
from console.ui.settings_dialog import SettingsDialog
from console.widgets._theme import Look, Scheme
from tests.ui.clipping import clipped, describe

INTERACTIVE = (QComboBox, QAbstractSpinBox, QAbstractButton, QTabBar)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "config")


@pytest.fixture
def dialog(settings: Settings, qtbot: Any) -> SettingsDialog:
    made = SettingsDialog(settings, lead=True, hotline_retention_days=14)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]


def test_every_control_has_an_accessible_name(dialog: SettingsDialog) -> None:
    found = controls(dialog)
    assert len(found) >= 12
    unnamed = [f"{type(w).__name__} {getattr(w, 'text', str)()}" for w in found]
    unnamed = [d for w, d in zip(found, unnamed, strict=True) if not w.accessibleName()]
    assert not unnamed
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, f"{label.text()} has a mnemonic and no buddy"


def test_the_bounds_come_from_the_declaration_and_are_shown(dialog: SettingsDialog) -> None:
    assert (dialog.text_size.minimum(), dialog.text_size.maximum()) == (100, 200)
    assert (dialog.idle_lock.minimum(), dialog.idle_lock.maximum()) == (1, 15)
    assert (dialog.offer_volume.minimum(), dialog.offer_volume.maximum()) == (0, 100)
    shown = {label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)}
    assert "From 100 to 200 %" in shown
    assert dialog.text_size.accessibleDescription() == "From 100 to 200 %"
    assert dialog.retention.text() == "14 days after closing (set by the hotline)"


def test_the_dialog_shows_what_is_saved(tmp_path: Path, qtbot: Any) -> None:
    settings = Settings(tmp_path / "config")
    settings.update(
        Preferences(
            interface=InterfacePrefs(language="es", text_size=160, theme=ThemeChoice.DARK),
            alerts=AlertPrefs(message_sound=False, offer_volume=30),
            policy=PolicyPrefs(idle_lock_minutes=9, retention_days=3),
        )
    )
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "es"
    assert dialog.language.currentText().lower() == "español"
    assert dialog.text_size.value() == 160
    assert dialog.theme.currentData() == "dark"
    assert not dialog.message_sound.isChecked()
    assert dialog.offer_volume.value() == 30
    assert dialog.idle_lock.value() == 9
    assert dialog.retention.text() == "3 days after closing (set on this computer)"
    assert dialog.board_page is None, "the board's thresholds are for leads"


def test_edited_with_the_keyboard_alone_then_saved(
    dialog: SettingsDialog, settings: Settings, qtbot: Any
) -> None:
    seen: list[Preferences] = []
    dialog.changed.connect(seen.append)
    saved: list[Preferences] = []
    settings.changed.connect(saved.append)
    dialog.text_size.setFocus()
    qtbot.keyClick(dialog.text_size, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.text_size, "150")
    qtbot.keyClick(dialog.theme, Qt.Key.Key_End)  # the last choice: high contrast
    qtbot.keyClick(dialog.pages.tabBar(), Qt.Key.Key_Right)
    assert dialog.pages.currentIndex() == 1
    dialog.message_sound.setFocus()
    qtbot.keyClick(dialog.message_sound, Qt.Key.Key_Space)
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    qtbot.keyClick(apply, Qt.Key.Key_Space)
    assert len(seen) == 1
    assert saved == seen
    prefs = settings.prefs
    assert prefs.interface.text_size == 150
    assert prefs.interface.theme is ThemeChoice.HIGH_CONTRAST
    assert not prefs.alerts.message_sound
    assert prefs.alerts.offer_sound, "untouched options keep their value"
    assert "text_size=150" in settings.path.read_text(encoding="utf-8")
    qtbot.keyClick(apply, Qt.Key.Key_Space)  # nothing changed since: no second signal
    assert len(seen) == 1


def test_cancel_keeps_everything(dialog: SettingsDialog, settings: Settings, qtbot: Any) -> None:
    dialog.text_size.setValue(190)
    dialog.flash.setChecked(False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.prefs == Preferences()
    assert not settings.path.exists()


def test_thresholds_out_of_order_are_refused_in_words(
    dialog: SettingsDialog, settings: Settings
) -> None:
    dialog.wait_long.setValue(20)  # below "waiting after" (30)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert "longer than the one before" in dialog.problem.text()
    assert settings.prefs == Preferences()
    dialog.wait_long.setValue(90)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert settings.prefs.board.wait_long_s == 90
    assert settings.prefs.board.board_settings().wait_thresholds_s == (30, 90, 300)


def test_nothing_clips_at_200_percent(settings: Settings, qapp: QApplication, qtbot: Any) -> None:
    look = Look(qapp)
    try:
        look.apply(Scheme.FOLLOW_OS, 200)
        dialog = SettingsDialog(settings, lead=True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for index in range(dialog.pages.count()):
            dialog.pages.setCurrentIndex(index)
            problems = clipped(dialog)
            assert not problems, describe(problems)
    finally:
        look.restore()
        look.deleteLater()
