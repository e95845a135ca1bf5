"""The console as a child process of a benchmark: ``python -m benchmarks.console_proc``.

Starts the console as ``advocate-console --server URL`` does (the bootstrap's
QApplication and qasync loop, :class:`~console.app.runtime.Runtime`, the real
main window on the offscreen platform), with the sign-in dialog answered by the
bench.  Then it takes commands on stdin (one JSON object a line, ``{"id": n,
"cmd": NAME, ...}``) and answers each on stdout as one line ``@@ {"id": n, ...}``
(see :mod:`benchmarks.console_driver`).  Everything else the console writes (its
log) goes to stderr.  With ``--exit-when-usable`` it is the start-up bench's
console instead (:func:`benchmarks.startup_child.console`: the product's own
bootstrap, the sign-in dialog first, then the main window, and exit).

In the console process itself, the bench keeps:

* the product's own :class:`~console.app.stalls.StallMonitor` with every beat
  kept (``keep_beats``): how late each 5 ms timer beat ran, the stalls over
  50 ms and what the UI thread was running then;
* for every transcript row inserted in any tab, the time from the stamp in its
  body (the load generator's send time, the system-wide monotonic clock) to the
  row being in the tab's ``TranscriptModel``;
* resident memory from ``/proc/self/status`` (``VmRSS``, ``VmHWM``).

Offers are accepted as they come, as an advocate would.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import cProfile
import gc
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.loadgen import stamped_at

ANSWER = "@@ "
log = logging.getLogger("benchmarks.console_proc")


def answer(payload: dict[str, Any]) -> None:
    sys.stdout.write(ANSWER + json.dumps(payload) + "\n")
    sys.stdout.flush()


def memory_kb() -> dict[str, int]:
    """``VmRSS`` and ``VmHWM`` (peak) of this process, in KiB (Linux)."""
    found: dict[str, int] = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                found[name] = int(value.split()[0])
    return found


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.console_proc")
    parser.add_argument("--server", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", default="training")
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--available", action="store_true", help="go available and accept")
    parser.add_argument(
        "--exit-when-usable",
        action="store_true",
        help="the start-up bench's child: print when the sign-in and main windows were usable",
    )
    parser.add_argument("--profile", type=Path, help="write cProfile stats of the run here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if args.exit_when_usable:
        # The start-up bench's console: the product's own start, up to the sign-in dialog
        # and then the main window (benchmarks.startup_child, which the bench spawns
        # directly: this module's own imports would be counted in the start).
        from benchmarks.startup_child import console  # noqa: PLC0415 (this path only)

        return console(
            ["--server", args.server, "--user", args.user, "--password", args.password,
             "--data-dir", str(args.data_dir)]
        )  # fmt: skip
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    # The same start as console.app.bootstrap.main, with the screens injected.
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 (counted in the start-up)

    from console.app import bootstrap, logs, options  # noqa: PLC0415 (as above)
    from console.app.context import Screens  # noqa: PLC0415 (as above)
    from console.app.runtime import Runtime  # noqa: PLC0415 (as above)

    logs.configure(logging.WARNING)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Advocate Console")
    app.setOrganizationName("AdvocateConsole")
    app.setApplicationDisplayName("Advocate Console")
    app.setQuitOnLastWindowClosed(False)
    from console.ui.main_window import build_window  # noqa: PLC0415 (after QApplication)

    loop = bootstrap.make_loop(app)
    asyncio.set_event_loop(loop)
    opts = options.parse(
        ["--server", args.server, "--user", args.user, "--data-dir", str(args.data_dir)]
    )

    async def sign_in(_server: str, name: str, problem: str | None) -> tuple[str, str] | None:
        if problem is not None:
            raise RuntimeError(f"sign-in refused: {problem}")
        return name, args.password

    screens = Screens(main_window=build_window, sign_in=sign_in)
    runtime = Runtime(opts, screens, settle_memory=True)  # as bootstrap's, its own process
    profiler = cProfile.Profile() if args.profile else None
    try:
        if profiler is not None:
            profiler.enable()
        return loop.run_until_complete(_run(runtime, args))
    finally:
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile)
        asyncio.set_event_loop(None)
        loop.close()


async def settle() -> None:
    """Until the event loop has run what was already queued (twice round)."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415 (Qt is loaded by now)

    loop = asyncio.get_running_loop()
    for _ in range(2):
        done = loop.create_future()
        QTimer.singleShot(0, lambda done=done: done.done() or done.set_result(None))
        await done


