"""Backend under load: 50 advocates and 200 inbound messages a second.

The real reference backend runs as a child process (the launcher's command line)
on an ephemeral loopback port with the demo data plus 50 advocates created
through its own CLI (``add-user ... --password-stdin``) before it starts.  The
load generator (:mod:`benchmarks.loadgen`) signs the advocates in, keeps their
event streams open, and drives the inbound door for a bounded time while the
advocates accept, reply, close and list their sessions.  Latencies are measured
by the client, request sent to response read.  The baseline, measured in the
same run before the load, is a trivial authenticated GET (``/api/v1/me``) on the
idle backend.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from benchmarks.child import ChildBackend
from benchmarks.harness import Figure, Options, Report, Target
from benchmarks.loadgen import LoadResult, LoadSpec, measure_baseline, run_load
from benchmarks.stats import Summary

P99_TARGET_MS = 50.0
PASSWORD = "load-test-password"
ADVOCATE_OPS = ("accept", "send_message", "get_sessions")


def add_user_command(db: Path, username: str) -> list[str]:
    return [
        sys.executable, "-m", "console.server", "add-user", username,
        "--role", "advocate", "--languages", "en,es", "--password-stdin", "--db", str(db),
    ]  # fmt: skip


def seed_advocates(
    db: Path, count: int, *, password: str = PASSWORD, parallel: int = 4
) -> list[str]:
    """Create ``count`` advocates through the backend's CLI; returns their usernames.

    A few at a time: each is a short process writing one row (SQLite's busy
    timeout serialises the writers); the first runs alone, so that only one
    process ever creates the schema.
    """
    names = [f"adv{n:03d}" for n in range(1, count + 1)]

    def add(name: str) -> None:
        subprocess.run(
            add_user_command(db, name),
            input=password + "\n",
            text=True,
            check=True,
            capture_output=True,
        )

    add(names[0])  # creates the schema alone
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        list(pool.map(add, names[1:]))
    return names


@dataclass(frozen=True, slots=True)
class Measured:
    baseline: Summary
    result: LoadResult
    seed_s: float


def measure(spec: LoadSpec, advocates: int, *, baseline_requests: int = 300) -> Measured:
    with tempfile.TemporaryDirectory(prefix="bench-backend-") as folder:
        db = Path(folder) / "backend.db"
        begin = time.perf_counter()
        names = seed_advocates(db, advocates)
        seed_s = time.perf_counter() - begin
        with ChildBackend(db) as server:
            baseline = asyncio.run(
                measure_baseline(server.url, names[0], PASSWORD, requests=baseline_requests)
            )
            result = asyncio.run(run_load(server.url, spec, names, PASSWORD))
    return Measured(baseline, result, seed_s)


def _ms(name: str, value: float, target: float | None = None) -> Figure:
    return Figure(name, value, "ms", Target("<=", target) if target is not None else None)


class BackendLoad:
    name = "backend_load"
    title = "Backend under load (50 advocates, 200 inbound messages/s)"

    def run(self, options: Options) -> Report:
        advocates = 5 if options.quick else 50
        spec = LoadSpec(
            contacts_per_s=5.0 if not options.quick else 2.0,
            messages_per_s=200.0 if not options.quick else 20.0,
            duration_s=3.0 if options.quick else 20.0,
        )
        m = measure(spec, advocates)
        rec = m.result.recorder
        advocate = rec.summary(*ADVOCATE_OPS)
        inbound = rec.summary("inbound")
        ratio = advocate.p99_ms / m.baseline.p99_ms if m.baseline.p99_ms else float("nan")
        inbound_ratio = inbound.p99_ms / m.baseline.p99_ms if m.baseline.p99_ms else float("nan")
        figures = [
            _ms("advocate API p50 (accept, send, list)", advocate.p50_ms),
            _ms("advocate API p99 (accept, send, list)", advocate.p99_ms, P99_TARGET_MS),
            _ms("advocate API max", advocate.max_ms),
            _ms("inbound p50", inbound.p50_ms),
            _ms("inbound p99", inbound.p99_ms, P99_TARGET_MS),
            _ms("inbound max", inbound.max_ms),
            _ms("baseline GET /me p50 (idle)", m.baseline.p50_ms),
            _ms("baseline GET /me p99 (idle)", m.baseline.p99_ms),
            Figure("advocate p99 / idle baseline p99", ratio, "x"),
            Figure("inbound p99 / idle baseline p99", inbound_ratio, "x"),
            Figure(
                "inbound messages achieved",
                m.result.rate(m.result.messages_sent),
                "msg/s",
                Target(">=", 0.95 * spec.messages_per_s),
            ),
            _ms("load generator loop lag p99", m.result.loop_lag.p99_ms),
        ]
        details = [
            f"{advocates} advocates seeded through the CLI in {m.seed_s:.1f} s",
            f"run {m.result.elapsed_s:.1f} s: {m.result.contacts_started} contacts started, "
            f"{m.result.contacts_ended} ended, {m.result.messages_sent} messages, "
            f"{m.result.accepted} accepted, {m.result.replies} replies, {m.result.events} events, "
            f"{m.result.dropped} dropped",
            m.baseline.line("baseline GET /me"),
            *(rec.summary(op).line(op) for op in ("inbound", *ADVOCATE_OPS, "close", "login")),
            m.result.loop_lag.line("client loop lag"),
            "outcomes: "
            + ", ".join(f"{op}={counts}" for op, counts in sorted(rec.outcomes.items())),
        ]
        method = (
            f"`benchmarks/backend_load.py`: the reference backend as a child process on 127.0.0.1 "
            f"(SQLite in a temporary folder), {advocates} advocates created with `add-user "
            f"--password-stdin` before start-up. One client process (`benchmarks/loadgen.py` "
            f"over `benchmarks/wire.py`, a lean HTTP/1.1 client on asyncio streams with fixed "
            f"keep-alive pools: {spec.gateway_connections} connections for the gateways, "
            f"{spec.advocate_connections} per advocate, plus one event stream each) signs them in, "
            f"sets them available and keeps their event streams open; it then opens "
            f"{spec.contacts_per_s:g} contacts/s and sends {spec.messages_per_s:g} contact "
            f"messages/s through `POST /api/v1/inbound` for {spec.duration_s:g} s (open loop: "
            f"requests fire on schedule; a contact leaves after {spec.messages_per_contact} "
            f"messages), while each advocate accepts every offer, replies to every contact "
            f"message, closes sessions the contact left and lists its sessions every "
            f"{spec.sessions_poll_s:g} s. Latency is client-side, from asking for a free "
            f"connection to the response read, so it includes the client's own event-loop lag "
            f"(reported separately). The advocate figure pools accept, send message and GET "
            f"sessions (a reply that arrives after the contact left is a quick 409 and counts "
            f"too). Baseline: {m.baseline.count} sequential `GET /api/v1/me` on the idle backend "
            f"in the same run. The client shares the machine's cores with the backend (and with "
            f"anything else running), so p99 moves with the machine's load."
        )
        return Report(self.name, self.title, figures, method, details)


BENCHMARK = BackendLoad()
