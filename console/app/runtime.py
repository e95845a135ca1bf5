"""The long-lived services of one console run, made and closed in one place.

Order of making: (training) the embedded backend as a child process -> one
``httpx.AsyncClient`` -> the API client and sign-in -> the shift service and the
event stream -> the window.  Closing runs the same list backwards, so nothing is
used after it is closed and no task outlives the loop.
"""

from __future__ import annotations

import asyncio
import logging
import tempfile
from contextlib import AsyncExitStack
from pathlib import Path

import httpx
from PySide6.QtCore import QCoreApplication

from console.net.client import ApiClient
from console.net.errors import ApiError, NetError, SignedOut
from console.net.events import EventStream
from console.protocol import SettablePresence, User
from console.secrets import Account, SecretStore, StorageNotice, TokenStore
from console.server.launcher import AsyncBackendProcess, backend_command

from .context import Context, Screens, Window
from .options import TRAINING_PASSWORD, Options
from .shift import Shift
from .tasks import TaskOwner

log = logging.getLogger(__name__)

KEYRING_MESSAGES = {
    StorageNotice.NO_KEYRING: "No secure keyring on this computer: sign-in is kept in memory only.",
    StorageNotice.INSECURE_KEYRING: (
        "Only an unencrypted keyring is available: it is not used; sign-in is kept in memory only."
    ),
    StorageNotice.KEYRING_FAILED: "The keyring stopped working: sign-in is kept in memory only.",
}


class Runtime:
    """Makes the services in :meth:`start`, closes them backwards in :meth:`stop`."""

    def __init__(self, options: Options, screens: Screens) -> None:
        self.options = options
        self.screens = screens
        self.tasks = TaskOwner("app")
        self.shift: Shift | None = None
        self.window: Window | None = None
        self.stream: EventStream | None = None
        self._stack = AsyncExitStack()
        self._quit = asyncio.Event()

    async def run(self) -> int:
        try:
            if not await self.start():
                return 1
            await self._quit.wait()
            log.info("Shutting down")
        finally:
            await self.stop()
        return 0

    async def start(self) -> bool:
        """Everything up to a shown window; False when sign-in was cancelled."""
        stack = self._stack
        url = self.options.server
        if url is None:
            url = await self._start_training_backend(stack)
        http = httpx.AsyncClient(timeout=httpx.Timeout(15.0, connect=5.0))
        stack.push_async_callback(http.aclose)
        # Training keeps nothing: no token is stored, so the keyring is not asked.
        secrets = None if self.options.training else SecretStore()
        api = ApiClient(url, http=http)
        user = await self._sign_in(api, secrets)
        if user is None:
            return False
        stack.push_async_callback(self.tasks.cancel_all)
        self.shift = shift = Shift(api, user, self.tasks)
        context = Context(
            options=self.options,
            server_url=url,
            shift=shift,
            tasks=self.tasks,
            keyring_message=_keyring_message(secrets),
        )
        self.window = window = self.screens.main_window(context)
        window.closed.connect(self._quit.set)
        self.stream = stream = EventStream(
            api,
            shift.handle_event,
            on_state=shift.set_connection,
            on_reconnected=shift.reconnected,
        )
        stack.push_async_callback(stream.aclose)
        stream.start()
        window.show()
        log.info("Window shown")
        if self.options.training and user.role.value == "advocate":
            self.tasks.start(shift.set_presence(SettablePresence.AVAILABLE), key="presence")
        return True

    def quit(self) -> None:
        self._quit.set()

    async def stop(self) -> None:
        """Close in reverse order: stream, tasks, HTTP client, (training) backend."""
        if self.window is not None:
            close = getattr(self.window, "close", None)
            self.window = None
            if close is not None:
                close()
        await self._stack.aclose()

    async def _start_training_backend(self, stack: AsyncExitStack) -> str:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="advocate-training-")))
        backend = AsyncBackendProcess(
            backend_command(folder / "training.db", demo=True, simulate=True)
        )
        url = await backend.start()
        stack.push_async_callback(backend.stop)
        assert backend.proc is not None
        log.info("Training backend started (pid %d)", backend.proc.pid)
        return url

    async def _sign_in(self, api: ApiClient, secrets: SecretStore | None) -> User | None:
        """Training: the demo account.  A real server: the stored refresh token, else ask."""
        if secrets is None or self.options.server is None:
            return (await api.login(self.options.user, TRAINING_PASSWORD)).user
        username = self.options.user
        api.token_store = TokenStore(secrets, Account(self.options.server, username))
        try:
            return (await api.resume()).user
        except (SignedOut, NetError):
            log.info("No usable stored sign-in; asking")
        problem: str | None = None
        while True:
            answer = await self.screens.sign_in(self.options.server, username, problem)
            if answer is None:
                return None
            username, password = answer
            api.token_store = TokenStore(secrets, Account(self.options.server, username))
            try:
                return (await api.login(username, password)).user
            except ApiError as error:
                problem = error.message
            except NetError:
                problem = _tr(
                    "The hotline server cannot be reached. Check the network and try again."
                )


def _tr(text: str) -> str:
    return QCoreApplication.translate("Runtime", text)


def _keyring_message(secrets: SecretStore | None) -> str | None:
    if secrets is None or secrets.notice is None:
        return None
    return _tr(KEYRING_MESSAGES[secrets.notice])
