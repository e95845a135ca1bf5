"""Pieces the console benchmarks share: the backend, the gateways, another workstation.

* :func:`bench_backend`: the reference backend as a child process (demo data,
  SQLite in the bench's folder) with the bench advocate allowed ``max_sessions``
  chats and texts at once (:func:`benchmarks.console_driver.seed_advocate`);
* :func:`gateway_pool`: the channel gateways' side of the load generator;
* :class:`OtherWorkstation`: the same advocate signed in elsewhere, writing
  notes through ``POST /sync`` (what the console then pulls).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

from benchmarks.child import ChildBackend
from benchmarks.console_driver import BENCH_PASSWORD, BENCH_USER, seed_advocate
from benchmarks.loadgen import DEMO_GATEWAY_TOKEN, LoadSpec
from benchmarks.wire import Pool

API = "/api/v1"
NOTES_PER_BATCH = 500  # the contract's most mutations per request


def bench_backend(folder: Path, max_sessions: int, *, extra: tuple[str, ...] = ()) -> ChildBackend:
    """A backend (not started) whose database holds the bench advocate."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "backend.db"
    seed_advocate(db, max_sessions)
    return ChildBackend(db, extra=extra)


def gateway_pool(url: str, spec: LoadSpec) -> Pool:
    return Pool(url, spec.gateway_connections, {"Authorization": f"Bearer {DEMO_GATEWAY_TOKEN}"})


def live_spec(contacts: int, messages_per_s: float, duration_s: float) -> LoadSpec:
    """``contacts`` opened up front (``open_contacts``), then only messages, all stamped."""
    return LoadSpec(
        contacts_per_s=1.0,
        messages_per_s=messages_per_s,
        duration_s=duration_s,
        max_contacts=contacts,
        messages_per_contact=1_000_000_000,
        stamp_bodies=True,
    )


class OtherWorkstation:
    """The bench advocate on another computer: writes notes the console will pull."""

    def __init__(self, url: str) -> None:
        self.pool = Pool(url, 2)
        self.client_id = uuid.uuid4().hex
        self.seq = 0
        self.written = 0
        self.seconds: list[float] = []  # per POST /sync

    async def sign_in(self) -> None:
        response = await self.pool.post(
            f"{API}/auth/login", {"username": BENCH_USER, "password": BENCH_PASSWORD}
        )
        if response.status != 200:
            raise RuntimeError(f"the other workstation could not sign in ({response.status})")
        body = response.json()
        assert isinstance(body, dict)
        self.pool.headers["Authorization"] = f"Bearer {body['access_token']}"

    async def write_notes(self, case_ids: list[str], count: int) -> None:
        mutations = []
        for n in range(count):
            self.seq += 1
            mutations.append(
                {
                    "seq": self.seq,
                    "entity": "note",
                    "op": "upsert",
                    "id": str(uuid.uuid4()),
                    "base_version": None,
                    "fields": {
                        "case_id": case_ids[n % len(case_ids)],
                        "body": f"Note {n} from the other workstation: " + "details " * 20,
                    },
                }
            )
        started = time.perf_counter()
        response = await self.pool.post(
            f"{API}/sync", {"client_id": self.client_id, "mutations": mutations}
        )
        self.seconds.append(time.perf_counter() - started)
        if response.status != 200:
            raise RuntimeError(f"POST /sync answered {response.status}")
        self.written += count

    async def write_spread(self, case_ids: list[str], total: int, over_s: float) -> None:
        """``total`` notes in batches of up to 500, spread evenly over ``over_s`` seconds."""
        batches = -(-total // NOTES_PER_BATCH)
        loop = asyncio.get_running_loop()
        begin = loop.time()
        for b in range(batches):
            await asyncio.sleep(max(0.0, begin + b * over_s / batches - loop.time()))
            await self.write_notes(case_ids, min(NOTES_PER_BATCH, total - b * NOTES_PER_BATCH))

    def close(self) -> None:
        self.pool.close()
