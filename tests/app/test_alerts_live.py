"""Alerts on a console signed in to the real backend: offers from the gateway door ring."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.app.alerts import Alerts, Sound
from console.app.settings import Settings
from console.protocol import SettablePresence
from tests.app.test_alerts import RecordingDesktop, RecordingPlayer
from tests.ui.conftest import (  # noqa: F401 (fixtures used by name)
    ConsoleFactory,
    Gateway,
    console_for,
    gateway,
    ui_backend,
    until,
    window_of,
)


@pytest.mark.asyncio
async def test_a_real_offer_rings_until_declined_and_a_background_message_chimes(
    console_for: ConsoleFactory,  # noqa: F811 (the imported fixture)
    gateway: Gateway,  # noqa: F811 (the imported fixture)
    tmp_path: Path,
) -> None:
    window = window_of(await console_for("advocate1"))
    player, desktop = RecordingPlayer(), RecordingDesktop()
    alerts = Alerts(
        window.shift,
        Settings(tmp_path / "config"),
        lambda: window,
        current_session=lambda: None,
        player=player,
        desktop=desktop,
        ring_interval_ms=100,
    )
    try:
        await window.shift.set_presence(SettablePresence.AVAILABLE)
        first = (await gateway.send("start", "chat", "visitor-a", body="hello?"))["session_id"]
        await until(lambda: player.sounds().count(Sound.RING) >= 2, what="the offer ringing")
        assert desktop.notes == [("Advocate Console", "New chat offer")]
        await window.shift.decline(first)
        # Nobody else is on shift: the contact leaves, or it would be offered again.
        await gateway.send("end", "chat", "visitor-a")
        await until(lambda: not alerts.ringing, what="the ringing to stop")
        assert first not in window.shift.sessions

        second = (await gateway.send("start", "chat", "visitor-b", body="hi"))["session_id"]
        await until(lambda: alerts.ringing, what="the second offer")
        await window.shift.accept(second)
        await until(lambda: not alerts.ringing, what="ringing to stop on accept")
        await until(lambda: second in window.tabs_by_id, what="the tab")
        before = player.sounds().count(Sound.CHIME)
        await gateway.send("message", "chat", "visitor-b", body="are you there")
        await until(
            lambda: player.sounds().count(Sound.CHIME) == before + 1, what="the message chime"
        )
        assert all("visitor" not in title + text for title, text in desktop.notes)
    finally:
        alerts.stop()
        alerts.deleteLater()
