"""A long conversation opens at its newest page; earlier messages come when asked for."""

from __future__ import annotations

import pytest

from console.app.shift import TRANSCRIPT_PAGE
from console.protocol import SettablePresence
from console.widgets import TranscriptRole
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of


@pytest.mark.asyncio
async def test_a_long_transcript_opens_at_its_newest_page(
    console_for: ConsoleFactory, gateway: Gateway
) -> None:
    window = window_of(await console_for("advocate1"))
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    sid = (await gateway.send("start", "chat", "visitor-long", body="first"))["session_id"]
    await until(lambda: window.offers.banner(sid), what="the offer")
    await window.shift.accept(sid)
    await until(lambda: sid in window.tabs_by_id, what="the tab")
    extra = TRANSCRIPT_PAGE + 20
    for n in range(extra):
        await gateway.send("message", "chat", "visitor-long", body=f"line {n}")
    total = extra + 1

    # The same advocate at a second workstation: the tab loads the whole transcript.
    second = window_of(await console_for("advocate1", "b"))
    tab = await until(lambda: second.tabs_by_id.get(sid), what="the tab at desk b")
    model = tab.transcript
    assert model is not None
    await until(lambda: model.rowCount() == TRANSCRIPT_PAGE, what="the newest page")
    assert model.index(model.rowCount() - 1, 0).data(TranscriptRole.BODY) == f"line {extra - 1}"
    assert tab.earlier_button.isVisibleTo(tab)
    assert tab.show_earlier() == total - TRANSCRIPT_PAGE
    assert model.rowCount() == total
    assert model.index(0, 0).data(TranscriptRole.BODY) == "first"
    assert not tab.earlier_button.isVisibleTo(tab), "the start of the conversation is shown"
