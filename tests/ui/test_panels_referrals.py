"""Referral search: the directory cached for offline use, referrals noted and offered."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from console.app.reference import Reference
from console.protocol import NoteKind, NoteRecord
from console.ui.panels import ReferralPanel, insert_into_composer
from tests.conftest import Backend
from tests.ui.conftest import until
from tests.ui.panels_support import Desk, open_desk, shot

__all__ = ["open_desk"]

SHELTERS = {"(fictional) Riverside Shelter Network", "(fictional) Harbor House Shelter"}


def panel_for(desk: Desk, reference: Reference) -> ReferralPanel:
    panel = ReferralPanel(desk.casework, reference, desk.tab.session, desk.tab.tasks)
    panel.resize(560, 720)
    panel.insert_requested.connect(
        lambda text: desk.tab.composer is not None and insert_into_composer(desk.tab.composer, text)
    )
    return panel


async def search(panel: ReferralPanel, words: str, language: str = "", region: str = "") -> int:
    """Type the filters and wait for the search the panel runs."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(count: int) -> None:
        if not done.done():
            done.set_result(count)

    panel.searched.connect(finished)
    try:
        panel.words.setText(words)
        panel.region.setText(region)
        index = panel.language.findData(language)
        panel.language.setCurrentIndex(index if index >= 0 else 0)
        panel.search()
        return await asyncio.wait_for(done, 10)
    finally:
        panel.searched.disconnect(finished)


def names(panel: ReferralPanel) -> list[str]:
    return [panel.model.service_at(r).name for r in range(panel.model.rowCount())]


@pytest.mark.asyncio
async def test_search_online_then_offline_finds_shelters_in_spanish(
    open_desk: Any, ui_backend: Backend, qtbot: Any
) -> None:
    desk = await open_desk("+15550180", body="AYUDA", language="es")
    # The console fetched the directory when it signed in, for use offline.
    reference = desk.window.context.reference
    assert reference is not None
    await until(lambda: reference.directory_fetched_at() is not None, what="the directory")
    panel = panel_for(desk, reference)
    qtbot.addWidget(panel)
    assert panel.language.currentData() == "es"  # the session's language

    online = [s.name for s in await reference.search_remote(q="shelter", language="es")]
    assert set(online) >= SHELTERS
    assert await reference.refresh()
    assert reference.directory_size() >= 26
    assert "Emergency shelter" in reference.service_types()
    await search(panel, "shelter", "es")
    assert set(names(panel)) == set(online)  # the cached copy finds what the server finds
    shot(panel, "panel_referrals_es")

    ui_backend.stop()
    assert not await reference.refresh()  # offline: the copy stays
    assert reference.offline
    await search(panel, "shelter", "es")
    assert set(names(panel)) == set(online)
    assert panel.status.text().startswith("Offline: ")
    # A new console start, offline: the directory is read from the encrypted cache.
    again = desk.reference()
    found = [s.name for s in again.search(q="shelter", language="español")]
    assert found == names(panel)
    assert again.search(q="refugio", language="es") == []  # words are matched, not translated
    houston = again.search(service="Emergency shelter", region="Houston, TX")
    assert houston[0].name == "(fictional) Riverside Shelter Network"
    ui_backend.start()


@pytest.mark.asyncio
async def test_add_to_case_notes_the_referral_and_send_only_fills_the_reply_box(
    open_desk: Any, qtbot: Any
) -> None:
    desk = await open_desk("+15550181")
    reference = desk.reference()
    assert await reference.refresh()
    panel = panel_for(desk, reference)
    qtbot.addWidget(panel)
    await search(panel, "trafficking hotline")
    assert panel.current() is not None
    service = panel.current()
    assert service is not None and service.name == "National Human Trafficking Hotline"
    detail = panel.detail.toPlainText()
    for part in ("1-888-373-7888", "Languages: English, Spanish", "Hours: Open 24 hours"):
        assert part in detail
    shot(panel, "panel_referrals_en")

    note_id = panel.add_to_case()
    [note] = [c.record for c in desk.casework.notes(desk.case_id) if c.id == note_id]
    assert isinstance(note, NoteRecord) and note.kind is NoteKind.REFERRAL
    assert note.body.startswith("Referral given: National Human Trafficking Hotline\n")
    assert f"Directory id: {service.id}" in note.body

    sent: list[str] = []
    composer = desk.tab.composer
    assert composer is not None
    composer.submitted.connect(sent.append)
    pending = desk.window.shift.pending_count()
    composer.set_draft("Here is a number you can use:")
    text = panel.send_to_contact()
    assert text == (
        "National Human Trafficking Hotline: call 1-888-373-7888, or text 233733,"
        " or TTY 711. Open 24 hours, every day."
    )
    assert composer.text() == f"Here is a number you can use: {text}"
    assert sent == [] and desk.window.shift.pending_count() == pending  # never sent by itself
    await until(
        lambda: desk.casework.draft(f"session:{desk.tab.session.id}:reply") == composer.text(),
        what="the reply draft saved as if typed",
    )
