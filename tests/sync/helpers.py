"""Helpers of the sync tests: a server-side case, the server's view, agreement checks."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from console.net.client import ApiClient
from console.protocol import AnyRecord, Entity, Mutation, MutationStatus, SyncRequest
from console.store import Cache
from console.store.fields import SPECS, content_of

LEAD = ("lead1", "training")
T = TypeVar("T")


async def create_case(api: ApiClient, title: str) -> str:
    """A case made on the server by a lead, through a one-off client."""
    case_id = str(uuid.uuid4())
    mutation = Mutation(seq=1, entity=Entity.CASE, op="upsert", id=case_id, fields={"title": title})
    response = await api.sync(SyncRequest(client_id=uuid.uuid4().hex, mutations=[mutation]))
    assert response.results[0].status is MutationStatus.APPLIED
    return case_id


class RawWriter:
    """Another client writing straight through the API (its own client id and seqs)."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api
        self.client_id = uuid.uuid4().hex
        self.seq = 0
        self.writes: dict[str, int] = {}  # record id -> writes applied by this writer

    async def write(
        self,
        entity: Entity,
        record_id: str,
        fields: dict[str, Any],
        base: int | None,
        *,
        delete: bool = False,
    ) -> AnyRecord | None:
        self.seq += 1
        mutation = Mutation(
            seq=self.seq,
            entity=entity,
            op="delete" if delete else "upsert",
            id=record_id,
            base_version=base,
            fields={} if delete else fields,
        )
        response = await self.api.sync(SyncRequest(client_id=self.client_id, mutations=[mutation]))
        [result] = response.results
        if result.status is MutationStatus.APPLIED:
            self.writes[record_id] = self.writes.get(record_id, 0) + 1
        return result.record


async def server_records(api: ApiClient) -> dict[tuple[str, str], AnyRecord]:
    """Every record the user can see, as the server has it now (a full pull)."""
    cursor = ""
    found: dict[tuple[str, str], AnyRecord] = {}
    while True:
        page = await api.changes(cursor, limit=1000)
        for record in page.changes:
            found[(record.entity, record.id)] = record
        cursor = page.cursor
        if not page.more:
            return found


def in_case(record: AnyRecord, case_id: str) -> bool:
    return record.id == case_id if record.entity == "case" else record.case_id == case_id  # type: ignore[union-attr]


def cached_records(cache: Cache, case_id: str) -> dict[tuple[str, str], AnyRecord]:
    found: dict[tuple[str, str], AnyRecord] = {}
    case = cache.record(Entity.CASE, case_id)
    if case is not None:
        found[("case", case_id)] = case.record
    for cached in [*cache.notes_for_case(case_id), *cache.checklist_runs_for_case(case_id)]:
        found[(cached.record.entity, cached.id)] = cached.record
    return found


def disagreements(
    cache: Cache, server: dict[tuple[str, str], AnyRecord], case_id: str
) -> list[str]:
    """Every way the cache and the server differ for one case (empty: they agree exactly)."""
    problems: list[str] = []
    live = {k: r for k, r in server.items() if in_case(r, case_id) and not r.deleted}
    local = cached_records(cache, case_id)
    for key in sorted(set(live) | set(local)):
        theirs, ours = live.get(key), local.get(key)
        if theirs is None or ours is None:
            problems.append(f"{key}: only {'here' if theirs is None else 'on the server'}")
            continue
        spec = SPECS[Entity(key[0])]
        if theirs.version != ours.version:
            problems.append(f"{key}: version {ours.version} here, {theirs.version} there")
        if content_of(spec, theirs) != content_of(spec, ours):
            problems.append(f"{key}: content differs")
    unsynced = cache.unsynced()
    if unsynced.blocking:
        problems.append(f"unsynced: {unsynced}")
    return problems


async def until(condition: Callable[[], T | None], timeout: float = 10.0) -> T:
    """Wait (yielding to the loop) until ``condition()`` is truthy; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.01)
