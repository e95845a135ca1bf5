"""Translators: catalogues compiled with Qt's lrelease, the pseudo-locale, the switch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication

from console.app import i18n
from console.app.i18n import PSEUDO_CLOSE, PSEUDO_OPEN, Translations, pseudo_text


def test_pseudo_text_is_longer_and_keeps_placeholders_and_mnemonics() -> None:
    text = "&End session with {label} (%n left)"
    pseudo = pseudo_text(text)
    assert pseudo.startswith(PSEUDO_OPEN) and pseudo.endswith(PSEUDO_CLOSE)
    assert "&E" in pseudo and "{label}" in pseudo and "%n" in pseudo
    plain = "Accept the offer before it moves on"
    assert len(pseudo_text(plain)) >= len(plain) * 1.3  # a translation can be that much longer
    assert pseudo_text("Sign in") != "Sign in"


@given(st.text(max_size=200))
def test_pseudo_text_never_loses_a_placeholder(text: str) -> None:
    pseudo = pseudo_text(text)
    for name in ("{label}", "{who}", "%n", "%1"):
        assert pseudo.count(name) >= text.count(name) or name not in text


def test_the_catalogues_compile(tmp_path: Path) -> None:
    for language in i18n.LANGUAGES:
        qm = i18n.compiled(language, tmp_path)
        assert qm.exists() and qm.stat().st_size > 0


def test_a_broken_catalogue_is_a_clear_error(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ts"
    broken.write_text("<TS><context><name>x</name><message>", encoding="utf-8")
    with pytest.raises(i18n.TranslationError, match="lrelease failed"):
        i18n.compile_catalogue(broken, tmp_path / "broken.qm")


def test_switching_to_the_pseudo_locale_and_back(qapp: Any, tmp_path: Path) -> None:
    translations = Translations(qapp, tmp_path)
    try:
        assert translations.apply("pseudo") == "pseudo"
        shown = QCoreApplication.translate("SessionTab", "End session")
        assert shown.startswith(PSEUDO_OPEN), shown
        assert translations.apply("en") == "en"
        assert QCoreApplication.translate("SessionTab", "End session") == "End session"
    finally:
        translations.apply("en")
    with pytest.raises(ValueError, match="unknown interface language"):
        translations.apply("klingon")
