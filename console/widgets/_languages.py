"""Every language Qt's locale data knows: BCP 47 code, English and native names."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QLocale

from console.domain.text import isolate


@dataclass(frozen=True, slots=True)
class LanguageInfo:
    code: str  # BCP 47 primary language subtag: "es", "vi", "fil"
    english: str  # "Spanish"
    native: str  # "español" ("" when Qt has no data for it)

    def label(self) -> str:
        """ "Spanish · español (es)"; the native name is left out when it adds nothing."""
        if self.native and fold(self.native) != fold(self.english):
            return f"{self.english} · {isolate(self.native)} ({self.code})"
        return f"{self.english} ({self.code})"

    def search_text(self) -> str:
        return " ".join((fold(self.english), fold(self.native), self.code.lower()))


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching ("Tiếng Việt" -> "tieng viet")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _native_name(language: QLocale.Language) -> str:
    """The language's own name, without a region ("español", not "español de España")."""
    default = QLocale(language)
    if default.language() != language:
        return ""
    names = {
        locale.nativeLanguageName()
        for locale in QLocale.matchingLocales(
            language, default.script(), QLocale.Country.AnyCountry
        )
    }
    names.discard("")
    return min(names, key=lambda name: (len(name), name)) if names else ""


@cache
def all_languages() -> tuple[LanguageInfo, ...]:
    """Every language with a code, sorted by English name."""
    found: dict[str, LanguageInfo] = {}
    for language in QLocale.Language:
        if language in (QLocale.Language.AnyLanguage, QLocale.Language.C):
            continue
        code = QLocale.languageToCode(language)
        if not code or code in found:
            continue
        found[code] = LanguageInfo(code, QLocale.languageToString(language), _native_name(language))
    return tuple(sorted(found.values(), key=lambda info: fold(info.english)))


def language_info(code: str) -> LanguageInfo:
    """What is known of a BCP 47 tag ("es-MX" is looked up as "es")."""
    primary = code.split("-", maxsplit=1)[0].lower()
    return _by_code().get(primary) or LanguageInfo(code, code, "")


@cache
def _by_code() -> dict[str, LanguageInfo]:
    return {info.code: info for info in all_languages()}
