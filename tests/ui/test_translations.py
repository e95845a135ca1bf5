"""The interface in other languages: catalogues current and complete, nothing left in
English under the pseudo-locale, nothing clipped by longer words, Spanish shown.

The pseudo-locale wraps every translated string in ⟦…⟧ and stretches it; a text
shown without the bracket did not go through Qt's translation system (or went
through it with a context lupdate did not see).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QTabBar, QWidget

from console.app.i18n import PSEUDO_OPEN, Translations
from console.ui.panels import ReportingPanel
from console.widgets._languages import language_info
from tests.ui.clipping import checked, clipped, describe
from tests.ui.conftest import ConsoleFactory, Gateway
from tests.ui.screens import Screens, open_screens, shown_texts

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "translations.py"
CATALOGUES = ROOT / "resources" / "translations"

ISOLATES = re.compile("[\u2066-\u2069\u202a-\u202e]")  # bidi marks around contact data
NO_WORDS = re.compile(r"^[\W\d_]*$")  # digits, times, punctuation, symbols only


# ------------------------------------------------------------------ the catalogues


def _messages(ts: Path) -> set[tuple[str, str, str, bool]]:
    root = ET.parse(ts).getroot()
    return {
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment") or "",
            message.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_catalogues_are_current_and_complete(tmp_path: Path) -> None:
    """lupdate over the code into a copy finds no new or changed text; check is clean."""
    scripts = tmp_path / "scripts"
    translations = tmp_path / "resources" / "translations"
    scripts.mkdir()
    translations.mkdir(parents=True)
    shutil.copy(SCRIPT, scripts / SCRIPT.name)
    for ts in CATALOGUES.glob("*.ts"):
        shutil.copy(ts, translations / ts.name)
    for folder in ("console/app", "console/ui", "console/widgets"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    done = subprocess.run(
        [sys.executable, str(scripts / SCRIPT.name), "update"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for ts in CATALOGUES.glob("*.ts"):
        committed, fresh = _messages(ts), _messages(translations / ts.name)
        assert fresh == committed, (
            f"{ts.name} is out of date: run scripts/translations.py update and translate."
            f"\nnew: {sorted(fresh - committed)[:10]}\ngone: {sorted(committed - fresh)[:10]}"
        )
    check = subprocess.run(
        [sys.executable, str(SCRIPT), "check"], capture_output=True, text=True, check=False
    )
    assert check.returncode == 0 and not check.stdout, check.stdout[:2000]


# ------------------------------------------------------------------ the screens


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    translations = Translations(qapp, tmp_path / "translations")
    assert translations.apply("pseudo") == "pseudo"
    yield translations
    translations.apply("en")


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    translations = Translations(qapp, tmp_path / "translations")
    assert translations.apply("es") == "es"
    yield translations
    translations.apply("en")


def _data(screens: Screens) -> tuple[set[str], set[QWidget]]:
    """What is shown on purpose untranslated: the texts (who the people and contacts
    are, the server, a language's name from Qt's locale data) and the widgets (the
    reporting guide's outcome and consent wording, bilingual resource data; Qt's own
    standard buttons, which follow qtbase_es: see the Spanish test)."""
    sessions = [tab.session for tab in screens.advocate.tabs_by_id.values()]
    texts = {screens.lead.context.server_url}
    texts |= {w.shift.user.display_name for w in (screens.advocate, screens.lead)}
    for session in sessions:
        texts |= {session.contact.label, session.language.upper()}
        texts.add(language_info(session.language).label())
    widgets: set[QWidget] = set()
    for panel in screens.advocate.findChildren(ReportingPanel):
        widgets |= {panel.question, panel.question_help, *panel.answer_buttons.values()}
        widgets |= {panel.outcome_title, panel.outcome_summary, panel.outcome_steps}
        widgets |= set(panel.consent_form.scopes.values()) | {panel.consent_form.method}
    for window in screens.windows().values():
        for box in window.findChildren(QDialogButtonBox):
            widgets |= {box.button(b) for b in _STANDARD if box.button(b) is not None}
    return texts, widgets


_STANDARD = (
    QDialogButtonBox.StandardButton.Ok,
    QDialogButtonBox.StandardButton.Cancel,
    QDialogButtonBox.StandardButton.Apply,
    QDialogButtonBox.StandardButton.Close,
)


def untranslated(screens: Screens) -> list[str]:
    texts, widgets = _data(screens)
    problems: list[str] = []
    for name, window in screens.windows().items():
        for shown in shown_texts(window):
            if shown.widget not in widgets and not _translated(shown.text, texts):
                problems.append(f"{name}: {shown}")
    return problems


def _translated(text: str, data: set[str]) -> bool:
    text = ISOLATES.sub("", text.replace("&", "")).strip()
    return (
        PSEUDO_OPEN in text
        or NO_WORDS.match(text) is not None
        or text in data
        or any(text.startswith(f"{d} · ") for d in data)  # "label · 0:42" in a tab
    )


@pytest.mark.asyncio
async def test_every_text_shown_is_translated(
    pseudo: Translations, console_for: ConsoleFactory, gateway: Gateway, tmp_path: Path
) -> None:
    screens = await open_screens(console_for, gateway, tmp_path)
    try:
        walked = sum(len(shown_texts(w)) for w in screens.windows().values())
        assert walked > 250, f"the walk sees the screens ({walked} texts)"
        problems = untranslated(screens)
        assert not problems, "\n".join(problems)
    finally:
        screens.close()


@pytest.mark.asyncio
async def test_longer_words_do_not_clip(
    pseudo: Translations, console_for: ConsoleFactory, gateway: Gateway, tmp_path: Path
) -> None:
    screens = await open_screens(console_for, gateway, tmp_path)
    try:
        windows = screens.windows()
        assert sum(len(checked(w)) for w in windows.values()) > 100, "labels and buttons seen"
        problems = [f"{name}: {describe(clipped(w))}" for name, w in windows.items() if clipped(w)]
        assert not problems, "\n".join(problems)
    finally:
        screens.close()


@pytest.mark.asyncio
async def test_spanish_is_shown(
    spanish: Translations, console_for: ConsoleFactory, gateway: Gateway, tmp_path: Path
) -> None:
    screens = await open_screens(console_for, gateway, tmp_path)
    try:
        menus = [a.text() for a in screens.advocate.menuBar().actions()]
        assert "&Sesión" in menus, menus
        session_menu = screens.advocate.menuBar().actions()[menus.index("&Sesión")].menu()
        assert isinstance(session_menu, QMenu)
        items = [a.text() for a in session_menu.actions()]
        assert "&Aceptar la oferta más antigua" in items, items
        tab = screens.advocate.tabs_by_id[screens.session_id]
        assert tab.end_button.text() == "&Terminar sesión…"
        settings = screens.dialogs["settings"]
        assert settings.windowTitle() == "Configuración"
        bar = settings.findChildren(QTabBar)[0]
        assert "&Pantalla" in [bar.tabText(i) for i in range(bar.count())]
        # Qt's own standard buttons follow qtbase_es.
        box = settings.findChild(QDialogButtonBox)
        assert box is not None
        shown = {
            b: box.button(b).text().replace("&", "")
            for b in (QDialogButtonBox.StandardButton.Cancel, QDialogButtonBox.StandardButton.Apply)
        }
        assert shown[QDialogButtonBox.StandardButton.Cancel] == "Cancelar", shown
        assert shown[QDialogButtonBox.StandardButton.Apply] == "Aplicar", shown
    finally:
        screens.close()
