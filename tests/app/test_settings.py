"""Preferences: one typed declaration, stored in INI files, invalid values fall back."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QByteArray

from console.app.board_settings import BoardSettings
from console.app.settings import (
    AlertPrefs,
    BoardPrefs,
    InterfacePrefs,
    PolicyPrefs,
    Preferences,
    Settings,
    ThemeChoice,
    bounds,
    default_folder,
)
from console.widgets._theme import Scheme


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "preferences.ini"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_the_declared_defaults(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "config")
    prefs = settings.prefs
    assert prefs == Preferences()
    assert prefs.interface.language == "en"
    assert prefs.interface.text_size == 100
    assert prefs.interface.theme is ThemeChoice.FOLLOW_OS
    assert prefs.alerts == AlertPrefs(
        offer_sound=True,
        offer_volume=80,
        message_sound=True,
        tray_notification=True,
        taskbar_flash=True,
    )
    assert prefs.policy.idle_lock_minutes == 5
    assert prefs.policy.effective_retention_days() == 7
    assert not settings.path.exists(), "nothing is written until something changes"


def test_bounds_come_from_the_declaration() -> None:
    assert bounds(InterfacePrefs, "text_size") == (100, 200)
    assert bounds(PolicyPrefs, "idle_lock_minutes") == (1, 15)
    assert bounds(AlertPrefs, "offer_volume") == (0, 100)
    with pytest.raises(KeyError):
        bounds(InterfacePrefs, "language")
    with pytest.raises(ValidationError):
        InterfacePrefs(text_size=201)
    with pytest.raises(ValidationError):
        PolicyPrefs(idle_lock_minutes=0)
    with pytest.raises(ValidationError):
        InterfacePrefs(language="fr")  # type: ignore[arg-type]


def test_saved_preferences_read_back_and_signal_once(tmp_path: Path, qtbot: object) -> None:
    folder = tmp_path / "config"
    settings = Settings(folder)
    seen: list[Preferences] = []
    settings.changed.connect(seen.append)
    new = Preferences(
        interface=InterfacePrefs(language="es", text_size=175, theme=ThemeChoice.HIGH_CONTRAST),
        alerts=AlertPrefs(offer_sound=False, offer_volume=35, tray_notification=False),
        policy=PolicyPrefs(idle_lock_minutes=2, retention_days=3),
    )
    settings.update(new)
    settings.update(new)  # unchanged: no second signal
    assert seen == [new]
    text = settings.path.read_text(encoding="utf-8")
    assert "schema_version=2" in text
    assert "[interface]" in text and "text_size=175" in text and "theme=high_contrast" in text
    assert Settings(folder).prefs == new


def test_retention_is_the_hotlines_unless_set() -> None:
    assert PolicyPrefs().effective_retention_days() == 7
    assert PolicyPrefs().effective_retention_days(hotline=30) == 30
    assert PolicyPrefs(retention_days=2).effective_retention_days(hotline=30) == 2


def test_removing_an_optional_value_removes_its_key(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.update(Preferences(policy=PolicyPrefs(retention_days=3)))
    assert "retention_days=3" in settings.path.read_text(encoding="utf-8")
    settings.update(Preferences())
    assert "retention_days" not in settings.path.read_text(encoding="utf-8")
    assert Settings(tmp_path).prefs.policy.retention_days is None


def test_invalid_values_fall_back_one_by_one_and_the_log_has_no_values(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    write(
        tmp_path,
        "[General]\nschema_version=2\n"
        "[interface]\nlanguage=tlh\ntext_size=999\ntheme=dark\n"
        "[alerts]\noffer_volume=loud-secret-value\nmessage_sound=false\nunknown=1\n"
        "[policy]\nidle_lock_minutes=45\n",
    )
    with caplog.at_level(logging.WARNING, logger="console.app.settings"):
        prefs = Settings(tmp_path).prefs
    assert prefs.interface == InterfacePrefs(theme=ThemeChoice.DARK)  # the valid one is kept
    assert prefs.alerts == AlertPrefs(message_sound=False)
    assert prefs.policy.idle_lock_minutes == 5
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for key in ("interface/language", "interface/text_size", "alerts/offer_volume"):
        assert key in logged
    for value in ("tlh", "999", "loud-secret-value", "45"):
        assert value not in logged


def test_a_rule_across_fields_resets_the_group(tmp_path: Path) -> None:
    write(
        tmp_path,
        "[General]\nschema_version=2\n[board]\nwait_waiting_s=200\nwait_long_s=100\n"
        "history_samples=100\n",
    )
    assert Settings(tmp_path).prefs.board == BoardPrefs()


def test_board_prefs_make_the_boards_settings() -> None:
    board = BoardPrefs(wait_waiting_s=10, wait_long_s=20, wait_very_long_s=40).board_settings()
    assert isinstance(board, BoardSettings)
    assert board.wait_thresholds_s == (10, 20, 40)
    assert BoardPrefs().board_settings() == BoardSettings()


def test_window_state_lives_in_its_own_file(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.window_state.set_geometry("main", QByteArray(b"\x01\x02geometry"))
    settings.window_state.set_splitter("session", QByteArray(b"sizes"))
    settings.update(Preferences(interface=InterfacePrefs(text_size=120)))
    assert "geometry" not in settings.path.read_text(encoding="utf-8")
    again = Settings(tmp_path)
    assert again.window_state.geometry("main") == QByteArray(b"\x01\x02geometry")
    assert again.window_state.splitter("session") == QByteArray(b"sizes")
    assert again.window_state.geometry("other") is None
    assert again.window_state.path.name == "window-state.ini"
    # Resetting the preferences keeps the window where it was.
    settings.path.unlink()
    assert Settings(tmp_path).window_state.geometry("main") == QByteArray(b"\x01\x02geometry")


def test_the_theme_choices_are_the_looks_schemes() -> None:
    assert [c.value for c in ThemeChoice] == [s.value for s in Scheme]


def test_default_folder_follows_the_application_names(qapp: object) -> None:
    folder = default_folder()
    assert folder.is_absolute()
