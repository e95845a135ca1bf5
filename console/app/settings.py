"""Every option of the console, declared once, typed, with defaults and bounds.

Preferences (what the advocate chooses: language, text size, look, alerts) live
in ``preferences.ini``; window state (geometry, splitter positions) lives apart
in ``window-state.ini``, so resetting one never loses the other.  Both are
QSettings INI files in the console's configuration folder (by default the
platform's AppConfigLocation for the organisation ``AdvocateConsole`` and the
application ``Advocate Console``, the names the bootstrap sets).

The preferences file carries a ``schema_version``; an older file is upgraded
step by step (:mod:`console.app.settings_migrations`) after a backup copy is
made.  A value on disk that is not valid (out of bounds, not a number, an
unknown choice) falls back to its default; the log names the key, never the
value.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from PySide6.QtCore import QByteArray, QObject, QSettings, QStandardPaths, Signal

from .board_settings import BoardSettings
from .settings_migrations import CURRENT_VERSION, MigrationError, upgrade

__all__ = [
    "AlertPrefs",
    "BoardPrefs",
    "InterfacePrefs",
    "Language",
    "PolicyPrefs",
    "Preferences",
    "Settings",
    "ThemeChoice",
    "WindowState",
    "bounds",
    "default_folder",
]

log = logging.getLogger(__name__)

PREFERENCES_FILE = "preferences.ini"
WINDOW_STATE_FILE = "window-state.ini"
VERSION_KEY = "schema_version"
#: what the hotline keeps on a workstation when it says nothing else (DOMAIN.md 7.3)
HOTLINE_RETENTION_DAYS = 7

Language = Literal["en", "es"]


class ThemeChoice(StrEnum):
    """The look: the operating system's, or one chosen here."""

    FOLLOW_OS = "follow_os"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


