"""The bench's side of :mod:`benchmarks.console_proc`: start it, ask it, stop it.

    async with ConsoleProcess(url, "bench", folder, available=True) as console:
        await console.request("wait_tabs", count=20, rows=1, timeout=60)

Also the set-up the console benchmarks share: a backend database with one
advocate allowed many sessions at once (the demo accounts stay offline, so
every contact is offered to that advocate), and the gateway pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from benchmarks.backend_load import add_user_command
from benchmarks.console_proc import ANSWER

BENCH_USER = "bench"
BENCH_PASSWORD = "bench-password"
START_TIMEOUT_S = 60.0
ANSWER_LIMIT = 64 * 1024 * 1024  # one answer line may carry every sample


def seed_advocate(db: Path, max_sessions: int, username: str = BENCH_USER) -> str:
    """Create the bench advocate (through the backend's CLI) and raise its capacity.

    The contract's default is 3 chats and 3 texts at once; the benches open up
    to 50 tabs, so the row's limits are raised directly in the (stopped)
    backend's SQLite file.
    """
    subprocess.run(
        add_user_command(db, username),
        input=BENCH_PASSWORD + "\n",
        text=True,
        check=True,
        capture_output=True,
    )
    with contextlib.closing(sqlite3.connect(db)) as conn, conn:
        conn.execute(
            "UPDATE users SET max_chat = ?, max_text = ? WHERE username = ?",
            (max_sessions, max_sessions, username),
        )
    return username


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"  # never the real keyring
    return env


class ConsoleError(RuntimeError):
    """The console process failed, answered an error or did not answer in time."""


class ConsoleProcess:
    def __init__(
        self,
        server: str,
        data_dir: Path,
        *,
        user: str = BENCH_USER,
        password: str = BENCH_PASSWORD,
        available: bool = True,
        profile: Path | None = None,
    ) -> None:
        self.cmd = [
            sys.executable, "-m", "benchmarks.console_proc", "--server", server,
            "--user", user, "--password", password, "--data-dir", str(data_dir),
        ]  # fmt: skip
        if available:
            self.cmd.append("--available")
        if profile is not None:
            self.cmd += ["--profile", str(profile)]
        self.log_path = data_dir.parent / f"{data_dir.name}-console.log"
        self.ready: dict[str, Any] = {}
        self._proc: asyncio.subprocess.Process | None = None
        self._next_id = 0

    async def start(self) -> dict[str, Any]:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("w", encoding="utf-8") as log:
            self._proc = await asyncio.create_subprocess_exec(
                *self.cmd,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=log,
                env=child_env(),
                limit=ANSWER_LIMIT,
            )
        self.ready = await self._read(START_TIMEOUT_S)
        return self.ready

    async def _read(self, timeout: float) -> dict[str, Any]:
        proc = self._proc
        assert proc is not None
        assert proc.stdout is not None
        while True:
            try:
                line = await asyncio.wait_for(proc.stdout.readline(), timeout)
            except TimeoutError:
                raise ConsoleError(f"no answer in {timeout:g} s; see {self.log_path}") from None
            if not line:
                raise ConsoleError(f"the console exited; see {self.log_path}")
            text = line.decode()
            if text.startswith(ANSWER):
                answer: dict[str, Any] = json.loads(text[len(ANSWER) :])
                return answer

    async def request(self, cmd: str, timeout: float = 120.0, **fields: Any) -> dict[str, Any]:
        """Send one command and wait for its answer (commands answer in order asked)."""
        proc = self._proc
        assert proc is not None
        assert proc.stdin is not None
        self._next_id += 1
        proc.stdin.write((json.dumps({"id": self._next_id, "cmd": cmd, **fields}) + "\n").encode())
        await proc.stdin.drain()
        answer = await self._read(timeout)
        if answer.get("id") != self._next_id:
            raise ConsoleError(f"answer out of order: {answer.get('id')} for {self._next_id}")
        if "error" in answer:
            raise ConsoleError(f"{cmd}: {answer['error']}")
        return answer

    async def stop(self) -> None:
        proc = self._proc
        if proc is None:
            return
        self._proc = None
        if proc.returncode is None:
            with contextlib.suppress(ConnectionError, ConsoleError):
                assert proc.stdin is not None
                proc.stdin.write(b'{"id": 0, "cmd": "quit"}\n')
                await proc.stdin.drain()
                proc.stdin.close()
            try:
                await asyncio.wait_for(proc.wait(), 20)
            except TimeoutError:
                proc.kill()
                await proc.wait()

    async def __aenter__(self) -> ConsoleProcess:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
