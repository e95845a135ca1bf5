"""The interface language: Qt translators for English, Spanish and a pseudo-locale.

The catalogues are Qt Linguist files in ``resources/translations/``
(``advocate_console_<lang>.ts``, written by ``scripts/translations.py update`` and
by translators, never by hand-editing a ``.qm``).  The compiled ``.qm`` files are
built by ``make`` (``python -m console.app.i18n build``) and by the tests; a
console that finds one missing or older than its catalogue compiles it into its
cache folder with Qt's ``lrelease`` (shipped with PySide6).

English is the source language, but it still has a catalogue: it carries the
plural forms of ``%n`` strings.  Qt's own base translations (``qtbase_es``) are
loaded too, so standard dialogs and buttons follow.

The pseudo-locale (``--lang pseudo``) replaces every string with a stretched,
accented and bracketed copy (placeholders and mnemonics kept), so a string that
is not translated, or a label that clips a longer translation, stands out.
"""

from __future__ import annotations

import hashlib
import logging
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es")
PSEUDO = "pseudo"
CATALOGUE = "advocate_console_{language}"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_ACCENTS = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÅåÇçÉéÎîÑñÖöŠšÛûÝýŽž")


class TranslationError(Exception):
    """A catalogue could not be compiled or loaded (the interface stays in English)."""


def catalogue_folder() -> Path:
    """``resources/translations`` of the installed package."""
    return Path(str(resources.files("console.resources").joinpath("translations")))


def catalogue(language: str) -> Path:
    return catalogue_folder() / f"{CATALOGUE.format(language=language)}.ts"


def lrelease() -> Path:
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / name


def compile_catalogue(ts: Path, qm: Path) -> Path:
    """``lrelease ts -qm qm``; raises TranslationError with what lrelease said."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(  # noqa: S603 (fixed program, our own file paths)
            [str(lrelease()), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except OSError as error:
        raise TranslationError(f"lrelease could not run: {error}") from error
    if done.returncode != 0 or not qm.exists():
        raise TranslationError(f"lrelease failed on {ts.name}: {done.stderr.strip()[:400]}")
    return qm


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def compiled(language: str, cache: Path) -> Path:
    """The ``.qm`` of ``language``: the built one beside its catalogue when current,
    else one compiled into ``cache`` (named by the catalogue's hash, so a changed
    catalogue is compiled again)."""
    ts = catalogue(language)
    if not ts.exists():
        raise TranslationError(f"no catalogue for {language!r}")
    built = ts.with_suffix(".qm")
    if built.exists() and built.stat().st_mtime >= ts.stat().st_mtime:
        return built
    qm = cache / f"{ts.stem}-{_digest(ts)}.qm"
    return qm if qm.exists() else compile_catalogue(ts, qm)


def build_all() -> list[Path]:
    """Compile every catalogue beside itself (``make`` and the tests run this)."""
    return [
        compile_catalogue(catalogue(lang), catalogue(lang).with_suffix(".qm")) for lang in LANGUAGES
    ]


# ------------------------------------------------------------------ pseudo-locale


def pseudo_text(text: str) -> str:
    """A stretched, accented copy of ``text``: about 40-50 % longer, bracketed.

    ``{name}`` placeholders, ``%n``/``%1`` markers, ``&`` mnemonics and HTML-like
    tags are kept as they are, so the string still works where it is used.
    """
    out: list[str] = []
    i = 0
    letters = 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            end = text.find("}", i)
            if end > i:
                out.append(text[i : end + 1])
                i = end + 1
                continue
        if ch == "%" and i + 1 < len(text) and (text[i + 1] == "n" or text[i + 1].isdigit()):
            out.append(text[i : i + 2])
            i += 2
            continue
        if ch == "&" and i + 1 < len(text):
            out.append(text[i : i + 2])  # the mnemonic letter stays as it is
            i += 2
            continue
        out.append(ch.translate(_ACCENTS))
        if ch.isalpha():
            letters += 1
            if letters % 2 == 0:
                out.append("·")  # stretch
        i += 1
    return f"{PSEUDO_OPEN}{''.join(out)}{PSEUDO_CLOSE}"


def _messages(ts: Path) -> Iterator[tuple[ET.Element, ET.Element]]:
    tree = ET.parse(ts)  # noqa: S314 (our own catalogue)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield context, message


def write_pseudo(source: Path, target: Path) -> Path:
    """A catalogue with every message of ``source`` in the pseudo-locale."""
    tree = ET.parse(source)  # noqa: S314 (our own catalogue)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(text)
        else:
            translation.text = pseudo_text(text)
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


# ------------------------------------------------------------------ installing


class Translations:
    """The translators installed in one application; :meth:`apply` switches them."""

    def __init__(self, app: QCoreApplication, cache: Path | None = None) -> None:
        self._app = app
        self._cache = cache or Path(tempfile.gettempdir()) / "advocate-console-translations"
        self._installed: list[QTranslator] = []
        self.language = "en"

    def __repr__(self) -> str:
        return f"Translations(language={self.language!r})"

    def apply(self, language: str) -> str:
        """Install ``language`` (en, es or pseudo); returns what was applied.

        A catalogue that cannot be compiled or loaded leaves the interface in
        English and says so in the log (never a crash at start-up).
        """
        if language not in (*LANGUAGES, PSEUDO):
            raise ValueError(f"unknown interface language {language!r}")
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        try:
            if language == PSEUDO:
                qm = self._pseudo()
                base = None
            else:
                qm = compiled(language, self._cache)
                base = language
        except TranslationError as error:
            log.warning("Interface language %s not available: %s", language, error)
            self.language = "en"
            return self.language
        if base is not None and base != "en":
            qt_base = QTranslator(self._app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_base.load(f"qtbase_{base}", folder):
                self._install(qt_base)
            else:
                log.info("Qt's own %s translations not found in %s", base, folder)
        ours = QTranslator(self._app)
        if not ours.load(str(qm)):
            log.warning("Interface catalogue %s could not be loaded", qm.name)
            self.language = "en"
            return self.language
        self._install(ours)
        self.language = language
        QLocale.setDefault(
            QLocale(QLocale.Language.Spanish if language == "es" else QLocale.Language.English)
        )
        return language

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)

    def _pseudo(self) -> Path:
        source = catalogue("en")
        ts = write_pseudo(source, self._cache / f"pseudo-{_digest(source)}.ts")
        qm = ts.with_suffix(".qm")
        return qm if qm.exists() else compile_catalogue(ts, qm)


if __name__ == "__main__":
    if sys.argv[1:] != ["build"]:
        sys.exit("usage: python -m console.app.i18n build")
    for path in build_all():
        print(path)
