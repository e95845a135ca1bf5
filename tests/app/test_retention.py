"""The background retention pass: old closed cases leave, unsynced work stays."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from console.app.retention import CacheRetention
from console.protocol import CaseRecord, CaseStatus
from console.secrets import new_cache_key
from console.store import Cache
from tests.store.helpers import note_record, page


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    opened = Cache.open(tmp_path / "cache.db", new_cache_key())
    yield opened
    opened.close()


def _case(case_id: str, status: CaseStatus, age_days: float) -> CaseRecord:
    when = datetime.now(UTC) - timedelta(days=age_days)
    return CaseRecord(id=case_id, version=1, updated_at=when, status=status, title=case_id)


@pytest.mark.asyncio
async def test_a_pass_removes_old_closed_cases_and_keeps_unsynced_ones(cache: Cache) -> None:
    cache.apply_changes(
        page(
            _case("old-closed", CaseStatus.CLOSED, 9),
            _case("old-closed-unsynced", CaseStatus.CLOSED, 9),
            _case("recent-closed", CaseStatus.CLOSED, 2),
            _case("old-open", CaseStatus.OPEN, 30),
            note_record("n1", "old-closed", "words", 1),
        )
    )
    cache.save_note("old-closed-unsynced", "not on the server yet")
    retention = CacheRetention(cache, lambda: 7)
    assert await retention.purge_once() == 1
    assert {c.id for c in cache.cases()} == {"old-closed-unsynced", "recent-closed", "old-open"}
    assert retention.purged == 1
    assert await retention.purge_once() == 0  # nothing more to do


@pytest.mark.asyncio
async def test_the_loop_runs_at_once_then_on_its_interval(cache: Cache) -> None:
    days = [7.0]
    retention = CacheRetention(cache, lambda: days[0], interval_s=0.05)
    cache.apply_changes(page(_case("c1", CaseStatus.CLOSED, 3)))
    task = asyncio.ensure_future(retention.run())
    try:
        days[0] = 1.0  # the hotline shortened it: the next pass uses the new value
        deadline = asyncio.get_running_loop().time() + 5
        while cache.cases() and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.02)
        assert cache.cases() == []
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


@pytest.mark.asyncio
async def test_a_retention_under_a_day_is_refused(cache: Cache) -> None:
    with pytest.raises(ValueError, match="at least a day"):
        await CacheRetention(cache, lambda: 0).purge_once()
