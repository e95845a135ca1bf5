"""Cached transcripts, replies waiting to be sent, drafts and search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from console.protocol import (
    Author,
    Channel,
    ContactInfo,
    Delivery,
    Message,
    SessionDetail,
    SessionState,
)
from console.store import Cache

T0 = datetime(2026, 2, 1, 9, 0, tzinfo=UTC)


def _message(i: int, body: str, session_id: str = "s1") -> Message:
    return Message(
        id=f"m{i}",
        session_id=session_id,
        author=Author.CONTACT if i % 2 else Author.ADVOCATE,
        body=body,
        created_at=T0 + timedelta(seconds=i),
        delivery=Delivery.DELIVERED,
    )


def test_a_session_and_its_transcript_open_without_network(cache: Cache) -> None:
    session = SessionDetail(
        id="s1",
        channel=Channel.CHAT,
        state=SessionState.ACTIVE,
        language="es",
        case_id="c1",
        contact=ContactInfo(label="Visitor 7"),
        queued_at=T0,
        messages=[_message(2, "segundo"), _message(1, "primero")],
    )
    cache.save_session(session)
    cache.save_messages([_message(3, "tercero"), _message(1, "primero (edited)")])
    got = cache.session("s1")
    assert got is not None and got.contact.label == "Visitor 7" and got.language == "es"
    assert [m.body for m in cache.messages("s1")] == ["primero (edited)", "segundo", "tercero"]
    assert [s.id for s in cache.sessions_for_case("c1")] == ["s1"]


def test_replies_typed_offline_wait_in_order_once(cache: Cache) -> None:
    cache.queue_reply("s1", "r1", "first")
    cache.queue_reply("s2", "r2", "other tab")
    cache.queue_reply("s1", "r3", "second")
    cache.queue_reply("s1", "r1", "first again")  # a retry of the same reply is one reply
    assert [r.body for r in cache.queued_replies("s1")] == ["first", "second"]
    assert "first" not in repr(cache.queued_replies("s1")[0])
    cache.reply_sent("r1", _message(10, "first"))
    assert [r.client_msg_id for r in cache.queued_replies()] == ["r2", "r3"]
    assert [m.id for m in cache.messages("s1")] == ["m10"]


def test_drafts_by_key_and_prefix(cache: Cache) -> None:
    cache.save_draft("session:s1:reply", "hola")
    cache.save_draft("case:c1:note", "note draft")
    cache.save_draft("case:c10:note", "other case")
    cache.save_draft("case:c1:note", "note draft, more")
    assert cache.draft("case:c1:note") == "note draft, more"
    assert cache.drafts("case:c1:") == {"case:c1:note": "note draft, more"}
    assert cache.drafts("case:c1_") == {}  # LIKE wildcards in a prefix are literal
    cache.save_draft("session:s1:reply", "")
    assert cache.draft("session:s1:reply") is None
    cache.clear_draft("case:c1:note")
    assert set(cache.drafts()) == {"case:c10:note"}


def test_search_over_notes_and_messages(cache: Cache) -> None:
    cache.save_session(
        SessionDetail(
            id="s1",
            channel=Channel.TEXT,
            state=SessionState.CLOSED,
            language="en",
            case_id="c2",
            contact=ContactInfo(label="Texter 1"),
            queued_at=T0,
            messages=[_message(1, "They took my passport at the farm")],
        )
    )
    cache.save_note("c1", "Employer holds passports; debt bondage indicators")
    hits = cache.search("passport")
    assert {(h.kind, h.case_id) for h in hits} == {("note", "c1"), ("message", "c2")}
    assert {h.case_id for h in cache.search("FARM")} == {"c2"}
    assert cache.search('" OR *') == []  # input is never FTS syntax
    assert cache.search("") == []
