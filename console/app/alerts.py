"""Alerts that reach the advocate: an offer rings until it is answered or gone.

:class:`Alerts` listens to the :class:`~console.app.shift.Shift` itself:

- a new offer rings (``ring.wav``) again every few seconds while any offer
  waits, shows a tray notification that says only which channel ("New chat
  offer": never a name, a number or a preview) and flashes the taskbar entry;
- a contact's message in a tab that is not in front plays a soft chime;
- during a call (a call session that is active, held or not) nothing rings
  into the advocate's ear: one soft tone per offer or message instead;
- while the console is locked (:meth:`Alerts.set_locked`) no notification text
  is shown at all; sound and flashing go on, so an offer is still noticed.

Everything follows the settings.  The sound, the tray and the taskbar sit
behind two small interfaces (:class:`Player`, :class:`Desktop`), so tests
record what would be played and shown.
"""

from __future__ import annotations

import importlib.resources
import logging
import time
from collections.abc import Callable
from contextlib import ExitStack
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon, QWidget

from console.protocol import Author, Channel, Message, Session, SessionState

from .settings import AlertPrefs, Preferences, Settings
from .shift import Shift

if TYPE_CHECKING:  # QtMultimedia may not load at run time (libpulse missing): see make_player
    from PySide6.QtMultimedia import QSoundEffect

__all__ = [
    "Alerts",
    "BeepPlayer",
    "Desktop",
    "Player",
    "QtDesktop",
    "Sound",
    "make_player",
]

log = logging.getLogger(__name__)

RING_INTERVAL_MS = 4000
#: two chimes closer than this are one (a burst of messages is one sound)
CHIME_GAP_S = 1.5
#: loudness of the soft sounds, against the chosen volume
CHIME_LEVEL = 0.6
TONE_LEVEL = 0.35


class Sound(StrEnum):
    RING = "ring"  # a new offer
    CHIME = "chime"  # a message in a background tab
    TONE = "tone"  # the only sound during a call


class Player(Protocol):
    def play(self, sound: Sound, volume: float) -> None: ...

    def stop(self) -> None: ...


class Desktop(Protocol):
    """The tray and the taskbar."""

    def notify(self, title: str, text: str) -> None: ...

    def flash(self, window: QWidget, duration_ms: int) -> None: ...


# ---------------------------------------------------------------- real players


class BeepPlayer:
    """No audio output (or no QtMultimedia): the system beep, for every sound."""

    def play(self, sound: Sound, volume: float) -> None:
        if volume > 0:
            QApplication.beep()

    def stop(self) -> None:
        """A beep cannot be stopped."""


class _EffectPlayer:
    """The WAV files of ``resources/sounds`` through QSoundEffect (PySide6-Addons)."""

    def __init__(self, effect_type: type[QSoundEffect]) -> None:
        self._files = ExitStack()
        self._effects: dict[Sound, QSoundEffect] = {}
        folder = importlib.resources.files("console.resources").joinpath("sounds")
        for sound in Sound:
            path = self._files.enter_context(
                importlib.resources.as_file(folder.joinpath(f"{sound.value}.wav"))
            )
            effect = effect_type()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[sound] = effect

    def play(self, sound: Sound, volume: float) -> None:
        effect = self._effects[sound]
        effect.setVolume(max(0.0, min(1.0, volume)))
        effect.play()

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()


def make_player() -> Player:
    """QSoundEffect when QtMultimedia loads and an audio output exists, else the beep."""
    try:
        from PySide6.QtMultimedia import (  # noqa: PLC0415 (optional: libpulse may be missing)
            QMediaDevices,
            QSoundEffect,
        )
    except ImportError as error:
        log.info("No QtMultimedia (%s): alerts use the system beep", type(error).__name__)
        return BeepPlayer()
    if QMediaDevices.defaultAudioOutput().isNull():
        log.info("No audio output: alerts use the system beep")
        return BeepPlayer()
    return _EffectPlayer(QSoundEffect)


