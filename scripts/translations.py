"""The translation catalogues: ``update`` them from the code, or ``check`` them.

``python scripts/translations.py update`` runs Qt's lupdate over the console's
screens and services (every ``tr()`` and ``QCoreApplication.translate()``) into
``resources/translations/advocate_console_{en,es}.ts``, keeping every translation
already made and dropping strings the code no longer has.  Translators then fill
the Spanish catalogue (Qt Linguist: ``pyside6-linguist``); English needs only the
plural forms of ``%n`` strings.  ``check`` fails while a string is untranslated
(in English: while a plural form is missing).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("console/app", "console/ui", "console/widgets")
TS = {
    lang: ROOT / "resources" / "translations" / f"advocate_console_{lang}.ts"
    for lang in ("en", "es")
}


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for f in FOLDERS for p in (ROOT / f).rglob("*.py"))


def update() -> None:
    lupdate = Path(PySide6.__file__).parent / (
        "lupdate.exe" if sys.platform == "win32" else "lupdate"
    )
    for lang, ts in TS.items():
        ts.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                str(lupdate),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-extensions",
                "py",
                *sources(),
                "-ts",
                str(ts),
            ],
            cwd=ROOT,
            check=True,
        )
        _drop_doc_comments(ts)
        missing = untranslated(ts, plurals_only=lang == "en")
        print(f"{ts.relative_to(ROOT)}: {len(missing)} untranslated")


def _drop_doc_comments(ts: Path) -> None:
    """lupdate takes every ``#:`` comment (our attribute docs) for a note to translators
    and pins it on the next message; the code has no translator notes, so drop them."""
    text = ts.read_text(encoding="utf-8")
    ts.write_text(re.sub(r"\n *<extracomment>.*?</extracomment>", "", text, flags=re.S), "utf-8")


def untranslated(ts: Path, *, plurals_only: bool = False) -> list[str]:
    """The source texts of messages with no finished translation (with
    ``plurals_only``: of ``%n`` messages only, all English needs)."""
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        if plurals_only and message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(source)
            continue
        forms = [f.text for f in translation.iter("numerusform")]
        if (message.get("numerus") == "yes" and (not forms or not all(forms))) or (
            message.get("numerus") != "yes" and not translation.text
        ):
            found.append(source)
    return found


def check() -> int:
    missing = {lang: untranslated(ts, plurals_only=lang == "en") for lang, ts in TS.items()}
    for lang, texts in missing.items():
        for text in texts:
            print(f"{lang}: untranslated: {text!r}")
    return 1 if any(missing.values()) else 0


if __name__ == "__main__":
    command = sys.argv[1:] or ["update"]
    if command == ["update"]:
        update()
    elif command == ["check"]:
        sys.exit(check())
    else:
        sys.exit("usage: scripts/translations.py [update|check]")
