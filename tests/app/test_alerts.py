"""Alerts follow the real Shift's signals; what they play and show is recorded.

The Shift is the real one, fed live events through ``handle_event`` exactly as
the event stream does (no backend is needed for that: these events start no
request).  Sound, tray and taskbar are recorded through the two small
interfaces Alerts plays through.
"""

from __future__ import annotations

import sys
import wave
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QApplication, QWidget

from console.app.alerts import Alerts, BeepPlayer, QtDesktop, Sound, make_player
from console.app.settings import AlertPrefs, Preferences, Settings
from console.app.shift import Shift
from console.app.tasks import TaskOwner
from console.net.client import ApiClient
from console.net.stream_types import StreamEvent
from console.protocol import EventName, Message, Session, User

LABEL = "Maria from the nail salon, 555-0199"
BODY = "they took my passport"


class RecordingPlayer:
    def __init__(self) -> None:
        self.played: list[tuple[Sound, float]] = []
        self.stops = 0

    def play(self, sound: Sound, volume: float) -> None:
        self.played.append((sound, volume))

    def stop(self) -> None:
        self.stops += 1

    def sounds(self) -> list[Sound]:
        return [sound for sound, _ in self.played]


class RecordingDesktop:
    def __init__(self) -> None:
        self.notes: list[tuple[str, str]] = []
        self.flashes: list[tuple[QWidget, int]] = []

    def notify(self, title: str, text: str) -> None:
        self.notes.append((title, text))

    def flash(self, window: QWidget, duration_ms: int) -> None:
        self.flashes.append((window, duration_ms))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


ME = User.model_validate(
    {
        "id": "u1",
        "username": "advocate1",
        "display_name": "Advocate One",
        "role": "advocate",
        "languages": ["en", "es"],
        "max_sessions": {},
        "presence": "available",
    }
)


def session(sid: str, channel: str = "chat", state: str = "offered", **extra: Any) -> Session:
    now = datetime.now(UTC)
    fields: dict[str, Any] = {
        "id": sid,
        "channel": channel,
        "state": state,
        "language": "en",
        "advocate_id": ME.id if state != "queued" else None,
        "contact": {"label": LABEL},
        "queued_at": now - timedelta(seconds=20),
        "offered_at": now,
        "offer_expires_at": now + timedelta(seconds=30),
    }
    if channel == "call":
        fields["call"] = {}
    fields.update(extra)
    return Session.model_validate(fields)


def message(mid: str, sid: str, author: str = "contact") -> Message:
    return Message.model_validate(
        {
            "id": mid,
            "session_id": sid,
            "author": author,
            "body": BODY,
            "created_at": datetime.now(UTC),
            "delivery": "delivered",
        }
    )


class Rig:
    def __init__(self, tmp_path: Path) -> None:
        self.http = httpx.AsyncClient()
        self.shift = Shift(ApiClient("http://127.0.0.1:9", http=self.http), ME, TaskOwner("t"))
        self.settings = Settings(tmp_path / "config")
        self.window = QWidget()
        self.player = RecordingPlayer()
        self.desktop = RecordingDesktop()
        self.current: str | None = None
        self.clock = Clock()
        self.alerts = Alerts(
            self.shift,
            self.settings,
            lambda: self.window,
            current_session=lambda: self.current,
            player=self.player,
            desktop=self.desktop,
            ring_interval_ms=40,
            monotonic=self.clock,
        )
        self._n = 0

    def event(self, name: EventName, data: Any) -> None:
        self._n += 1
        self.shift.handle_event(StreamEvent(id=self._n, name=name, data=data))

    def offer(self, sid: str, channel: str = "chat") -> None:
        self.event(EventName.SESSION_OFFERED, session(sid, channel))

    def withdraw(self, sid: str) -> None:
        self.event(EventName.SESSION_UPDATED, session(sid, state="queued"))

    def open_chat(self, sid: str) -> None:
        # An open chat tab; its transcript load (a request) is not what is tested here.
        self.shift.sessions[sid] = session(sid, state="active")

    def alerts_prefs(self, **changes: Any) -> None:
        self.settings.update(Preferences(alerts=AlertPrefs(**changes)))


@pytest.fixture
def rig(tmp_path: Path, qapp: QApplication) -> Iterator[Rig]:
    made = Rig(tmp_path)
    yield made
    made.alerts.stop()
    made.alerts.deleteLater()
    made.window.deleteLater()


def test_an_offer_rings_until_it_is_withdrawn(rig: Rig, qtbot: Any) -> None:
    rig.offer("s1")
    assert rig.player.sounds() == [Sound.RING]
    assert rig.player.played[0][1] == pytest.approx(0.8)
    assert rig.desktop.notes == [("Advocate Console", "New chat offer")]
    assert rig.desktop.flashes and rig.desktop.flashes[0][0] is rig.window
    assert rig.alerts.ringing
    qtbot.waitUntil(lambda: rig.player.sounds().count(Sound.RING) >= 3, timeout=2000)
    assert len(rig.desktop.flashes) >= 3, "the taskbar keeps flashing while the offer waits"
    rig.withdraw("s1")
    assert not rig.alerts.ringing
    assert rig.player.stops == 1
    rings = len(rig.player.played)
    qtbot.wait(150)
    assert len(rig.player.played) == rings, "no ring after the offer is gone"


def test_ringing_goes_on_while_any_offer_waits(rig: Rig) -> None:
    rig.offer("s1")
    rig.offer("s2", "text")
    rig.withdraw("s1")
    assert rig.alerts.ringing
    assert rig.desktop.notes[1] == ("Advocate Console", "New text offer")
    rig.withdraw("s2")
    assert not rig.alerts.ringing