class QtDesktop:
    """QSystemTrayIcon when the platform has a tray (offscreen has none); QApplication.alert."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._parent = parent
        self._tray: QSystemTrayIcon | None = None
        self.has_tray = (
            QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()
        )
        if not self.has_tray:
            log.info("No system tray: offers are announced by sound and the taskbar only")

    def notify(self, title: str, text: str) -> None:
        if not self.has_tray:
            return
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self._parent)
            self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)

    def flash(self, window: QWidget, duration_ms: int) -> None:
        QApplication.alert(window, duration_ms)


# ---------------------------------------------------------------- the service


class Alerts(QObject):
    """Sounds, tray and taskbar for offers and background messages."""

    def __init__(
        self,
        shift: Shift,
        settings: Settings,
        window_provider: Callable[[], QWidget | None],
        parent: QObject | None = None,
        *,
        current_session: Callable[[], str | None] = lambda: None,
        player: Player | None = None,
        desktop: Desktop | None = None,
        ring_interval_ms: int = RING_INTERVAL_MS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.shift = shift
        self.settings = settings
        self.window_provider = window_provider
        self.current_session = current_session
        self.player = player if player is not None else make_player()
        self.desktop = desktop if desktop is not None else QtDesktop(self)
        self._monotonic = monotonic
        self._locked = False
        self._ringing: set[str] = set()  # offers waiting for an answer
        #: per session, the message ids already heard (an update or a replay is no news)
        self._heard: dict[str, set[str]] = {}
        self._last_chime = float("-inf")
        self._timer = QTimer(self)
        self._timer.setInterval(ring_interval_ms)
        self._timer.timeout.connect(self._ring_again)
        shift.offer_added.connect(self._offer_added)
        shift.offer_removed.connect(self._offer_removed)
        shift.message_received.connect(self._message)
        shift.session_opened.connect(self._session_changed)
        shift.session_changed.connect(self._session_changed)
        shift.session_closed.connect(self._session_closed)
        shift.transcript_loaded.connect(self._transcript_loaded)
        settings.changed.connect(self._settings_changed)

    # ------------------------------------------------------------ state

    @property
    def prefs(self) -> AlertPrefs:
        return self.settings.prefs.alerts

    @property
    def suppressed(self) -> bool:
        """True while locked: no notification text is shown."""
        return self._locked

    def set_locked(self, locked: bool) -> None:
        self._locked = locked

    @property
    def ringing(self) -> bool:
        """An offer waits: the ring repeats (silent during a call or with sound off)."""
        return self._timer.isActive()

    def in_call(self) -> bool:
        """A call session of mine is active (on hold counts: the headset is still on)."""
        return any(
            s.channel is Channel.CALL and s.state is SessionState.ACTIVE
            for s in self.shift.sessions.values()
        )

    def stop(self) -> None:
        self._ringing.clear()
        self._stop_ringing()

    # ------------------------------------------------------------ offers

    def _offer_added(self, session: Session) -> None:
        prefs = self.prefs
        self._ringing.add(session.id)
        if not self._timer.isActive():
            self._timer.start()
        if prefs.offer_sound:
            self._play(Sound.TONE if self.in_call() else Sound.RING)
        if prefs.tray_notification and not self._locked:
            self.desktop.notify(self.tr("Advocate Console"), self._offer_text(session.channel))
        self._flash()

    def _offer_text(self, channel: Channel) -> str:
        if channel is Channel.CALL:
            return self.tr("New call offer")
        if channel is Channel.TEXT:
            return self.tr("New text offer")
        return self.tr("New chat offer")

    def _offer_removed(self, session_id: str, _reason: str) -> None:
        self._ringing.discard(session_id)
        if not self._ringing:
            self._stop_ringing()

    def _ring_again(self) -> None:
        if not self._ringing:
            self._stop_ringing()
            return
        if self.prefs.offer_sound and not self.in_call():
            self._play(Sound.RING)
        self._flash()

    def _stop_ringing(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.player.stop()

    def _flash(self) -> None:
        if not self.prefs.taskbar_flash:
            return
        window = self.window_provider()
        if window is not None:
            # Until the next ring: the flashing ends by itself once no offer waits.
            self.desktop.flash(window, self._timer.interval())

    # ------------------------------------------------------------ messages

    def _message(self, message: Message) -> None:
        heard = self._heard.setdefault(message.session_id, set())
        if message.id in heard:
            return
        heard.add(message.id)
        if message.author is not Author.CONTACT or not self.prefs.message_sound:
            return
        session = self.shift.sessions.get(message.session_id)
        if session is None or session.state is SessionState.OFFERED:
            return  # an offer already rings
        if self._in_front(message.session_id):
            return
        now = self._monotonic()
        if now - self._last_chime < CHIME_GAP_S:
            return
        self._last_chime = now
        self._play(Sound.TONE if self.in_call() else Sound.CHIME)

    def _in_front(self, session_id: str) -> bool:
        window = self.window_provider()
        active = window is not None and window.isActiveWindow()
        return active and self.current_session() == session_id

    def _transcript_loaded(self, session_id: str, messages: list[Message]) -> None:
        # What was there before is no news.
        self._heard.setdefault(session_id, set()).update(m.id for m in messages)

    def _session_changed(self, _session: Session) -> None:
        if self._timer.isActive() and self.in_call():
            self.player.stop()  # a call just started: no ringing into the headset

    def _session_closed(self, session_id: str, _removed: object) -> None:
        self._heard.pop(session_id, None)
        self._ringing.discard(session_id)
        if not self._ringing:
            self._stop_ringing()

    # ------------------------------------------------------------ sound

    def _play(self, sound: Sound) -> None:
        volume = self.prefs.offer_volume / 100
        if sound is Sound.CHIME:
            volume *= CHIME_LEVEL
        elif sound is Sound.TONE:
            volume *= TONE_LEVEL
        self.player.play(sound, volume)

    def _settings_changed(self, prefs: Preferences) -> None:
        if not prefs.alerts.offer_sound:
            self.player.stop()