async def _run(runtime: Any, args: argparse.Namespace) -> int:
    if not await runtime.start():
        return 1
    try:
        probe = Probe(runtime, accept=args.available)
        if args.available:
            from console.protocol import SettablePresence  # noqa: PLC0415 (already loaded)

            await runtime.shift.set_presence(SettablePresence.AVAILABLE)
        await Commands(probe).serve()
        return 0
    finally:
        await runtime.stop()


class Probe:
    """What the bench measures inside the console process."""

    def __init__(self, runtime: Any, *, accept: bool) -> None:
        from console.app.stalls import StallMonitor  # noqa: PLC0415 (Qt is loaded by now)
        from console.widgets.transcript import TranscriptRole  # noqa: PLC0415 (as above)

        self.runtime = runtime
        self.shift = runtime.shift
        self.window = runtime.window
        self.casework = runtime.window.context.casework
        self._role_id = int(TranscriptRole.MESSAGE_ID)
        self._role_body = int(TranscriptRole.BODY)
        from console.protocol import Entity  # noqa: PLC0415 (already loaded)

        self._note = Entity.NOTE
        self.monitor = StallMonitor(keep_beats=True)
        self.monitor.start()
        self.latencies: list[float] = []
        self._seen: set[str] = set()
        self._watched: set[str] = set()
        self.shift.session_opened.connect(self._on_opened)  # after the window made the tab
        if accept:
            self.shift.offer_added.connect(self._accept)

    def _accept(self, session: Any) -> None:
        self.runtime.tasks.start(self.shift.accept(session.id), key=f"accept:{session.id}")

    def _on_opened(self, session: Any) -> None:
        tab = self.window.tabs_by_id.get(session.id)
        if tab is None or tab.transcript is None or session.id in self._watched:
            return
        self._watched.add(session.id)
        model = tab.transcript
        model.rowsInserted.connect(
            lambda _parent, first, last, model=model: self._rows(model, first, last)
        )

    def _rows(self, model: Any, first: int, last: int) -> None:
        now = time.monotonic()
        for row in range(first, last + 1):
            index = model.index(row, 0)
            message_id = model.data(index, self._role_id)
            if not message_id or message_id in self._seen:
                continue
            self._seen.add(message_id)
            sent = stamped_at(model.data(index, self._role_body) or "")
            if sent is not None:
                self.latencies.append((now - sent) * 1000.0)

    # ------------------------------------------------------------ state

    def tabs(self) -> list[Any]:
        return list(self.window.tabs_by_id.values())

    def status(self) -> dict[str, Any]:
        tabs = self.tabs()
        rows = [tab.transcript.rowCount() for tab in tabs if tab.transcript is not None]
        return {
            "t": time.monotonic(),
            "connection": self.shift.connection,
            "tabs": len(tabs),
            "rows": rows,
            "case_ids": [tab.session.case_id for tab in tabs],
            "session_ids": [tab.session.id for tab in tabs],
            "pending_notes": self.casework.cache.pending_count(),
            "notes": self.casework.cache.count(self._note),
            "pending_replies": self.shift.pending_count(),
            "sync_phase": self.casework.state.phase.value,
            **memory_kb(),
        }

    def synced(self) -> bool:
        return bool(
            self.shift.connection == "online"
            and self.shift.pending_count() == 0
            and self.casework.cache.pending_count() == 0
        )


