"""LanguagePicker: every QLocale language, found by English name, native name or code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.widgets._languages import all_languages, language_info
from console.widgets.language_picker import LanguageFilter, LanguagePicker, language_model


@pytest.fixture
def picker(qtbot: QtBot) -> LanguagePicker:
    dialog = LanguagePicker()
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_every_language_has_a_code_and_a_name() -> None:
    languages = all_languages()
    assert len(languages) > 300
    codes = [info.code for info in languages]
    assert len(codes) == len(set(codes))
    assert all(info.code and info.english for info in languages)
    assert language_info("es").native == "español"
    assert language_info("vi").native == "Tiếng Việt"
    assert language_info("es-MX").code == "es"


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("viet", "vi"),
        ("Vietnamese", "vi"),
        ("tieng", "vi"),
        ("es", "es"),
        ("español", "es"),
        ("spa", "es"),
        ("kreyol", "ht"),
        ("العربية", "ar"),
        ("ZH", "zh"),
    ],
)
def test_typing_finds_the_language_first(picker: LanguagePicker, query: str, code: str) -> None:
    picker.set_query(query)
    shown = picker.visible_codes()
    assert shown[0] == code
    assert picker.selected_code() == code


def test_es_also_lists_names_containing_es(picker: LanguagePicker) -> None:
    picker.set_query("es")
    shown = picker.visible_codes()
    assert "et" in shown  # Estonian, after the exact code match
    assert shown.index("es") < shown.index("et")


def test_no_match_disables_ok(qtbot: QtBot, picker: LanguagePicker) -> None:
    picker.set_query("qqqqzzz")
    assert picker.visible_codes() == []
    assert picker.selected_code() is None
    assert not picker._buttons.button(picker._buttons.StandardButton.Ok).isEnabled()
    with qtbot.assertNotEmitted(picker.language_chosen):
        picker.accept()
    assert picker.isVisible()


def test_enter_in_the_search_picks_the_top_match(qtbot: QtBot, picker: LanguagePicker) -> None:
    qtbot.keyClicks(picker._search, "somal")
    qtbot.keyClick(picker._search, Qt.Key.Key_Down)
    qtbot.keyClick(picker._search, Qt.Key.Key_Up)
    with qtbot.waitSignal(picker.language_chosen, timeout=1000) as chosen:
        qtbot.keyClick(picker._search, Qt.Key.Key_Return)
    assert chosen.args == ["so", ""]
    assert not picker.isVisible()


def test_preferred_languages_come_first_with_no_query(qtbot: QtBot) -> None:
    dialog = LanguagePicker(preferred=["es", "vi", "zh"])
    qtbot.addWidget(dialog)
    assert dialog.visible_codes()[:3] == ["es", "vi", "zh"]


def test_filter_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    proxy = LanguageFilter()
    proxy.setSourceModel(language_model(proxy))
    proxy.set_query("an")
    qtmodeltester.check(proxy, force_py=True)
