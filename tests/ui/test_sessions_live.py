"""The console stays correct through declines, time-outs, other advocates and outages."""

from __future__ import annotations

import httpx
import pytest

from console.protocol import CallAction, Disposition, SessionState, SettablePresence
from console.widgets import TranscriptRole
from tests.conftest import Backend
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of


def bodies(tab: object) -> list[str]:
    model = tab.transcript  # type: ignore[attr-defined]
    return [model.index(r, 0).data(TranscriptRole.BODY) for r in range(model.rowCount())]


@pytest.mark.asyncio
async def test_call_with_relay_and_interpreter(
    console_for: ConsoleFactory, gateway: Gateway
) -> None:
    window = window_of(await console_for("advocate2"))  # English only
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    started = await gateway.send("start", "call", "+15550111", language="vi", relay=False)
    call_id = started["session_id"]
    await until(lambda: window.offers.banner(call_id), what="the call offer")
    offered = window.shift.sessions[call_id]
    assert offered.interpreter_needed, "nobody on shift speaks Vietnamese: an interpreter is needed"
    await window.shift.accept(call_id)
    await until(lambda: call_id in window.tabs_by_id)
    tab = window.tabs_by_id[call_id]
    assert tab.call_panel is not None and tab.composer is None
    assert tab.interpreter_tag.isVisibleTo(window)

    await window.shift.call_action(
        call_id, CallAction.ADD_INTERPRETER, language="vi", interpreter_id="IP-4471"
    )
    await until(lambda: tab.session.contact.interpreter is not None, what="interpreter on the call")
    assert tab.session.contact.interpreter is not None
    assert tab.session.contact.interpreter.language == "vi"
    assert not tab.interpreter_tag.isVisibleTo(window)
    await window.shift.call_action(call_id, CallAction.HOLD)
    await until(lambda: tab.session.call is not None and tab.session.call.on_hold)
    await window.shift.call_action(call_id, CallAction.RESUME)
    await window.shift.call_action(call_id, CallAction.DROP_INTERPRETER)
    await until(
        lambda: tab.session.contact.interpreter is None and len(tab.session.interpreter_log) == 1
    )
    assert tab.session.interpreter_log[0].interpreter_id == "IP-4471"

    await window.shift.end(call_id, Disposition.REFERRAL)
    await window.shift.close(call_id)  # a call takes the advocate's one call slot until closed
    await until(lambda: call_id not in window.tabs_by_id)
    relay = await gateway.send("start", "call", "+15550112", relay=True)
    await until(lambda: window.offers.banner(relay["session_id"]), what="the relay call offer")
    assert window.shift.sessions[relay["session_id"]].contact.relay


@pytest.mark.asyncio
async def test_decline_and_time_out_move_the_offer_on(
    console_for: ConsoleFactory, gateway: Gateway
) -> None:
    one = window_of(await console_for("advocate1"))
    two = window_of(await console_for("advocate2"))
    await one.shift.set_presence(SettablePresence.AVAILABLE)
    await two.shift.set_presence(SettablePresence.AVAILABLE)
    started = await gateway.send("start", "chat", "visitor-1", body="hello?")
    sid = started["session_id"]
    first, second = await until(
        lambda: (
            (one, two) if one.offers.banner(sid) else (two, one) if two.offers.banner(sid) else None
        ),
        what="the offer reaching one advocate",
    )
    banner = first.offers.banner(sid)
    assert banner is not None
    banner.decline_button().click()
    await until(lambda: first.offers.banner(sid) is None, what="the declined offer gone")
    await until(
        lambda: second.offers.banner(sid) is not None, what="the offer at the other advocate"
    )
    # Nobody answers: after the offer window it leaves the second advocate too.
    await until(lambda: second.offers.banner(sid) is None, timeout=8, what="the offer timing out")


@pytest.mark.asyncio
async def test_an_offer_someone_else_took_vanishes(
    console_for: ConsoleFactory, gateway: Gateway, ui_backend: Backend
) -> None:
    window = window_of(await console_for("advocate1"))
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    sid = (await gateway.send("start", "text", "+15550113", body="HELP"))["session_id"]
    await until(lambda: window.offers.banner(sid), what="the offer")
    async with httpx.AsyncClient(base_url=ui_backend.url) as lead:
        token = (
            await lead.post(
                "/api/v1/auth/login", json={"username": "lead1", "password": "training"}
            )
        ).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        await lead.put("/api/v1/me/presence", json={"status": "available"}, headers=headers)
        response = await lead.post(
            f"/api/v1/sessions/{sid}/reassign",
            json={"advocate_id": token["user"]["id"], "reason": "Taking this one myself"},
            headers=headers,
        )
        assert response.status_code == 200, response.text
    await until(lambda: window.offers.banner(sid) is None, what="the stale offer withdrawn")
    assert sid not in window.shift.sessions
    assert sid not in window.tabs_by_id