def test_the_tray_never_shows_contact_content_and_nothing_while_locked(rig: Rig) -> None:
    rig.offer("c1", "call")
    assert rig.desktop.notes == [("Advocate Console", "New call offer")]
    rig.alerts.set_locked(True)
    assert rig.alerts.suppressed
    rig.offer("s2")
    assert len(rig.desktop.notes) == 1, "no notification text while locked"
    assert rig.player.sounds().count(Sound.RING) == 2, "the sound still plays while locked"
    assert len(rig.desktop.flashes) == 2
    rig.alerts.set_locked(False)
    rig.offer("s3")
    for title, text in rig.desktop.notes:
        assert "Maria" not in title + text and "555" not in title + text
        assert BODY not in title + text


def test_everything_follows_the_settings(rig: Rig, qtbot: Any) -> None:
    rig.alerts_prefs(offer_sound=False, tray_notification=False, taskbar_flash=False)
    rig.offer("s1")
    qtbot.wait(100)
    assert rig.player.played == []
    assert rig.desktop.notes == []
    assert rig.desktop.flashes == []
    rig.alerts_prefs(offer_volume=50)
    rig.offer("s2")
    assert rig.player.played == [(Sound.RING, pytest.approx(0.5))]


def test_turning_the_sound_off_silences_a_ringing_offer(rig: Rig) -> None:
    rig.offer("s1")
    stops = rig.player.stops
    rig.alerts_prefs(offer_sound=False)
    assert rig.player.stops == stops + 1


def test_during_a_call_an_offer_only_plays_a_soft_tone(rig: Rig, qtbot: Any) -> None:
    rig.event(EventName.SESSION_UPDATED, session("call1", "call", "active"))
    assert rig.alerts.in_call()
    rig.offer("s1")
    qtbot.wait(150)
    assert rig.player.sounds() == [Sound.TONE]
    assert rig.player.played[0][1] < 0.8 * 0.5
    assert rig.desktop.notes == [("Advocate Console", "New chat offer")]
    # On hold still counts: the headset is on.
    held = session("call1", "call", "active", call={"on_hold": True})
    rig.event(EventName.SESSION_UPDATED, held)
    assert rig.alerts.in_call()


def test_a_call_that_starts_cuts_the_ring(rig: Rig) -> None:
    rig.offer("s1")
    stops = rig.player.stops
    rig.event(EventName.SESSION_UPDATED, session("call1", "call", "active"))
    assert rig.player.stops == stops + 1


def test_a_message_in_a_background_tab_chimes_once(rig: Rig) -> None:
    rig.open_chat("s1")
    rig.open_chat("s2")
    rig.current = "s2"
    rig.shift.message_received.emit(message("m1", "s1"))
    assert rig.player.sounds() == [Sound.CHIME]
    assert rig.player.played[0][1] < 0.8
    rig.clock.now += 10
    rig.shift.message_received.emit(message("m1", "s1"))  # the same message, updated
    rig.shift.message_received.emit(message("m2", "s1", author="advocate"))
    rig.shift.message_received.emit(message("m3", "s1", author="system"))
    assert rig.player.sounds() == [Sound.CHIME]
    rig.shift.message_received.emit(message("m4", "s1"))
    rig.clock.now += 0.5
    rig.shift.message_received.emit(message("m5", "s1"))  # a burst is one chime
    assert rig.player.sounds() == [Sound.CHIME, Sound.CHIME]
    assert rig.desktop.notes == [], "messages never reach the tray"


def test_a_message_in_front_is_silent_and_so_is_a_loaded_transcript(rig: Rig, qtbot: Any) -> None:
    rig.open_chat("s1")
    rig.current = "s1"
    rig.window.show()
    rig.window.activateWindow()
    qtbot.waitUntil(rig.window.isActiveWindow, timeout=2000)
    rig.shift.message_received.emit(message("m1", "s1"))
    assert rig.player.played == []
    rig.current = "s2"
    rig.shift.transcript_loaded.emit("s1", [message("old", "s1")])
    rig.shift.message_received.emit(message("old", "s1"))
    assert rig.player.played == []
    rig.alerts_prefs(message_sound=False)
    rig.shift.message_received.emit(message("m2", "s1"))
    assert rig.player.played == []


def test_a_message_during_a_call_is_a_soft_tone(rig: Rig) -> None:
    rig.event(EventName.SESSION_UPDATED, session("call1", "call", "active"))
    rig.open_chat("s1")
    rig.shift.message_received.emit(message("m1", "s1"))
    assert rig.player.sounds() == [Sound.TONE]


def test_no_qt_multimedia_falls_back_to_the_beep(
    monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # import fails
    player = make_player()
    assert isinstance(player, BeepPlayer)
    player.play(Sound.RING, 0.5)
    player.stop()


def test_the_desktop_degrades_without_a_tray(qapp: QApplication) -> None:
    desktop = QtDesktop()
    assert not desktop.has_tray, "the offscreen platform has no tray"
    desktop.notify("Advocate Console", "New chat offer")  # nothing to show it in: no error
    window = QWidget()
    desktop.flash(window, 100)
    window.deleteLater()


@pytest.mark.parametrize("sound", list(Sound))
def test_the_sound_files_are_short_small_wavs(sound: Sound) -> None:
    import importlib.resources

    entry = importlib.resources.files("console.resources").joinpath("sounds", f"{sound}.wav")
    with importlib.resources.as_file(entry) as path:
        assert path.stat().st_size < 100_000
        with wave.open(str(path), "rb") as wav:
            assert wav.getnchannels() == 1
            assert wav.getsampwidth() == 2
            assert 0.2 < wav.getnframes() / wav.getframerate() < 1.5
