"""What the screens get from the application layer, and what it gets from them.

Kept apart from the runtime so that the screens can import it without importing
how the runtime starts a training backend.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import SignalInstance

from .casework import Casework
from .options import Options
from .reference import Reference
from .settings import Settings
from .shift import Shift
from .tasks import TaskOwner
from .unlock import PasswordCheck

Credentials = tuple[str, str]


class Window(Protocol):
    """What the runtime needs of the main window (built by the screens layer)."""

    @property
    def closed(self) -> SignalInstance: ...

    def show(self) -> None: ...

    def signed_out_by_server(self, reason: str) -> None: ...


@dataclass
class Context:
    """What the screens get: the services, never globals."""

    options: Options
    server_url: str
    shift: Shift
    casework: Casework
    tasks: TaskOwner
    #: shift end: returns why it refused, or None once signed out (the app then quits)
    sign_out: Callable[[], Awaitable[str | None]]
    keyring_message: str | None
    #: this workstation's preferences (alerts, look, language, idle lock, retention)
    settings: Settings
    #: checklist templates and the referral directory, cached for offline use
    reference: Reference | None = None
    #: checks the password that unlocks the lock screen (offline too)
    password_check: PasswordCheck | None = None


@dataclass(frozen=True)
class Screens:
    """The screens layer, injected by the bootstrap (the app layer never imports it)."""

    main_window: Callable[[Context], Window]
    #: asks for user name and password; None when the advocate cancels
    sign_in: Callable[[str, str, str | None], Awaitable[Credentials | None]]
