"""A reference backend child process for these tests.

Built on the launcher's command line and ready-line parser, like
``tests.conftest.Backend``, plus what these tests need: starting without the
demo accounts, and measuring how long a SIGTERM shutdown takes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from pathlib import Path

from console.server.launcher import BackendStartError, backend_command, parse_ready


class ServerProcess:
    def __init__(self, db: Path, extra: tuple[str, ...] = (), *, demo: bool = True) -> None:
        self.db = db
        self.extra = extra
        self.demo = demo
        self.port = 0
        self.url = ""
        self.proc: subprocess.Popen[str] | None = None
        self._drain: threading.Thread | None = None

    def start(self, timeout: float = 30.0) -> str:
        cmd = backend_command(self.db, port=self.port, demo=self.demo, extra=self.extra)
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
        assert self.proc.stdout is not None
        watchdog = threading.Timer(timeout, self.proc.kill)
        watchdog.start()
        url = None
        try:
            for line in self.proc.stdout:
                url = parse_ready(line)
                if url:
                    break
        finally:
            watchdog.cancel()
        if not url:
            code = self.proc.wait()
            self.proc.stdout.close()
            raise BackendStartError(f"backend exited with {code} before serving")
        self.url = url
        self.port = int(url.rsplit(":", 1)[1])
        self._drain = threading.Thread(target=self._read_rest, daemon=True)
        self._drain.start()
        return url

    def _read_rest(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for _ in self.proc.stdout:
            pass

    def _finish(self) -> None:
        assert self.proc is not None
        if self._drain is not None:
            self._drain.join(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()

    def stop(self, timeout: float = 10.0) -> float:
        """SIGTERM and wait; returns the seconds it took to exit."""
        import time

        if self.proc is None or self.proc.poll() is not None:
            return 0.0
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        took = time.monotonic() - started
        self._finish()
        return took

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
            self._finish()

    def restart(self) -> str:
        self.stop()
        return self.start()
