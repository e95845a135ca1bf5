"""The interface language saved on this workstation, read cheaply for the first window.

The sign-in dialog is shown before the rest of the console is loaded
(:mod:`console.app.bootstrap`), so its language cannot wait for
:class:`~console.app.settings.Settings` (pydantic, the schema upgrade).  This
reads the one key from the same ``preferences.ini`` with QSettings, writes
nothing, and accepts only a known language code: anything else (no file, an
unreadable file, an unknown or damaged value) gives None, and the caller uses
:data:`DEFAULT_LANGUAGE`, the default the full settings would give.

The full settings, loaded right after, stay the authority: the bootstrap
applies their language when it differs from this one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "preferences_folder", "saved_language"]

#: the choices and the default of ``InterfacePrefs.language`` in :mod:`console.app.settings`,
#: which are :data:`console.app.i18n.LANGUAGES` (a test keeps the three equal; neither module
#: is imported here: this runs before the first window, and they cost 20 ms and more)
LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"
#: the file and keys :class:`~console.app.settings.Settings` reads (schema 2), and
#: schema 1's flat key (a file the full settings will upgrade)
PREFERENCES_FILE = "preferences.ini"
_KEYS = ("interface/language", "language")


def preferences_folder(data_dir: Path | None) -> Path:
    """Where ``workstation_settings`` keeps the preferences: beside the cache, else the OS's place.

    The OS's place depends on the organisation and application names: call this
    after the QApplication has them.
    """
    if data_dir is not None:
        return data_dir / "settings"
    location = QStandardPaths.StandardLocation.AppConfigLocation
    return Path(QStandardPaths.writableLocation(location))


def saved_language(folder: Path) -> str | None:
    """The interface language in ``folder``'s preferences, when it is a known one."""
    path = folder / PREFERENCES_FILE
    if not path.is_file():
        return None
    store = QSettings(str(path), QSettings.Format.IniFormat)
    if store.status() is not QSettings.Status.NoError:
        return None
    for key in _KEYS:
        value = store.value(key)
        if value is not None:
            return value if isinstance(value, str) and value in LANGUAGES else None
    return None
