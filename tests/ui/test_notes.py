"""Case notes in the session tab: saved locally at once, synced, never lost."""

from __future__ import annotations

import httpx
import pytest

from console.app.casework import note_draft_key
from console.protocol import SettablePresence
from console.store.fields import RecordSync
from console.ui.session_tab import SessionTab
from console.widgets import TranscriptRole
from tests.conftest import Backend
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of


async def open_text(
    console_for: ConsoleFactory, gateway: Gateway, number: str
) -> tuple[object, SessionTab]:
    runtime = await console_for("advocate1")
    window = window_of(runtime)
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    sid = (await gateway.send("start", "text", number, body="HELP"))["session_id"]
    await until(lambda: window.offers.banner(sid))
    await window.shift.accept(sid)
    await until(lambda: sid in window.tabs_by_id)
    return runtime, window.tabs_by_id[sid]


async def server_notes(url: str, case_id: str) -> list[dict[str, object]]:
    async with httpx.AsyncClient(base_url=url) as http:
        login = await http.post(
            "/api/v1/auth/login", json={"username": "lead1", "password": "training"}
        )
        token = login.json()["access_token"]
        case = await http.get(
            f"/api/v1/cases/{case_id}", headers={"Authorization": f"Bearer {token}"}
        )
        assert case.status_code == 200, case.text
        notes: list[dict[str, object]] = case.json()["notes"]
        return notes


@pytest.mark.asyncio
async def test_a_note_saves_at_once_and_syncs(
    console_for: ConsoleFactory, gateway: Gateway, ui_backend: Backend
) -> None:
    _runtime, tab = await open_text(console_for, gateway, "+15550150")
    assert tab.notes is not None and tab.session.case_id is not None
    tab.notes.editor.setPlainText("Texter is safe to text after 6pm. Employer holds passport.")
    tab.notes.save()
    assert tab.notes.model.rowCount() == 1  # in the cache before any network round trip
    await until(
        lambda: tab.notes.model.note_at(0).sync is RecordSync.SYNCED, what="the note synced"
    )
    notes = await server_notes(ui_backend.url, tab.session.case_id)
    assert [n["body"] for n in notes] == [
        "Texter is safe to text after 6pm. Employer holds passport."
    ]


@pytest.mark.asyncio
async def test_notes_written_offline_wait_and_sync_once(
    console_for: ConsoleFactory, gateway: Gateway, ui_backend: Backend
) -> None:
    runtime, tab = await open_text(console_for, gateway, "+15550151")
    assert tab.notes is not None and tab.session.case_id is not None
    ui_backend.stop()
    for n in range(3):
        tab.notes.editor.setPlainText(f"offline note {n}")
        tab.notes.save()
    assert [tab.notes.model.note_at(r).sync for r in range(3)] == [RecordSync.PENDING] * 3
    ui_backend.start()
    await until(
        lambda: all(tab.notes.model.note_at(r).sync is RecordSync.SYNCED for r in range(3)),
        timeout=40,
        what="the offline notes synced after the backend came back",
    )
    bodies = sorted(str(n["body"]) for n in await server_notes(ui_backend.url, tab.session.case_id))
    assert bodies == ["offline note 0", "offline note 1", "offline note 2"]
    assert runtime.shift is not None


@pytest.mark.asyncio
async def test_a_draft_comes_back_after_the_console_dies_in_the_same_tab(
    console_for: ConsoleFactory, gateway: Gateway
) -> None:
    runtime, tab = await open_text(console_for, gateway, "+15550152")
    assert tab.notes is not None and tab.session.case_id is not None
    case_id, session_id = tab.session.case_id, tab.session.id
    tab.notes.editor.setPlainText("half a thought about the safety pl")
    tab.notes.flush_draft()  # what the debounce timer does while typing
    await runtime.stop()  # the window goes away with nothing saved as a note

    again = window_of(await console_for("advocate1"))
    await until(lambda: session_id in again.tabs_by_id, what="the session's tab again")
    restored = again.tabs_by_id[session_id]
    assert restored.notes is not None
    assert restored.notes.editor.toPlainText() == "half a thought about the safety pl"
    assert restored.casework.draft(note_draft_key(case_id, session_id)) is not None


