"""The safe-contact profile: edited in the tab, stored on the case, synced, and enforced."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QTime

from console.domain.safe_contact import OutboundAction
from console.protocol import SafetyAnswer, Weekday
from console.store.fields import RecordSync
from console.ui.panels import OutboundGuard, SafeContactBanner
from tests.conftest import Backend
from tests.ui.conftest import Gateway, until
from tests.ui.panels_support import Desk, open_desk, server_case, shot

__all__ = ["open_desk"]

TUESDAY_NOON_CHICAGO = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)
SATURDAY_NIGHT_CHICAGO = datetime(2026, 12, 6, 4, 0, tzinfo=UTC)


async def banner_for(desk: Desk, qtbot: Any) -> SafeContactBanner:
    banner = SafeContactBanner(desk.casework, desk.tab.session)
    qtbot.addWidget(banner)
    banner.resize(700, 150)
    banner.show()  # as in the tab in front: a hidden banner re-reads only when shown
    await until(banner.edit_button.isEnabled, what="the case on this computer")
    return banner


def fill(banner: SafeContactBanner) -> None:
    """What the advocate records: texts not safe, calls safe on weekdays 9-5 Chicago."""
    editor = banner.edit()
    editor.answers["safe_to_call"].setCurrentIndex(editor.answers["safe_to_call"].findData("yes"))
    editor.answers["safe_to_text"].setCurrentIndex(editor.answers["safe_to_text"].findData("no"))
    voicemail = editor.answers["may_leave_voicemail"]
    voicemail.setCurrentIndex(voicemail.findData("no"))
    editor.add_range_button.click()
    [row] = editor.ranges
    for day in (Weekday.MO, Weekday.TU, Weekday.WE, Weekday.TH, Weekday.FR):
        row.days[day].setChecked(True)
    row.start.setTime(QTime(9, 0))
    row.end.setTime(QTime(17, 0))
    editor.timezone.setCurrentText("America/Chicago")
    editor.note.setText("not when her brother is home")
    editor.code_safe.setText("sunflower")
    editor.code_unsafe.setText("Rainstorm")
    shot(editor, "panel_safe_contact_editor_en")
    editor.save()


def case_synced(desk: Desk) -> bool:
    found = desk.casework.cache.record("case", desk.case_id)
    return found is not None and found.sync is RecordSync.SYNCED


@pytest.mark.asyncio
async def test_the_profile_is_edited_shown_and_synced_to_the_case(
    open_desk: Any, ui_backend: Backend, qtbot: Any
) -> None:
    desk = await open_desk("+15550190")
    banner = await banner_for(desk, qtbot)
    assert banner.summary.text().startswith("Nothing recorded yet")
    fill(banner)
    profile = desk.casework.safe_contact(desk.case_id)
    assert profile is not None and profile.safe_to_text is SafetyAnswer.NO
    assert banner.summary.text() == "Call back: safe · Text: NOT safe · Voicemail: NOT safe"
    assert banner.times.text() == (
        "Safe times: Mon, Tue, Wed, Thu, Fri 09:00–17:00 (America/Chicago)"
        " · not when her brother is home"
    )
    assert "sunflower" not in banner.codes.text()  # hidden until asked for
    banner.reveal_button.click()
    assert banner.codes.text() == (
        "Code words (advocates only): safe “sunflower”, not safe “Rainstorm”"
    )
    shot(banner, "panel_safe_contact_en")

    await until(lambda: case_synced(desk), what="the case edit synced")
    case = await server_case(ui_backend.url, desk.case_id)
    stored = case["safe_contact"]
    assert stored["safe_to_text"] == "no" and stored["safe_to_call"] == "yes"
    assert stored["safe_times"] == [
        {"days": ["MO", "TU", "WE", "TH", "FR"], "start": "09:00", "end": "17:00"}
    ]
    assert stored["timezone"] == "America/Chicago"
    assert stored["code_word_safe"] == "sunflower"


@pytest.mark.asyncio
async def test_replies_that_break_the_profile_are_held_with_reasons(
    open_desk: Any, gateway: Gateway, qtbot: Any
) -> None:
    desk = await open_desk("+15550191")
    banner = await banner_for(desk, qtbot)
    fill(banner)
    guard = OutboundGuard(desk.casework, desk.tab.session, clock=lambda: TUESDAY_NOON_CHICAGO)
    guard.warned.connect(banner.show_warnings)

    first = guard.review_reply("Are you safe to talk?")
    assert not first.allowed and first.confirm and not first.final
    assert first.messages == (
        "The person said a text is not safe.",
        "Press Enter again to send it anyway.",
    )
    assert banner.warnings.text().startswith("The person said a text is not safe.")
    again = guard.review_reply("Are you safe to talk?")
    assert again.allowed  # read, decided: the advocate sends it anyway

    code = guard.review_reply("Say SUNFLOWER if you can talk")  # any case, whole word
    assert not code.allowed and code.final
    assert "code words" in code.messages[0]
    assert guard.review_reply("Say SUNFLOWER if you can talk").allowed is False  # never

    calls = guard.review_action(OutboundAction.CALL_BACK)
    assert calls.allowed and calls.messages == ()
    voicemail = guard.review_action(OutboundAction.VOICEMAIL)
    assert not voicemail.allowed
    late = OutboundGuard(desk.casework, desk.tab.session, clock=lambda: SATURDAY_NIGHT_CHICAGO)
    call = late.review_action(OutboundAction.CALL_BACK)
    assert not call.allowed
    assert "It is outside the person's safe times now." in call.messages

    # The texter sends STOP: nothing may go to that number, whatever the advocate does.
    await gateway.send("message", "text", "+15550191", body="STOP")
    await until(lambda: desk.tab.session.contact.opted_out, what="the opt-out reaching the tab")
    guard.set_session(desk.tab.session)
    stopped = guard.review_reply("Take care")
    assert not stopped.allowed and stopped.final
    assert stopped.messages[0].startswith("This number texted STOP")
    assert not guard.review_reply("Take care").allowed


@pytest.mark.asyncio
async def test_in_a_chat_only_code_words_are_held(open_desk: Any, qtbot: Any) -> None:
    desk = await open_desk("visitor-safe", channel="chat", body="hi")
    banner = await banner_for(desk, qtbot)
    guard = OutboundGuard(desk.casework, desk.tab.session)
    assert guard.review_reply("Hello, I'm here.").clear  # nothing recorded: a chat goes
    fill(banner)
    assert guard.review_reply("Hello, I'm here.").clear
    assert guard.review_reply("Is it rainstorm there?").final


@pytest.mark.asyncio
async def test_a_profile_edited_offline_syncs_later(
    open_desk: Any, ui_backend: Backend, qtbot: Any
) -> None:
    desk = await open_desk("+15550192")
    banner = await banner_for(desk, qtbot)
    ui_backend.stop()
    await until(lambda: desk.window.shift.connection != "online", what="offline noticed")
    fill(banner)
    assert not case_synced(desk)
    ui_backend.start()
    await until(lambda: case_synced(desk), timeout=40, what="the offline profile synced")
    case = await server_case(ui_backend.url, desk.case_id)
    assert case["safe_contact"]["may_leave_voicemail"] == "no"
