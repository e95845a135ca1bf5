"""Purging closed cases only when nothing of them is unsynced."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from console.protocol import (
    Author,
    CaseRecord,
    CaseStatus,
    Channel,
    ContactInfo,
    Delivery,
    Entity,
    Message,
    Session,
    SessionState,
)
from console.store import Cache

from .helpers import note_record, page

OLD = datetime(2026, 1, 1, tzinfo=UTC)


def _case(case_id: str, status: CaseStatus, when: datetime = OLD) -> CaseRecord:
    return CaseRecord(id=case_id, version=1, updated_at=when, status=status, title=case_id)


def _session(session_id: str, case_id: str) -> Session:
    return Session(
        id=session_id,
        channel=Channel.TEXT,
        state=SessionState.CLOSED,
        language="en",
        case_id=case_id,
        contact=ContactInfo(label="Texter 1"),
        queued_at=OLD,
    )


def test_purge_removes_old_closed_synced_cases_with_everything_of_them(cache: Cache) -> None:
    now = OLD + timedelta(days=40)
    cache.apply_changes(
        page(
            _case("closed-old", CaseStatus.CLOSED),
            _case("closed-recent", CaseStatus.CLOSED, now - timedelta(days=1)),
            _case("open-old", CaseStatus.OPEN),
            _case("closed-unsynced", CaseStatus.CLOSED),
            note_record("n1", "closed-old", "old words", 1),
            note_record("n2", "closed-unsynced", "waiting", 1),
        )
    )
    cache.save_session(_session("s1", "closed-old"))
    cache.save_messages(
        [
            Message(
                id="m1",
                session_id="s1",
                author=Author.CONTACT,
                body="old message",
                created_at=OLD,
                delivery=Delivery.DELIVERED,
            )
        ]
    )
    cache.save_draft("case:closed-old:note", "draft")
    cache.save_draft("session:s1:reply", "draft")
    cache.save_note("closed-unsynced", "an edit not on the server", note_id="n2")

    assert cache.purge_closed_cases(30, now) == 1
    remaining = {c.id for c in cache.cases()}
    assert remaining == {"closed-recent", "open-old", "closed-unsynced"}
    assert cache.record(Entity.NOTE, "n1") is None
    assert cache.session("s1") is None and cache.messages("s1") == []
    assert cache.drafts() == {}
    assert cache.search("old") == []
    assert cache.record(Entity.NOTE, "n2") is not None
    assert cache.integrity_check() == []
