"""Preferences files of an older schema are upgraded step by step, with a backup."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from console.app.settings import AlertPrefs, InterfacePrefs, Settings, ThemeChoice
from console.app.settings_migrations import (
    CURRENT_VERSION,
    MigrationError,
    migrate,
    upgrade,
    v1_to_v2,
)

V1 = (
    "[General]\n"
    "language=es\n"
    "font_scale=1.5\n"
    "dark_theme=true\n"
    "sounds=false\n"
    "volume=0.4\n"
    "notifications=no\n"
    "lock_minutes=3\n"
    "geometry=@ByteArray(main-window-geometry)\n"
    "splitter_state=@ByteArray(splitter-sizes)\n"
    "toolbar_visible=true\n"
)


def test_a_v1_file_on_disk_is_upgraded_with_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "preferences.ini"
    path.write_text(V1, encoding="utf-8")
    settings = Settings(tmp_path)
    prefs = settings.prefs
    assert prefs.interface == InterfacePrefs(language="es", text_size=150, theme=ThemeChoice.DARK)
    assert prefs.alerts == AlertPrefs(
        offer_sound=False, message_sound=False, offer_volume=40, tray_notification=False
    )
    assert prefs.policy.idle_lock_minutes == 3
    text = path.read_text(encoding="utf-8")
    assert f"schema_version={CURRENT_VERSION}" in text
    assert "font_scale" not in text and "geometry" not in text and "toolbar_visible" not in text
    backup = tmp_path / "preferences.ini.v1.bak"
    assert backup.read_text(encoding="utf-8") == V1
    state = settings.window_state
    assert state.geometry("main") == QByteArray(b"main-window-geometry")
    assert state.splitter("session") == QByteArray(b"splitter-sizes")
    # Upgraded once: the next start reads it as it is.
    assert not upgrade(path, tmp_path / "window-state.ini")
    assert Settings(tmp_path).prefs == prefs


def test_a_value_that_cannot_be_converted_is_dropped_alone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "preferences.ini").write_text(
        "[General]\nschema_version=1\nfont_scale=enormous\nlanguage=es\n", encoding="utf-8"
    )
    with caplog.at_level(logging.INFO):
        prefs = Settings(tmp_path).prefs
    assert prefs.interface == InterfacePrefs(language="es")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "font_scale" in logged and "enormous" not in logged


def test_the_step_is_a_pure_function() -> None:
    new, window = v1_to_v2({"font_scale": "2.0", "dark_theme": "false", "geometry": b"g"})
    assert new == {"interface/text_size": "200", "interface/theme": "follow_os"}
    assert window == {"geometry/main": b"g"}
    values, moved, version = migrate({"lock_minutes": "7"}, 1)
    assert values == {"policy/idle_lock_minutes": "7"}
    assert moved == {}
    assert version == CURRENT_VERSION


def test_a_version_with_no_upgrade_path_is_set_aside(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "preferences.ini"
    path.write_text("[General]\nschema_version=0\nlanguage=es\n", encoding="utf-8")
    with pytest.raises(MigrationError):
        upgrade(path, tmp_path / "window-state.ini")
    with caplog.at_level(logging.WARNING):
        settings = Settings(tmp_path)
    assert settings.prefs.interface.language == "en"
    assert (tmp_path / "preferences.ini.unreadable").exists()
    assert "could not be upgraded" in caplog.text
    settings.update(settings.prefs.model_copy(update={"interface": InterfacePrefs(text_size=110)}))
    assert Settings(tmp_path).prefs.interface.text_size == 110


def test_a_newer_file_is_read_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "preferences.ini"
    text = "[General]\nschema_version=9\n[interface]\ntext_size=130\nnew_option=1\n"
    path.write_text(text, encoding="utf-8")
    assert Settings(tmp_path).prefs.interface.text_size == 130
    assert path.read_text(encoding="utf-8") == text
    assert not (tmp_path / "preferences.ini.v9.bak").exists()


def test_what_the_window_saved_since_is_kept(tmp_path: Path) -> None:
    (tmp_path / "window-state.ini").write_text(
        "[geometry]\nmain=@ByteArray(newer)\n", encoding="utf-8"
    )
    (tmp_path / "preferences.ini").write_text(V1, encoding="utf-8")
    state = Settings(tmp_path).window_state
    assert state.geometry("main") == QByteArray(b"newer")
    assert state.splitter("session") == QByteArray(b"splitter-sizes")
