"""Test set-up shared by every layer.

Qt runs on the offscreen platform (set before anything makes a QApplication);
tests never touch the real keychain; the backend is the real one, started as a
child process on an ephemeral loopback port.
"""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test does may land in (or read) the developer's real data, config or
# cache folders: point the XDG folders (what QStandardPaths reads) somewhere new.
_SANDBOX = tempfile.mkdtemp(prefix="advocate-tests-")
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_SANDBOX, _name.lower())
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from console.server.launcher import BackendProcess, backend_command
from tests.support.keyring_memory import MemoryKeyring

pytest_plugins = ["tests.support.qasync_loop"]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring; the real one is never touched."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class Backend:
    """A running reference backend; restartable on the same port and database."""

    def __init__(self, db: Path, *, simulate: bool = False, extra: tuple[str, ...] = ()) -> None:
        self.db = db
        self.simulate = simulate
        self.extra = extra
        self.port = 0
        self.url = ""
        self._proc: BackendProcess | None = None

    def start(self) -> str:
        cmd = backend_command(self.db, port=self.port, simulate=self.simulate, extra=self.extra)
        self._proc = BackendProcess(cmd)
        self.url = self._proc.start()
        self.port = int(self.url.rsplit(":", 1)[1])
        return self.url

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.stop()

    def kill(self) -> None:
        if self._proc is not None:
            self._proc.kill()

    def restart(self) -> str:
        self.stop()
        return self.start()


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[Backend]:
    """The real reference backend with the demo accounts, no simulator."""
    server = Backend(tmp_path / "backend.db")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def sim_backend(tmp_path: Path) -> Iterator[Backend]:
    """The real reference backend with the demo accounts and the training simulator."""
    server = Backend(tmp_path / "backend.db", simulate=True)
    server.start()
    yield server
    server.stop()
