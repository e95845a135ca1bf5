"""Start the reference backend as a child process and learn its address.

Used by the console in training mode (asynchronously, so the UI never waits) and
by the tests and benchmarks (synchronously).  The backend prints one line
``Serving on http://HOST:PORT`` once its socket accepts connections; ``--port 0``
asks for an ephemeral port.  This module imports nothing heavy: the console loads
it without loading FastAPI.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

READY = re.compile(r"^Serving on (http://[^\s]+)\s*$")
START_TIMEOUT_S = 30.0


class BackendStartError(RuntimeError):
    """The backend process exited or stayed silent instead of serving."""


def backend_command(
    db: Path | str,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    demo: bool = True,
    simulate: bool = False,
    extra: Sequence[str] = (),
) -> list[str]:
    cmd = [sys.executable, "-m", "console.server", "--host", host, "--port", str(port)]
    cmd += ["--db", str(db)]
    if demo:
        cmd.append("--demo")
    if simulate:
        cmd.append("--simulate")
    cmd.extend(extra)
    return cmd


def parse_ready(line: str) -> str | None:
    match = READY.match(line.strip())
    return match.group(1) if match else None


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


class BackendProcess:
    """A reference backend running as a child process (blocking API, for tests)."""

    def __init__(self, cmd: list[str]) -> None:
        self.cmd = cmd
        self.proc: subprocess.Popen[str] | None = None
        self.url = ""
        self._drainer: threading.Thread | None = None

    def start(self, timeout: float = START_TIMEOUT_S) -> str:
        self.proc = subprocess.Popen(  # noqa: S603 (our own interpreter and module, no shell)
            self.cmd,
            stdout=subprocess.PIPE,
            stderr=None,
            text=True,
            env=_child_env(),
        )
        assert self.proc.stdout is not None
        # readline blocks; a watchdog kills a child that never says it is ready.
        timer = threading.Timer(timeout, self.proc.kill)
        timer.start()
        try:
            for line in self.proc.stdout:
                url = parse_ready(line)
                if url:
                    self.url = url
                    break
        finally:
            timer.cancel()
        if not self.url:
            code = self.proc.wait()
            self.proc.stdout.close()
            raise BackendStartError(f"backend exited with {code} before serving")
        # Keep draining stdout so the child never blocks on a full pipe.
        self._drainer = threading.Thread(target=_drain, args=(self.proc.stdout,), daemon=True)
        self._drainer.start()
        return self.url

    def _reap(self) -> None:
        """After the child exited: finish draining and close the pipe."""
        if self._drainer is not None:
            self._drainer.join(timeout=5)
            self._drainer = None
        if self.proc is not None and self.proc.stdout is not None:
            self.proc.stdout.close()

    def stop(self, timeout: float = 10.0) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._reap()

    def kill(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self._reap()


def _drain(stream: object) -> None:
    for _ in stream:  # type: ignore[attr-defined]  # a text pipe
        pass


class AsyncBackendProcess:
    """The same, for the console: starting never blocks the event loop."""

    def __init__(self, cmd: list[str]) -> None:
        self.cmd = cmd
        self.proc: asyncio.subprocess.Process | None = None
        self.url = ""
        self._drain_task: asyncio.Task[None] | None = None

    async def start(self, timeout: float = START_TIMEOUT_S) -> str:  # noqa: ASYNC109 (a start-up deadline, not a call timeout)
        self.proc = await asyncio.create_subprocess_exec(
            *self.cmd, stdout=asyncio.subprocess.PIPE, env=_child_env()
        )
        assert self.proc.stdout is not None
        try:
            async with asyncio.timeout(timeout):
                while True:
                    raw = await self.proc.stdout.readline()
                    if not raw:
                        break
                    url = parse_ready(raw.decode(errors="replace"))
                    if url:
                        self.url = url
                        break
        except TimeoutError:
            self.proc.kill()
        if not self.url:
            code = await self.proc.wait()
            raise BackendStartError(f"backend exited with {code} before serving")
        self._drain_task = asyncio.get_running_loop().create_task(self._drain())
        return self.url

    async def _drain(self) -> None:
        assert self.proc is not None
        assert self.proc.stdout is not None
        while await self.proc.stdout.readline():
            pass

    async def stop(self, timeout: float = 10.0) -> None:  # noqa: ASYNC109 (grace period before kill)
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            async with asyncio.timeout(timeout):
                await self.proc.wait()
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()
        if self._drain_task is not None:
            self._drain_task.cancel()
