"""An advocate's whole chat/text session through the real console and backend."""

from __future__ import annotations

import pytest

from console.protocol import Disposition, SessionState, SettablePresence
from console.widgets import TranscriptRole
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of


def bodies(tab: object) -> list[str]:
    model = tab.transcript  # type: ignore[attr-defined]
    return [model.index(r, 0).data(TranscriptRole.BODY) for r in range(model.rowCount())]


@pytest.mark.asyncio
async def test_offer_accept_exchange_end_wrap_up_close(
    console_for: ConsoleFactory, gateway: Gateway, qtbot: object
) -> None:
    runtime = await console_for("advocate1")
    window = window_of(runtime)
    shift = window.shift
    await shift.set_presence(SettablePresence.AVAILABLE)

    started = await gateway.send("start", "text", "+15550100", body="BEFREE")
    session_id = started["session_id"]
    await until(lambda: window.offers.banner(session_id) is not None, what="offer banner")

    banner = window.offers.banner(session_id)
    assert banner is not None
    banner.accept_button().click()
    await until(lambda: session_id in window.tabs_by_id, what="a tab for the accepted text")
    assert window.offers.banner(session_id) is None
    tab = window.tabs_by_id[session_id]
    await until(lambda: "BEFREE" in bodies(tab), what="the opening text in the transcript")

    assert tab.composer is not None
    tab.composer.set_draft("Hi, this is the hotline. Are you safe to text right now?")
    tab.composer.submit()
    await until(
        lambda: (
            any("safe to text" in b for b in bodies(tab)) and tab.transcript.pending_count() == 0
        ),
        what="the reply confirmed by the server",
    )

    await gateway.send("message", "text", "+15550100", body="yes he is at work till 6")
    await until(lambda: "yes he is at work till 6" in bodies(tab), what="the texter's answer")
    assert bodies(tab).count("yes he is at work till 6") == 1

    await shift.end(session_id, Disposition.CRISIS)
    await until(lambda: tab.session.state is SessionState.WRAP_UP, what="wrap-up")
    assert tab.close_button.isVisibleTo(window)
    assert tab.composer.blocked_reason()

    tab.close_button.click()
    await until(lambda: session_id not in window.tabs_by_id, what="the tab closed")
    assert window.tabs.count() == 0
    assert window.stack.currentWidget() is window.empty
