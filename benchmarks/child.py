"""The reference backend as a child process, for benchmarks and their smoke tests.

Uses the launcher's own command line and ready line
(:func:`console.server.launcher.backend_command`, ``parse_ready``); unlike
``BackendProcess`` it joins its pipe-draining thread and closes the pipe on
stop, so no file is left for the garbage collector (a ``ResourceWarning``
under ``-W error``).  The backend's log goes to a file beside its database.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

from console.server.launcher import START_TIMEOUT_S, BackendStartError, backend_command, parse_ready


class ChildBackend:
    def __init__(
        self, db: Path, *, demo: bool = True, extra: Sequence[str] = (), port: int = 0
    ) -> None:
        self.db = db
        self.demo = demo
        self.extra = tuple(extra)
        self.port = port
        self.cmd = backend_command(db, demo=demo, extra=extra, port=port)
        self.log_path = db.with_suffix(".log")
        self.url = ""
        self._proc: subprocess.Popen[str] | None = None
        self._log: IO[str] | None = None
        self._drain: threading.Thread | None = None

    def start(self, timeout: float = START_TIMEOUT_S) -> str:
        """Start and wait for the ready line; a restart keeps the port (and the database)."""
        self.cmd = backend_command(self.db, demo=self.demo, extra=self.extra, port=self.port)
        self.url = ""
        self._log = self.log_path.open("a", encoding="utf-8")
        self._proc = subprocess.Popen(self.cmd, stdout=subprocess.PIPE, stderr=self._log, text=True)
        stdout = self._proc.stdout
        assert stdout is not None
        watchdog = threading.Timer(timeout, self._proc.kill)
        watchdog.start()
        try:
            for line in stdout:
                url = parse_ready(line)
                if url:
                    self.url = url
                    break
        finally:
            watchdog.cancel()
        if not self.url:
            code = self._proc.wait()
            self._close()
            raise BackendStartError(
                f"backend exited with {code} before serving; see {self.log_path}"
            )
        self.port = int(self.url.rsplit(":", 1)[1])
        self._drain = threading.Thread(target=_drain, args=(stdout,), daemon=True)
        self._drain.start()
        return self.url

    def stop(self, timeout: float = 10.0) -> None:
        if self._proc is None:
            return
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._close()
        self._proc = None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _close(self) -> None:
        if self._drain is not None:
            self._drain.join(5.0)
            self._drain = None
        if self._proc is not None and self._proc.stdout is not None:
            self._proc.stdout.close()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> ChildBackend:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _drain(stream: IO[str]) -> None:
    for _ in stream:
        pass
