"""After a session, nothing typed is readable from the disk or the logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from console.protocol import SettablePresence
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of

NOTE = "SENTINEL-NOTE-7f3a9c"
REPLY = "SENTINEL-REPLY-51d2e8"
CONTACT = "SENTINEL-CONTACT-0b44aa"
DRAFT = "SENTINEL-DRAFT-c19e07"


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


@pytest.mark.asyncio
async def test_sentinels_never_reach_the_data_folder_or_the_logs(
    console_for: ConsoleFactory, gateway: Gateway, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    runtime = await console_for("advocate1")
    window = window_of(runtime)
    await window.shift.set_presence(SettablePresence.AVAILABLE)
    sid = (await gateway.send("start", "chat", "visitor-sentinel", body=CONTACT))["session_id"]
    await until(lambda: window.offers.banner(sid))
    await window.shift.accept(sid)
    tab = await until(lambda: window.tabs_by_id.get(sid))
    assert tab.notes is not None and tab.composer is not None
    tab.notes.editor.setPlainText(NOTE)
    tab.notes.save()
    tab.notes.editor.setPlainText(DRAFT)
    tab.notes.flush_draft()
    tab.composer.set_draft(REPLY)
    tab.composer.submit()
    await until(lambda: window.context.casework.cache.pending_count() == 0, what="note synced")
    await until(lambda: tab.transcript is not None and tab.transcript.pending_count() == 0)
    window.shift.flush_cache()  # the transcript batch, as the quarter-second timer would
    files = window.context.casework.cache.files()
    await runtime.stop()

    data = tmp_path / "workstations"
    scanned = [p for p in data.rglob("*") if p.is_file()]
    assert scanned, "the cache should have written files"
    assert {f for f in files if f.exists()} <= set(scanned)
    for path in scanned:
        raw = path.read_bytes()
        for sentinel in (NOTE, REPLY, CONTACT, DRAFT):
            for encoded in _encodings(sentinel):
                assert encoded not in raw, f"{sentinel} readable in {path.name}"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for sentinel in (NOTE, REPLY, CONTACT, DRAFT):
        assert sentinel not in logged