class Commands:
    """Reads commands on a thread, runs each on the event loop, answers on stdout."""

    def __init__(self, probe: Probe) -> None:
        self.probe = probe
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._tasks: set[asyncio.Task[None]] = set()

    async def serve(self) -> None:
        loop = asyncio.get_running_loop()

        def read() -> None:
            for line in sys.stdin:
                loop.call_soon_threadsafe(self._queue.put_nowait, line)
            loop.call_soon_threadsafe(self._queue.put_nowait, None)

        threading.Thread(target=read, name="bench-commands", daemon=True).start()
        answer({"ready": True, **self.probe.status()})
        try:
            while (line := await self._queue.get()) is not None:
                request = json.loads(line)
                if request["cmd"] == "quit":
                    answer({"id": request["id"]})
                    return
                task = loop.create_task(self._handle(request))
                self._tasks.add(task)
                task.add_done_callback(self._tasks.discard)
        finally:
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _handle(self, request: dict[str, Any]) -> None:
        handler: Callable[[dict[str, Any]], Any] = getattr(self, f"cmd_{request['cmd']}")
        try:
            result = await handler(request)
        except (AssertionError, TimeoutError, LookupError, RuntimeError) as error:
            result = {"error": f"{type(error).__name__}: {error}"}
        answer({"id": request["id"], **(result or {})})

    async def _until(self, condition: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("condition not met in time")
            await asyncio.sleep(0.005)

    async def cmd_status(self, _request: dict[str, Any]) -> dict[str, Any]:
        return self.probe.status()

    async def cmd_wait_tabs(self, request: dict[str, Any]) -> dict[str, Any]:
        """Until ``count`` tabs are open, each with at least ``rows`` transcript rows."""
        count, rows = int(request["count"]), int(request.get("rows", 0))

        def ready() -> bool:
            tabs = self.probe.tabs()
            for tab in tabs:  # a long transcript opens at its newest page: show it all
                if tab.transcript is not None and tab.transcript.rowCount() < rows:
                    tab.show_earlier()
            return len(tabs) >= count and all(
                tab.transcript is not None and tab.transcript.rowCount() >= rows for tab in tabs
            )

        await self._until(ready, float(request.get("timeout", 60)))
        await settle()
        return self.probe.status()

    async def cmd_probe_start(self, _request: dict[str, Any]) -> dict[str, Any]:
        self.probe.monitor.reset()
        self.probe.latencies.clear()
        return {"t": time.monotonic()}

    async def cmd_probe_stop(self, _request: dict[str, Any]) -> dict[str, Any]:
        monitor = self.probe.monitor
        return {
            "t": time.monotonic(),
            "beats_ms": [round(b * 1000, 3) for b in monitor.beats],
            "stalls": [{"ms": round(s * 1000, 1), "where": w} for s, w in monitor.stalls],
            "latencies_ms": [round(v, 3) for v in self.probe.latencies],
        }

    async def cmd_memory(self, request: dict[str, Any]) -> dict[str, Any]:
        if request.get("collect"):
            gc.collect()
        await settle()
        return memory_kb()

    async def cmd_edit(self, request: dict[str, Any]) -> dict[str, Any]:
        """Notes and replies made now (offline, they wait in the outbox and the reply queue)."""
        tabs = [tab for tab in self.probe.tabs() if tab.session.case_id is not None]
        if not tabs:
            raise LookupError("no tab with a case")
        notes, replies = int(request.get("notes", 0)), int(request.get("replies", 0))
        for n in range(notes):
            tab = tabs[n % len(tabs)]
            self.probe.casework.add_note(tab.session.case_id, tab.session.id, f"bench note {n}")
        for n in range(replies):
            tab = tabs[n % len(tabs)]
            self.probe.shift.send(tab.session.id, f"bench reply {n}")
        return self.probe.status()

    async def cmd_wait_offline(self, request: dict[str, Any]) -> dict[str, Any]:
        await self._until(
            lambda: self.probe.shift.connection != "online", float(request.get("timeout", 30))
        )
        return self.probe.status()

    async def cmd_wait_synced(self, request: dict[str, Any]) -> dict[str, Any]:
        """Until online with nothing pending; answers when that became true."""
        await self._until(self.probe.synced, float(request.get("timeout", 120)))
        return {"synced_at": time.monotonic(), **self.probe.status()}


if __name__ == "__main__":
    sys.exit(main())