class _Group(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", validate_default=True)


class InterfacePrefs(_Group):
    language: Language = "en"
    #: percent of the system's font size
    text_size: Annotated[int, Field(ge=100, le=200)] = 100
    theme: ThemeChoice = ThemeChoice.FOLLOW_OS


class AlertPrefs(_Group):
    #: ring while a new offer waits
    offer_sound: bool = True
    #: loudness of every alert sound, in percent
    offer_volume: Annotated[int, Field(ge=0, le=100)] = 80
    #: a soft chime for a message in a tab that is not in front
    message_sound: bool = True
    #: "New chat offer" in the system tray (never a preview of the contact)
    tray_notification: bool = True
    #: flash the console's taskbar entry while an offer waits
    taskbar_flash: bool = True


class PolicyPrefs(_Group):
    """What the hotline sets; a workstation may tighten it."""

    #: minutes without input before the console locks itself
    idle_lock_minutes: Annotated[int, Field(ge=1, le=15)] = 5
    #: days a closed case stays in this computer's cache; None: the hotline's rule
    retention_days: Annotated[int, Field(ge=1, le=365)] | None = None

    def effective_retention_days(self, hotline: int | None = None) -> int:
        """This workstation's value if set, else the hotline's, else 7 days."""
        if self.retention_days is not None:
            return self.retention_days
        return hotline if hotline is not None else HOTLINE_RETENTION_DAYS


class BoardPrefs(_Group):
    """The lead's board (:class:`~console.app.board_settings.BoardSettings`), in seconds."""

    wait_waiting_s: Annotated[float, Field(ge=1, le=3600)] = 30.0
    wait_long_s: Annotated[float, Field(ge=1, le=3600)] = 120.0
    wait_very_long_s: Annotated[float, Field(ge=1, le=3600)] = 300.0
    sample_interval_s: Annotated[float, Field(ge=1, le=60)] = 5.0
    history_samples: Annotated[int, Field(ge=2, le=17_280)] = 720

    @model_validator(mode="after")
    def _increasing(self) -> Self:
        if not self.wait_waiting_s < self.wait_long_s < self.wait_very_long_s:
            raise ValueError("wait thresholds must increase")
        return self

    def board_settings(self) -> BoardSettings:
        return BoardSettings(
            wait_thresholds_s=(self.wait_waiting_s, self.wait_long_s, self.wait_very_long_s),
            sample_interval_s=self.sample_interval_s,
            history_samples=self.history_samples,
        )


class Preferences(_Group):
    """All preferences; each group is one ``[section]`` of ``preferences.ini``."""

    interface: InterfacePrefs = InterfacePrefs()
    alerts: AlertPrefs = AlertPrefs()
    policy: PolicyPrefs = PolicyPrefs()
    board: BoardPrefs = BoardPrefs()


GROUPS: dict[str, type[_Group]] = {
    name: info.annotation  # type: ignore[misc]  # every field of Preferences is a _Group
    for name, info in Preferences.model_fields.items()
}


def bounds(group: type[BaseModel], field: str) -> tuple[float, float]:
    """The declared lower and upper bound of a numeric option (for the dialog)."""
    low = high = None
    for item in group.model_fields[field].metadata:
        low = getattr(item, "ge", low)
        high = getattr(item, "le", high)
    if low is None or high is None:
        raise KeyError(f"{group.__name__}.{field} has no bounds")
    return float(low), float(high)


def default_folder() -> Path:
    """The console's configuration folder (organisation and application names apply)."""
    location = QStandardPaths.StandardLocation.AppConfigLocation
    return Path(QStandardPaths.writableLocation(location))


def _to_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def _read_group(store: QSettings, name: str, model: type[_Group]) -> _Group:
    store.beginGroup(name)
    raw: dict[str, Any] = {key: store.value(key) for key in store.childKeys()}
    store.endGroup()
    raw = {k: v for k, v in raw.items() if k in model.model_fields}
    while True:
        try:
            return model.model_validate(raw)
        except ValidationError as error:
            bad = {str(e["loc"][0]) for e in error.errors() if e["loc"]}
            if not bad or not bad & raw.keys():  # a rule across fields: the group's defaults
                log.warning("Settings group %s on disk is invalid; using its defaults", name)
                return model()
            for key in sorted(bad & raw.keys()):
                log.warning("Setting %s/%s on disk is invalid; using the default", name, key)
                del raw[key]


class WindowState:
    """Geometry and splitter positions, apart from the preferences."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._store = _ini(path)

    def _get(self, group: str, name: str) -> QByteArray | None:
        value = self._store.value(f"{group}/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, group: str, name: str, data: QByteArray) -> None:
        self._store.setValue(f"{group}/{name}", data)
        self._store.sync()

    def geometry(self, name: str) -> QByteArray | None:
        return self._get("geometry", name)

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self._set("geometry", name, data)

    def splitter(self, name: str) -> QByteArray | None:
        return self._get("splitters", name)

    def set_splitter(self, name: str, data: QByteArray) -> None:
        self._set("splitters", name, data)


class Settings(QObject):
    """The preferences of this workstation, loaded once, saved on each change."""

    changed = Signal(object)  # Preferences, after it was saved

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder if folder is not None else default_folder()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / PREFERENCES_FILE
        self.window_state = WindowState(self.folder / WINDOW_STATE_FILE)
        self._store = _ini(self.path)
        self._upgrade()
        self._prefs = self._load()

    @property
    def prefs(self) -> Preferences:
        return self._prefs

    def update(self, prefs: Preferences) -> None:
        """Save ``prefs`` and tell everyone (nothing happens when nothing changed)."""
        if prefs == self._prefs:
            return
        self._prefs = prefs
        self._save()
        self.changed.emit(prefs)

    def _upgrade(self) -> None:
        try:
            upgraded = upgrade(self.path, self.window_state.path)
        except MigrationError as error:
            # Set aside for a person to look at; this workstation starts from the defaults.
            aside = self.path.with_name(f"{self.path.name}.unreadable")
            log.warning("Preferences could not be upgraded (%s); set aside, defaults used", error)
            self.path.replace(aside)
            upgraded = True
        if upgraded:
            self._store = _ini(self.path)
            self.window_state = WindowState(self.window_state.path)

    def _load(self) -> Preferences:
        if self._store.status() is not QSettings.Status.NoError:
            log.warning(
                "Preferences file unreadable (%s); using the defaults", self._store.status()
            )
            return Preferences()
        version = self._store.value(VERSION_KEY)
        if version is not None and str(version) != str(CURRENT_VERSION):
            log.warning(
                "Preferences schema %s is not %d; reading what fits", version, CURRENT_VERSION
            )
        groups = {name: _read_group(self._store, name, model) for name, model in GROUPS.items()}
        return Preferences.model_validate(groups)

    def _save(self) -> None:
        store = self._store
        store.setValue(VERSION_KEY, CURRENT_VERSION)
        for name in GROUPS:
            group: _Group = getattr(self._prefs, name)
            store.beginGroup(name)
            for key in type(group).model_fields:
                value = getattr(group, key)
                if value is None:
                    store.remove(key)
                else:
                    store.setValue(key, _to_text(value))
            store.endGroup()
        store.sync()
        if store.status() is not QSettings.Status.NoError:
            log.warning("Preferences could not be saved (%s)", store.status())
