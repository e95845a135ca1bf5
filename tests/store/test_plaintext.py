"""Nothing readable on disk: notes, drafts, transcripts, conflicts, the FTS index, the WAL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.protocol import (
    Author,
    Channel,
    ContactInfo,
    Delivery,
    Message,
    MutationStatus,
    SessionDetail,
    SessionState,
    SyncResponse,
)
from console.secrets import Account, SecretStore
from console.store import Cache
from console.sync.keys import open_cache

from .helpers import answer, note_record

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _encodings(sentinel: str) -> list[bytes]:
    return [sentinel.encode(e) for e in ("utf-8", "utf-16-le", "utf-16-be")]


def leaks(folder: Path, sentinels: list[str]) -> list[tuple[str, str]]:
    """(file, sentinel) for every sentinel found in clear in any file under ``folder``."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for sentinel in sentinels:
            if any(enc in data for enc in _encodings(sentinel)):
                found.append((path.name, sentinel))
    return found


def _fill(cache: Cache) -> list[str]:
    """Write a distinct sentinel into every kind of content; returns them."""
    s = {name: f"SENTINEL{name.upper()}{uuid.uuid4().hex[:8]}" for name in (
        "note", "draft", "message", "label", "reply", "conflict", "run", "tag"
    )}  # fmt: skip
    case_id = cache.save_case(title="case", tags=[s["tag"]])
    note_id = cache.save_note(case_id, f"the survivor said {s['note']} twice")
    cache.save_checklist_run(
        case_id, "immediate_danger", 1, {"a1": {"state": "done", "comment": s["run"]}}
    )
    cache.save_draft(f"case:{case_id}:note", f"half typed {s['draft']}")
    session = SessionDetail(
        id="s1",
        channel=Channel.CHAT,
        state=SessionState.ACTIVE,
        language="en",
        case_id=case_id,
        contact=ContactInfo(label=s["label"]),
        queued_at=NOW,
        messages=[
            Message(
                id="m1",
                session_id="s1",
                author=Author.CONTACT,
                body=f"help me {s['message']}",
                created_at=NOW,
                delivery=Delivery.DELIVERED,
            )
        ],
    )
    cache.save_session(session)
    cache.queue_reply("s1", "r1", f"we are here {s['reply']}")
    # A conflict keeps both sides: the server's side holds the sentinel.
    batch = cache.take_batch(500)
    assert batch is not None
    results = []
    for q in batch.items:
        m = q.mutation
        if m.id == note_id:
            server = note_record(note_id, case_id, f"server side {s['conflict']}", 3)
            results.append(answer(m.seq, MutationStatus.CONFLICT, version=3, record=server))
        else:
            results.append(answer(m.seq, MutationStatus.REJECTED, error=None))
    cache.apply_results(batch, SyncResponse(last_seq=batch.last_seq, results=results))
    assert cache.conflicts()
    assert cache.search(s["message"])  # the FTS index holds them (encrypted)
    return list(s.values())


def test_the_scan_finds_plaintext(data_dir: Path) -> None:
    """The scanner itself can fail: a sentinel in a plain file is found in every encoding."""
    (data_dir / "plain.txt").write_bytes("x SENTINELPLAIN y".encode("utf-16-le"))
    assert leaks(data_dir, ["SENTINELPLAIN"]) == [("plain.txt", "SENTINELPLAIN")]


@pytest.mark.parametrize("checkpoint", [False, True], ids=["wal", "checkpointed"])
def test_no_sentinel_in_any_file(cache: Cache, data_dir: Path, checkpoint: bool) -> None:
    sentinels = _fill(cache)
    if checkpoint:
        cache.checkpoint()
    wal = data_dir / "cache.db-wal"
    assert checkpoint or wal.stat().st_size > 0  # the content really is in the WAL
    assert leaks(data_dir, sentinels) == []
    cache.close()
    assert leaks(data_dir, sentinels) == []


def test_no_sentinel_after_a_migration_backup(data_dir: Path, key: bytes) -> None:
    from console.store.connection import Db, connect
    from console.store.schema import migrate

    path = data_dir / "cache.db"
    old = Db(connect(path, key), path, key)
    migrate(old, 1)
    old.conn.execute(
        "INSERT INTO notes(id, case_id, body, updated_at) VALUES ('n', 'c', 'SENTINELOLD', 'x')"
    )
    old.close()
    Cache.open(path, key).close()
    assert len(list(data_dir.glob("*.bak"))) == 1
    assert leaks(data_dir, ["SENTINELOLD"]) == []


def test_no_sentinel_in_an_account_folder(tmp_path: Path) -> None:
    folder = tmp_path / "caches"
    account = Account("http://127.0.0.1:1", "advocate-sentinel")
    cache = open_cache(folder, account, "a password", secrets=SecretStore())
    sentinels = _fill(cache)
    cache.close()
    # Neither the content nor the username appears in any file or file name.
    assert leaks(folder, [*sentinels, "advocate-sentinel"]) == []
    assert not any("advocate" in p.name for p in folder.rglob("*"))
