"""Cache step 3: the case's safe-contact profile, and reference tables (no Qt, no network)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.protocol import (
    CaseRecord,
    ChangesResponse,
    Entity,
    ReferralLanguage,
    ReferralService,
    SafeContactProfile,
    SafetyAnswer,
)
from console.secrets import new_cache_key
from console.store import Cache, UnknownRecordError
from console.store.connection import Db, connect
from console.store.schema import LATEST, migrate, version

NOW = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.fixture
def key() -> bytes:
    return new_cache_key()


@pytest.fixture
def cache(tmp_path: Path, key: bytes) -> Iterator[Cache]:
    opened = Cache.open(tmp_path / "cache.db", key)
    yield opened
    opened.close()


def pulled_case(cache: Cache, profile: SafeContactProfile | None = None) -> None:
    case = CaseRecord(id="c1", version=3, updated_at=NOW, title="A case", safe_contact=profile)
    cache.apply_changes(ChangesResponse(changes=[case], cursor="x", more=False))


def test_a_cache_of_step_2_gains_the_profile_column_and_reference_tables(
    tmp_path: Path, key: bytes
) -> None:
    path = tmp_path / "old.db"
    old = Db(connect(path, key), path, key)
    migrate(old, 2)
    old.conn.execute(
        "INSERT INTO cases(id, title, updated_at, server_version) VALUES ('c1', 'kept', ?, 2)",
        (NOW.isoformat(),),
    )
    old.close()
    cache = Cache.open(path, key)
    try:
        assert version(cache.db) == LATEST == 3
        found = cache.record(Entity.CASE, "c1")
        assert found is not None and isinstance(found.record, CaseRecord)
        assert found.record.title == "kept" and found.record.safe_contact is None
        assert cache.stored_templates() == [] and cache.directory_size() == 0
    finally:
        cache.close()


def test_the_profile_is_a_case_edit_with_the_whole_content(cache: Cache) -> None:
    with pytest.raises(UnknownRecordError):  # only the server makes cases for advocates
        cache.save_safe_contact("c1", SafeContactProfile())
    pulled_case(cache)
    profile = SafeContactProfile(safe_to_text=SafetyAnswer.NO, code_word_safe="sunflower")
    cache.save_safe_contact("c1", profile)
    found = cache.record(Entity.CASE, "c1")
    assert found is not None and isinstance(found.record, CaseRecord)
    assert found.record.safe_contact == profile
    batch = cache.take_batch(10)
    assert batch is not None
    [mutation] = batch.mutations
    assert mutation.base_version == 3
    assert mutation.fields["title"] == "A case"
    assert mutation.fields["safe_contact"]["safe_to_text"] == "no"
    assert "sunflower" not in repr(profile)  # never in a log line


def test_a_pulled_profile_is_kept(cache: Cache) -> None:
    pulled_case(cache, SafeContactProfile(may_leave_voicemail=SafetyAnswer.NO))
    found = cache.record(Entity.CASE, "c1")
    assert found is not None and isinstance(found.record, CaseRecord)
    assert found.record.safe_contact is not None
    assert found.record.safe_contact.may_leave_voicemail is SafetyAnswer.NO


def test_hidden_services_are_kept_but_never_listed(cache: Cache) -> None:
    spanish = [ReferralLanguage(code="es", name="Spanish")]
    services = [
        ReferralService(id="a", name="Open shelter", languages=spanish),
        ReferralService(id="b", name="Closed shelter", status="inactive", languages=spanish),
        ReferralService(id="c", name="Old shelter", status="defunct"),
    ]
    assert cache.replace_directory(services) == 3
    assert [s.id for s in cache.search_directory(q="shelter")] == ["a"]
    assert [s.id for s in cache.search_directory(language="español")] == ["a"]
    # Replaced whole: a second fetch leaves no trace of the first.
    cache.replace_directory([ReferralService(id="d", name="New clinic")])
    assert cache.search_directory(q="shelter") == []
    assert [s.id for s in cache.search_directory(q="clin")] == ["d"]
    stored = cache.db.scalar("SELECT data FROM ref_services WHERE id = 'd'")
    assert json.loads(stored)["name"] == "New clinic"
