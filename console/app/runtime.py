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
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import httpx

from console.net.client import ApiClient
from console.net.errors import NetError, SignedOut
from console.net.events import EventStream
from console.protocol import SettablePresence, User
from console.secrets import SecretStore, TokenStore
from console.server.launcher import AsyncBackendProcess, backend_command

from .options import TRAINING_PASSWORD, Options
from .shift import Shift
from .tasks import TaskOwner

log = logging.getLogger(__name__)

Credentials = tuple[str, str]


class Window(Protocol):
    """What the runtime needs of the main window (built by the screens layer)."""

    closed: object  # a Qt signal emitted once the advocate closed the window

    def show(self) -> None: ...

    def close(self) -> bool: ...

    def ask_credentials(self, server: str, user: str, problem: str | None) -> Awaitable[Credentials | None]: ...


@dataclass
class Context:
    """What the screens get: the services, never globals."""

    options: Options
    server_url: str
    shift: Shift
    tasks: TaskOwner
    keyring_message: str | None


WindowFactory = Callable[[Context], Window]


class Runtime:
    def __init__(self, options: Options, window_factory: WindowFactory) -> None:
        self.options = options
        self.window_factory = window_factory
        self.tasks = TaskOwner("app")
        self._quit = asyncio.Event()

    async def run(self) -> int:
        async with AsyncExitStack() as stack:
            url = self.options.server
            if url is None:
                url = await self._start_training_backend(stack)
            http = httpx.AsyncClient(timeout=httpx.Timeout(15.0, connect=5.0))
            stack.push_async_callback(http.aclose)
            secrets = SecretStore()
            tokens = TokenStore(secrets, url, self.options.user)
            api = ApiClient(http, url, tokens=tokens)
            user = await self._sign_in(api)
            if user is None:
                return 1
            stack.push_async_callback(self.tasks.cancel_all)
            shift = Shift(api, user, self.tasks)
            context = Context(
                options=self.options,
                server_url=url,
                shift=shift,
                tasks=self.tasks,
                keyring_message=None if secrets.is_persistent else secrets.message,
            )
            window = self.window_factory(context)
            window.closed.connect(self._quit.set)  # type: ignore[attr-defined]  # a Qt signal
            stream = EventStream(api, on_event=shift.handle_event, on_state=shift.set_connection)
            stack.push_async_callback(stream.aclose)
            stream.start()
            window.show()
            if self.options.training and user.role.value == "advocate":
                self.tasks.start(shift.set_presence(SettablePresence.AVAILABLE), key="presence")
            await self._quit.wait()
            log.info("Shutting down")
        return 0

    async def _start_training_backend(self, stack: AsyncExitStack) -> str:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="advocate-training-")))
        backend = AsyncBackendProcess(backend_command(folder / "training.db", demo=True, simulate=True))
        url = await backend.start()
        stack.push_async_callback(backend.stop)
        log.info("Training backend started")
        return url

    async def _sign_in(self, api: ApiClient) -> User | None:
        if self.options.training:
            pair = await api.login(self.options.user, TRAINING_PASSWORD)
            return pair.user
        try:
            return await api.resume()
        except (SignedOut, NetError):
            log.info("No stored sign-in; asking")
        return None
