"""The long-lived services of one console run, made and closed in one place.

Order of making: (training) the embedded backend as a child process -> one
``httpx.AsyncClient`` -> the API client and sign-in -> the shift service and the
event stream -> the window.  Closing runs the same list backwards, so nothing is
used after it is closed and no task outlives the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import tempfile
from contextlib import AsyncExitStack
from pathlib import Path

import httpx
import keyring.backends.fail
from PySide6.QtCore import QCoreApplication, QStandardPaths

from console.net.client import ApiClient
from console.net.errors import ApiError, NetError
from console.net.events import EventStream
from console.net.stream_types import Reconnected, StreamEvent
from console.protocol import SettablePresence, User
from console.redaction import SENSITIVE
from console.secrets import Account, SecretStore, StorageNotice, TokenStore, WrongPassword
from console.server.launcher import AsyncBackendProcess, backend_command
from console.store import Cache
from console.store.errors import CacheError, UnsyncedWork
from console.sync.engine import SyncEngine
from console.sync.keys import open_cache_async

from .casework import Casework, describe_unsynced
from .context import Context, Screens, Window
from .options import TRAINING_PASSWORD, Options
from .reference import REFERENCE_TASK, ApiSource, Reference
from .retention import CacheRetention
from .settings import Settings
from .shift import Shift
from .stalls import StallMonitor
from .tasks import TaskOwner
from .unlock import PasswordCheck

log = logging.getLogger(__name__)

RETENTION_TASK = "retention"


class Runtime:
    """Makes the services in :meth:`start`, closes them backwards in :meth:`stop`."""

    def __init__(
        self,
        options: Options,
        screens: Screens,
        settings: Settings | None = None,
        *,
        settle_memory: bool = False,
    ) -> None:
        self.options = options
        self.settle_memory = settle_memory  # the app's own process only (see settle_start_up)
        self.screens = screens
        self.settings = settings if settings is not None else workstation_settings(options)
        self.tasks = TaskOwner("app")
        self.shift: Shift | None = None
        self.window: Window | None = None
        self.stream: EventStream | None = None
        self._stack = AsyncExitStack()
        self._training_dir: Path | None = None
        self._cache: Cache | None = None
        self._engine: SyncEngine | None = None
        self._api: ApiClient | None = None
        self._casework: Casework | None = None
        self._reference: Reference | None = None
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
        if self.options.debug_stalls:
            monitor = StallMonitor()
            monitor.start()
            stack.callback(monitor.stop)
        url = self.options.server
        if url is None:
            url = await self._start_training_backend(stack)
        http = httpx.AsyncClient(timeout=httpx.Timeout(15.0, connect=5.0))
        stack.push_async_callback(http.aclose)
        # Training keeps nothing: no keyring is asked, and its cache lives only as
        # long as the process (an ephemeral key), in the training folder.
        secrets = SecretStore(_NO_KEYRING) if self.options.training else SecretStore()
        api = ApiClient(url, http=http)
        signed_in = await self._sign_in(api, secrets)
        if signed_in is None:
            return False
        user, password, cache = signed_in
        SENSITIVE.add(user.display_name, user.username)  # never in a log line from now on
        if cache is None:
            cache = await open_cache_async(
                self._data_dir(), Account(url, user.username), password, secrets=secrets
            )
        if self.options.training:
            unlock = PasswordCheck.training()
        elif secrets.is_persistent:
            unlock = PasswordCheck.cache_key(secrets, Account(url, user.username))
        else:  # no keyring, no wrapped key to check against: a salted digest in memory
            unlock = PasswordCheck.remembering(password)
        del password
        stack.callback(cache.close)
        stack.push_async_callback(self.tasks.cancel_all)
        engine = SyncEngine(cache, api)
        stack.push_async_callback(engine.aclose)
        self._cache, self._engine, self._api = cache, engine, api
        self._casework = casework = Casework(cache, engine, api)
        engine.on_state = casework.sync_state
        self.shift = shift = Shift(api, user, self.tasks, cache=cache)
        stack.push_async_callback(shift.aclose)  # before the cache closes (reverse order)
        self._reference = reference = Reference(cache, ApiSource(api))
        stack.push_async_callback(reference.aclose)
        stack.push_async_callback(self.tasks.cancel, REFERENCE_TASK)  # runs first: no fetch left
        context = Context(
            options=self.options,
            server_url=url,
            shift=shift,
            casework=casework,
            tasks=self.tasks,
            sign_out=self.sign_out,
            keyring_message=_keyring_message(secrets) if not self.options.training else None,
            reference=reference,
            settings=self.settings,
            password_check=unlock,
        )
        self.window = window = self.screens.main_window(context)
        window.closed.connect(self._quit.set)
        # The server ended this sign-in (a reused refresh token, revoked): say so at once.
        api.on_signed_out = lambda error: window.signed_out_by_server(error.reason)

        def on_event(event: StreamEvent) -> None:
            shift.handle_event(event)
            casework.handle_event(event)

        def on_reconnected(info: Reconnected) -> None:
            shift.reconnected(info)
            casework.reconnected()
            if reference.offline:
                reference.start(self.tasks)

        self.stream = stream = EventStream(
            api, on_event, on_state=shift.set_connection, on_reconnected=on_reconnected
        )
        stack.push_async_callback(stream.aclose)
        shift.restore_from_cache()  # tabs show at once, even with no network
        stream.start()
        engine.start()
        reference.start(self.tasks)
        retention = CacheRetention(cache, self._retention_days)
        self.tasks.start(retention.run(), key=RETENTION_TASK)
        window.show()
        log.info("Window shown")
        if self.settle_memory:
            asyncio.get_running_loop().call_later(SETTLE_AFTER_S, settle_start_up)
        if self.options.training and user.role.value == "advocate":
            self.tasks.start(shift.set_presence(SettablePresence.AVAILABLE), key="presence")
        return True

    def _retention_days(self) -> int:
        """The current setting (each purge pass reads it again)."""
        return self.settings.prefs.policy.effective_retention_days()

    def quit(self) -> None:
        self._quit.set()

    async def sign_out(self) -> str | None:
        """Shift end: wipe this advocate's cache, sign out and quit.

        Refuses, saying what, while anything is not on the server: unsynced notes
        and runs, conflicts, refused edits, queued replies, unsaved drafts.
        Returns the refusal, or None once signed out.
        """
        cache, engine, api = self._cache, self._engine, self._api
        assert cache is not None
        assert engine is not None
        assert api is not None
        refusal = describe_unsynced(cache.unsynced())
        if refusal is not None:
            return refusal
        await engine.aclose()  # worker connections must be closed before the wipe
        await self.tasks.cancel(RETENTION_TASK)
        if self._reference is not None:
            await self.tasks.cancel(REFERENCE_TASK)
            await self._reference.aclose()
        try:
            cache.wipe()
        except UnsyncedWork as error:  # something arrived in between: keep everything
            engine = self._engine = SyncEngine(cache, api, on_state=engine.on_state)
            self._stack.push_async_callback(engine.aclose)
            if self._casework is not None:
                self._casework.engine = engine
            if self._reference is not None:
                self._reference.reopen()
            engine.start()
            return describe_unsynced(error.summary)
        with contextlib.suppress(NetError):
            await api.logout()
        log.info("Signed out at shift end; cache wiped")
        self._quit.set()
        return None

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
        self._training_dir = folder
        backend = AsyncBackendProcess(
            backend_command(folder / "training.db", demo=True, simulate=True)
        )
        url = await backend.start()
        stack.push_async_callback(backend.stop)
        assert backend.proc is not None
        log.info("Training backend started (pid %d)", backend.proc.pid)
        return url

    def _data_dir(self) -> Path:
        if self.options.training:
            assert self._training_dir is not None
            return self._training_dir / "cache"
        if self.options.data_dir is not None:
            return self.options.data_dir
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )

    async def _sign_in(self, api: ApiClient, secrets: SecretStore) -> SignedIn | None:
        """Training: the demo account.  A real server: ask for name and password.

        The password is needed at every start, online or not: it unwraps the key
        of this advocate's encrypted cache.  When the server cannot be reached,
        an advocate who signed in here before signs in offline: unwrapping the
        cache key proves the password, and the stored refresh token takes the
        console online once the server answers again.
        """
        if self.options.server is None:
            pair = await api.login(self.options.user, TRAINING_PASSWORD)
            return pair.user, TRAINING_PASSWORD, None
        server = self.options.server
        username = self.options.user
        problem: str | None = None
        while True:
            answer = await self.screens.sign_in(server, username, problem)
            if answer is None:
                return None
            username, password = answer
            account = Account(server, username)
            api.token_store = TokenStore(secrets, account)
            try:
                user = (await api.login(username, password)).user
            except ApiError as error:
                problem = error.message
                continue
            except NetError:
                offline = await self._offline_sign_in(secrets, account, password)
                if isinstance(offline, str):
                    problem = offline
                    continue
                return offline
            # The OS keyring can be slow (a D-Bus call): never on the event loop's thread.
            await asyncio.to_thread(secrets.set, account, PROFILE, user.model_dump_json())
            return user, password, None

    async def _offline_sign_in(
        self, secrets: SecretStore, account: Account, password: str
    ) -> SignedIn | str:
        profile = await asyncio.to_thread(secrets.get, account, PROFILE)
        if profile is None or not secrets.is_persistent:
            return QCoreApplication.translate(
                "Runtime",
                "The hotline server cannot be reached, and this computer has no saved sign-in"
                " for this user. Check the network and try again.",
            )
        try:
            cache = await open_cache_async(
                self._data_dir(), account, password, secrets=secrets, allow_ephemeral=False
            )
        except WrongPassword:
            return QCoreApplication.translate(
                "Runtime",
                "Wrong password. (The server cannot be reached: the password was checked"
                " against the work saved on this computer.)",
            )
        except CacheError as error:
            log.warning("Offline sign-in failed: %s", type(error).__name__)
            return QCoreApplication.translate(
                "Runtime", "The work saved on this computer cannot be opened: {error}"
            ).format(error=type(error).__name__)
        log.info("Signed in offline; the console goes online when the server answers")
        return User.model_validate_json(profile), password, cache


PROFILE = "profile"  # the user's own record, for signing in offline (not a secret, but personal)
SignedIn = tuple[User, str, "Cache | None"]

_NO_KEYRING = keyring.backends.fail.Keyring()  # type: ignore[no-untyped-call]  # keyring is untyped


SETTLE_AFTER_S = 1.0  # after the first frames of the main window


def settle_start_up() -> None:
    """Keep what start-up made out of the collector's full passes.

    The modules, models, screens and services made while starting live as long
    as the process.  Python's full (generation 2) collection walks every object
    each time, and under a busy shift that walk stalled the screen for about
    100 ms; after one collection now, ``gc.freeze`` leaves them out of every
    later walk.  Only for the console's own process: a process that starts many
    consoles (the tests) would keep each one's leftovers for good.
    """
    collected = gc.collect()
    gc.freeze()
    log.info(
        "Start-up settled: %d objects kept out of full collections (%d collected)",
        gc.get_freeze_count(),
        collected,
    )


def workstation_settings(options: Options) -> Settings:
    """Preferences beside the cache when a data folder is given, else the OS's place."""
    return Settings(options.data_dir / "settings" if options.data_dir is not None else None)


def _keyring_message(secrets: SecretStore | None) -> str | None:
    if secrets is None or secrets.notice is None:
        return None
    messages = {
        StorageNotice.NO_KEYRING: QCoreApplication.translate(
            "Runtime", "No secure keyring on this computer: sign-in is kept in memory only."
        ),
        StorageNotice.INSECURE_KEYRING: QCoreApplication.translate(
            "Runtime",
            "Only an unencrypted keyring is available: it is not used; sign-in is kept in memory"
            " only.",
        ),
        StorageNotice.KEYRING_FAILED: QCoreApplication.translate(
            "Runtime", "The keyring stopped working: sign-in is kept in memory only."
        ),
    }
    return messages[secrets.notice]