@pytest.mark.asyncio
async def test_sign_out_refuses_while_work_is_unsynced_then_wipes_the_cache(
    console_for: ConsoleFactory, gateway: Gateway, ui_backend: Backend
) -> None:
    runtime, tab = await open_text(console_for, gateway, "+15550153")
    window = window_of(runtime)
    assert tab.notes is not None
    ui_backend.stop()
    await until(lambda: window.offline_banner.isVisibleTo(window), what="the offline banner")
    tab.notes.editor.setPlainText("must not be lost")
    tab.notes.save()
    refusal = await runtime.sign_out()
    assert refusal is not None and "not synced" in refusal
    cache_files = window.context.casework.cache.files()
    assert all(path.exists() for path in cache_files if path.suffix == ".db")

    ui_backend.start()
    await until(
        lambda: not window.offline_banner.isVisibleTo(window), timeout=40, what="online again"
    )
    await until(
        lambda: window.context.casework.cache.pending_count() == 0, timeout=20, what="synced"
    )
    await until(lambda: "All changes synced" in window.status.pending.text(), what="status synced")
    assert await runtime.sign_out() is None
    assert not any(path.exists() for path in cache_files)


@pytest.mark.asyncio
async def test_one_note_edited_on_two_workstations_keeps_both_versions(
    console_for: ConsoleFactory, gateway: Gateway, ui_backend: Backend
) -> None:
    first_rt, tab = await open_text(console_for, gateway, "+15550154")
    assert tab.notes is not None and tab.session.case_id is not None
    case_id = tab.session.case_id
    tab.notes.editor.setPlainText("original")
    tab.notes.save()
    await until(lambda: tab.notes.model.note_at(0).sync is RecordSync.SYNCED)
    note_id = tab.notes.model.note_at(0).id

    second = window_of(await console_for("advocate1", "b"))  # the same advocate, another desk
    second_tab = await until(lambda: second.tabs_by_id.get(tab.session.id), what="second desk tab")
    assert second_tab.notes is not None
    await until(lambda: second_tab.notes.model.rowCount() == 1, what="the note pulled on desk b")

    ui_backend.stop()
    tab.casework.edit_note(case_id, note_id, "edited at desk a")
    second_tab.casework.edit_note(case_id, note_id, "edited at desk b")
    ui_backend.start()

    def conflicted() -> object:
        for panel in (tab.notes, second_tab.notes):
            panel.refresh()
            if panel.conflict_button.isVisibleTo(panel):
                return panel
        return None

    panel = await until(conflicted, timeout=40, what="a conflict on one desk")
    dialog = panel.resolve_next_conflict()
    assert dialog is not None
    dialog.keep_both.click()
    await until(lambda: panel.casework.cache.pending_count() == 0, timeout=20, what="synced")
    bodies = sorted(str(n["body"]) for n in await server_notes(ui_backend.url, case_id))
    assert bodies == ["edited at desk a", "edited at desk b"]
    assert first_rt is not None


@pytest.mark.asyncio
async def test_signing_in_offline_opens_the_cached_tabs_and_syncs_later(
    console_for: ConsoleFactory, gateway: Gateway, ui_backend: Backend
) -> None:
    runtime, tab = await open_text(console_for, gateway, "+15550155")
    sid, case_id = tab.session.id, tab.session.case_id
    assert case_id is not None
    await gateway.send("message", "text", "+15550155", body="can we talk tomorrow")
    model = tab.transcript
    assert model is not None

    def shown() -> list[str]:
        return [model.index(r, 0).data(TranscriptRole.BODY) for r in range(model.rowCount())]

    # The live message can arrive before the transcript has loaded: wait for both.
    await until(lambda: {"HELP", "can we talk tomorrow"} <= set(shown()), what="the transcript")
    rows = model.rowCount()
    await runtime.stop()
    ui_backend.stop()

    offline = window_of(await console_for("advocate1", wait_online=False))
    restored = await until(lambda: offline.tabs_by_id.get(sid), what="the tab from the cache")
    assert restored.transcript is not None
    await until(lambda: restored.transcript.rowCount() == rows, what="the cached transcript")
    assert offline.shift.connection != "online"
    assert restored.notes is not None
    restored.notes.editor.setPlainText("written while the server was down")
    restored.notes.save()

    ui_backend.start()
    await until(lambda: offline.shift.connection == "online", timeout=40, what="online again")
    await until(lambda: offline.context.casework.cache.pending_count() == 0, timeout=20)
    bodies = [str(n["body"]) for n in await server_notes(ui_backend.url, case_id)]
    assert bodies == ["written while the server was down"]
