"""Upgrades of ``preferences.ini``, one numbered step per schema version.

Schema 1 (the first layout, with no ``schema_version`` key or with ``1``): flat
keys in ``[General]``: ``language``, ``font_scale`` (1.0-2.0), ``dark_theme``,
``sounds``, ``volume`` (0.0-1.0), ``notifications``, ``lock_minutes``, and the
window state mixed in (``geometry``, ``splitter_state``).

Schema 2: one ``[section]`` per group of :class:`~console.app.settings.Preferences`
(``interface``, ``alerts``, ``policy``, ``board``); text size and volume in
percent; the theme as a choice; window state moved to ``window-state.ini``.

Each step is a pure function of the file's keys, so it is tested without Qt
files; :func:`upgrade` runs the steps in order on a copy, keeps a backup of the
original (``preferences.ini.v1.bak``) and writes the result only when every step
succeeded.  A value a step cannot convert is dropped (its default applies), and
only its key is logged.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings

__all__ = ["CURRENT_VERSION", "STEPS", "MigrationError", "upgrade", "v1_to_v2"]

log = logging.getLogger(__name__)

CURRENT_VERSION = 2
VERSION_KEY = "schema_version"

Values = dict[str, object]
#: a step: the old file's keys -> (the new file's keys, keys for window-state.ini)
Step = Callable[[Values], tuple[Values, Values]]


class MigrationError(Exception):
    """The file could not be upgraded; it is left as it was."""


def _flag(value: object) -> bool:
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    raise ValueError("not a flag")


def _percent(value: object) -> str:
    return str(round(float(str(value)) * 100))


def v1_to_v2(old: Values) -> tuple[Values, Values]:
    """Flat keys -> one section per group; factors -> percent; window state moved out."""
    new: Values = {}
    window: Values = {}

    def convert(key: str, target: str, how: Callable[[object], object]) -> None:
        if key not in old:
            return
        try:
            new[target] = how(old[key])
        except ValueError:
            log.warning("Setting %s could not be upgraded; its default applies", key)

    convert("language", "interface/language", str)
    convert("font_scale", "interface/text_size", _percent)
    convert("dark_theme", "interface/theme", lambda v: "dark" if _flag(v) else "follow_os")
    convert("sounds", "alerts/offer_sound", lambda v: "true" if _flag(v) else "false")
    convert("sounds", "alerts/message_sound", lambda v: "true" if _flag(v) else "false")
    convert("volume", "alerts/offer_volume", _percent)
    convert("notifications", "alerts/tray_notification", lambda v: "true" if _flag(v) else "false")
    convert("lock_minutes", "policy/idle_lock_minutes", lambda v: str(int(str(v))))
    if "geometry" in old:
        window["geometry/main"] = old["geometry"]
    if "splitter_state" in old:
        window["splitters/session"] = old["splitter_state"]
    known = {
        "language", "font_scale", "dark_theme", "sounds", "volume", "notifications",
        "lock_minutes", "geometry", "splitter_state", VERSION_KEY,
    }  # fmt: skip
    for key in sorted(set(old) - known):
        log.info("Setting %s is no longer used; dropped", key)
    return new, window


#: from-version -> the step to the next version
STEPS: dict[int, Step] = {1: v1_to_v2}


def _version(store: QSettings) -> int:
    raw = store.value(VERSION_KEY)
    if raw is None:
        return 1 if store.allKeys() else CURRENT_VERSION
    try:
        return int(str(raw))
    except ValueError as error:
        raise MigrationError("schema_version is not a number") from error


def migrate(values: Values, version: int) -> tuple[Values, Values, int]:
    """Run every step from ``version`` to the current one (pure: no files)."""
    window: Values = {}
    while version < CURRENT_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise MigrationError(f"no upgrade from schema {version}")
        try:
            values, moved = step(values)
        except (KeyError, TypeError, ValueError) as error:
            raise MigrationError(f"schema {version}: {type(error).__name__}") from error
        window.update(moved)
        version += 1
    return values, window, version


def upgrade(prefs_path: Path, window_path: Path) -> bool:
    """Bring the file on disk to :data:`CURRENT_VERSION`; True when it was rewritten."""
    if not prefs_path.exists():
        return False
    store = QSettings(str(prefs_path), QSettings.Format.IniFormat)
    if store.status() is not QSettings.Status.NoError:
        raise MigrationError(f"unreadable ({store.status().name})")
    version = _version(store)
    if version >= CURRENT_VERSION:
        return False
    old = {key: store.value(key) for key in store.allKeys()}
    values, window, reached = migrate(old, version)
    backup = prefs_path.with_name(f"{prefs_path.name}.v{version}.bak")
    shutil.copy2(prefs_path, backup)
    store.clear()
    for key, value in values.items():
        store.setValue(key, value)
    store.setValue(VERSION_KEY, reached)
    store.sync()
    if window:
        state = QSettings(str(window_path), QSettings.Format.IniFormat)
        for key, value in window.items():
            if not state.contains(key):  # what the window saved since wins
                state.setValue(key, value)
        state.sync()
    log.info("Preferences upgraded from schema %d to %d (backup %s)", version, reached, backup.name)
    return True
