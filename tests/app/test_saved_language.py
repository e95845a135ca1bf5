"""The interface language read cheaply for the first window agrees with the full settings."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import pytest
from PySide6.QtCore import QCoreApplication

from console.app import i18n, saved_language
from console.app.options import Options
from console.app.runtime import workstation_settings
from console.app.saved_language import DEFAULT_LANGUAGE, preferences_folder
from console.app.settings import InterfacePrefs, Language, Preferences, Settings


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "preferences.ini"
    path.write_text(text, encoding="utf-8")
    return path


def options(data_dir: Path | None) -> Options:
    return Options(
        server="https://hotline.example.org",
        user="advocate1",
        data_dir=data_dir,
        debug_stalls=False,
        language=None,
    )


def test_the_codes_and_the_default_are_the_settings_and_the_catalogues() -> None:
    assert saved_language.LANGUAGES == get_args(Language) == i18n.LANGUAGES
    assert InterfacePrefs().language == DEFAULT_LANGUAGE


@pytest.fixture
def console_names(qapp: QCoreApplication) -> Iterator[None]:
    """The names the bootstrap gives the application (they place the OS's folder)."""
    before = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("AdvocateConsole")
    qapp.setApplicationName("Advocate Console")
    yield
    qapp.setOrganizationName(before[0])
    qapp.setApplicationName(before[1])


@pytest.mark.usefixtures("console_names")
@pytest.mark.parametrize("data_dir", ["given", None])
def test_the_folder_is_the_one_the_workstation_settings_use(
    tmp_path: Path, data_dir: str | None
) -> None:
    given = tmp_path / "data" if data_dir else None
    assert preferences_folder(given) == workstation_settings(options(given)).folder


def test_no_file_is_no_language_and_nothing_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "settings"
    assert saved_language.saved_language(folder) is None
    assert not folder.exists()


@pytest.mark.parametrize("language", ["en", "es"])
def test_what_the_settings_saved_is_read_back(tmp_path: Path, language: Language) -> None:
    settings = Settings(tmp_path)
    prefs = Preferences()
    other = "es" if language == "en" else "en"
    settings.update(prefs.model_copy(update={"interface": InterfacePrefs(language=other)}))
    settings.update(prefs.model_copy(update={"interface": InterfacePrefs(language=language)}))
    assert saved_language.saved_language(tmp_path) == language
    assert Settings(tmp_path).prefs.interface.language == language


def test_a_first_schema_file_is_read_before_it_is_upgraded(tmp_path: Path) -> None:
    path = write(tmp_path, "[General]\nlanguage=es\nfont_scale=1.5\n")
    assert saved_language.saved_language(tmp_path) == "es"
    assert "schema_version" not in path.read_text(encoding="utf-8")  # untouched
    assert Settings(tmp_path).prefs.interface.language == "es"  # the upgrade agrees


@pytest.mark.parametrize(
    "text",
    [
        "[General]\nschema_version=2\n[interface]\nlanguage=fr\n",  # not a language we have
        "[General]\nschema_version=2\n[interface]\nlanguage=es, en\n",  # a list
        "[General]\nschema_version=2\n[interface]\nlanguage=\n",
        "[General]\nschema_version=2\n[interface]\ntext_size=120\n",  # no language
        "\x00\x01 not an ini file [[[",
    ],
)
def test_anything_else_is_no_language_and_the_settings_fall_back_alike(
    tmp_path: Path, text: str
) -> None:
    write(tmp_path, text)
    assert saved_language.saved_language(tmp_path) is None
    assert Settings(tmp_path).prefs.interface.language == DEFAULT_LANGUAGE


def test_reading_it_imports_neither_pydantic_nor_the_catalogues() -> None:
    code = (
        "import sys; from console.app import saved_language; from pathlib import Path; "
        "saved_language.saved_language(Path('.')); "
        "print(sorted(m for m in ('pydantic', 'console.app.settings', 'console.app.i18n') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