@pytest.mark.asyncio
async def test_backend_restart_mid_conversation_shows_every_message_once(
    console_for: ConsoleFactory, gateway: Gateway, ui_backend: Backend
) -> None:
    window = window_of(await console_for("advocate1"))
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    sid = (await gateway.send("start", "chat", "visitor-restart", body="are you there"))[
        "session_id"
    ]
    await until(lambda: window.offers.banner(sid))
    await window.shift.accept(sid)
    await until(lambda: sid in window.tabs_by_id)
    tab = window.tabs_by_id[sid]
    await until(lambda: "are you there" in bodies(tab))

    ui_backend.stop()
    await until(lambda: window.shift.connection != "online", what="the console noticing the outage")
    window.shift.send(sid, "I'm here. Take your time.")  # typed while the backend is down
    ui_backend.start()  # same port, same database
    await gateway.send("message", "chat", "visitor-restart", body="ok. i can talk for 5 min")
    await until(lambda: window.shift.connection == "online", timeout=40, what="reconnected")
    await until(
        lambda: (
            "ok. i can talk for 5 min" in bodies(tab)
            and "I'm here. Take your time." in bodies(tab)
            and tab.transcript.pending_count() == 0
        ),
        timeout=20,
        what="both the missed and the queued message",
    )
    await gateway.send("message", "chat", "visitor-restart", body="thank you")
    await until(lambda: "thank you" in bodies(tab))
    all_bodies = bodies(tab)
    for body in (
        "are you there",
        "I'm here. Take your time.",
        "ok. i can talk for 5 min",
        "thank you",
    ):
        assert all_bodies.count(body) == 1, (body, all_bodies)
    assert tab.session.state is SessionState.ACTIVE


@pytest.mark.asyncio
async def test_messages_in_a_background_tab_raise_its_unread_badge(
    console_for: ConsoleFactory, gateway: Gateway
) -> None:
    window = window_of(await console_for("advocate1"))
    window.show()
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    first = (await gateway.send("start", "chat", "visitor-a", body="hi"))["session_id"]
    await until(lambda: window.offers.banner(first))
    await window.shift.accept(first)
    second = (await gateway.send("start", "chat", "visitor-b", body="hello"))["session_id"]
    await until(lambda: window.offers.banner(second))
    await window.shift.accept(second)
    await until(lambda: first in window.tabs_by_id and second in window.tabs_by_id)
    window.tabs.setCurrentWidget(window.tabs_by_id[second])
    background = window.tabs_by_id[first]
    foreground = window.tabs_by_id[second]
    spoken: list[str] = []
    background.announced.connect(spoken.append)
    foreground.announced.connect(spoken.append)

    await gateway.send("message", "chat", "visitor-a", body="are you still there?")
    await gateway.send("message", "chat", "visitor-a", body="please answer")
    await until(lambda: background.unread == 2, what="two unread in the background tab")
    # A screen reader hears that a message came, never its words from a hidden tab.
    label = background.session.contact.label
    assert spoken == [f"New message from {label}"] * 2
    await gateway.send("message", "chat", "visitor-b", body="<b>still here</b>")
    await until(lambda: len(spoken) == 3, what="the message in the tab shown, read out")
    assert spoken[2] == f"{foreground.session.contact.label} wrote: <b>still here</b>"
    index = window.tabs.indexOf(background)
    await until(lambda: "(2)" in window.tabs.tabText(index), what="the count on the tab")

    window.tabs.setCurrentWidget(background)
    await until(lambda: background.unread == 0, what="unread cleared when the tab is shown")
    window.close()


@pytest.mark.asyncio
async def test_offers_are_announced_and_a_locked_screen_says_nothing_of_the_contact(
    console_for: ConsoleFactory, gateway: Gateway
) -> None:
    window = window_of(await console_for("advocate1"))
    spoken: list[str] = []
    window.announced.connect(spoken.append)
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    sid = (await gateway.send("start", "chat", "visitor-said", body="hola", language="es"))[
        "session_id"
    ]
    await until(lambda: window.offers.banner(sid), what="the offer")
    assert spoken == ["New chat offer. Ctrl+Shift+A accepts it."]
    await window.shift.accept(sid)
    tab = await until(lambda: window.tabs_by_id.get(sid), what="the tab")
    model = tab.transcript
    assert model is not None
    await until(lambda: model.rowCount() >= 1, what="the transcript loaded")
    said: list[str] = []
    tab.announced.connect(said.append)
    window.lock()
    await gateway.send("message", "chat", "visitor-said", body="estoy en peligro")
    await until(lambda: said, what="the announcement")
    assert said == ["New message"], "nothing of the contact while locked"
