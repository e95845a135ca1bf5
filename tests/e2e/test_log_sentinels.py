"""A whole practice shift with logging at DEBUG in both processes, then every log
line is scanned for sentinel strings: message bodies, notes, a report, a reason,
names and phone numbers.  None may appear (DESIGN.md "Logs never hold ...").

The backend runs as a child process with ``--log-level debug`` and its stderr in
a file; the console runs in process (the fixtures of ``tests/ui/conftest.py``)
with the console's own logging set-up (``console.app.logs.configure``) writing
to a buffer.  Contacts come through the gateway door with sentinel bodies and
sentinel phone numbers; the training simulator runs too.  The advocate accepts
offers, replies, writes a note and makes a report; the lead looks in and takes
a session over with a sentinel reason.
"""

from __future__ import annotations

import io
import logging
import re
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tests.ui.conftest as ui
from console.app import logs
from console.protocol import Disposition, SettablePresence
from console.redaction import RedactingFilter
from console.server.launcher import BackendStartError, backend_command, parse_ready
from console.store.fields import RecordSync
from console.ui.lead.board import LeadBoard
from console.ui.panels import ReportingPanel
from console.widgets import TranscriptRole
from tests.ui.conftest import ConsoleFactory, Gateway, until, window_of

console_for = ui.console_for  # the real console, in process (fixture)
gateway = ui.gateway  # contacts through POST /inbound (fixture)

TEXTER = "+1 (555) 867-5309"  # the texter's real number, as a gateway sends it
TEXTER_DIGITS = "5558675309"
CHATTER = "+44 20 7946 0958"
PASSWORD = "training"  # the demo accounts' password, typed at sign-in
SENTINELS = {
    "texter's first text": "SENTINEL-B0DY-ALPHA my name is Zephyrine Quillfeather",
    "texter's second text": "SENTINEL-B0DY-BRAVO call me on 555-867-5309 or zq@example.org",
    "chat visitor's text": "SENTINEL-B0DY-CHARLIE he keeps my passport",
    "advocate's reply": "SENTINEL-REPLY-DELTA are you safe right now?",
    "note": "SENTINEL-N0TE-ECHO employer Ottoline Vantablack holds the passport",
    "report remarks": "SENTINEL-REP0RT-FOXTROT wants help from Ottoline's sister",
    "reassign reason": "SENTINEL-REAS0N-GOLF Ana is overloaded",
}
NAMES = ("Zephyrine", "Quillfeather", "Ottoline", "Vantablack", "Ana Advocate", "Lee Lead")
NUMBERS = (TEXTER, TEXTER_DIGITS, "867-5309", "8675309", CHATTER, "7946 0958", "zq@example.org")


class LoggedBackend:
    """The reference backend with the simulator, logging at DEBUG into a file."""

    def __init__(self, db: Path, log_file: Path) -> None:
        self.log_file = log_file
        self.cmd = backend_command(db, simulate=True, extra=(*ui.FAST, "--log-level", "debug"))
        self.url = ""
        self._stderr = log_file.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            self.cmd, stdout=subprocess.PIPE, stderr=self._stderr, text=True
        )
        assert self.proc.stdout is not None
        timer = threading.Timer(30, self.proc.kill)
        timer.start()
        try:
            for line in self.proc.stdout:
                url = parse_ready(line)
                if url:
                    self.url = url
                    break
        finally:
            timer.cancel()
        if not self.url:
            raise BackendStartError(self.log_file.read_text(encoding="utf-8"))
        self._drain = threading.Thread(target=self._read_rest, daemon=True)
        self._drain.start()

    def _read_rest(self) -> None:
        assert self.proc.stdout is not None
        for _ in self.proc.stdout:
            pass

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._drain.join(5)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        self._stderr.close()

    def lines(self) -> list[str]:
        return self.log_file.read_text(encoding="utf-8").splitlines()


@pytest.fixture
def ui_backend(tmp_path: Path) -> Iterator[LoggedBackend]:
    """Overrides the UI fixtures' backend: the same one, with the simulator and DEBUG logs."""
    server = LoggedBackend(tmp_path / "backend.db", tmp_path / "backend.log")
    yield server
    server.stop()


@pytest.fixture
def console_log() -> Iterator[io.StringIO]:
    """The console's logging as ``logs.configure`` sets it, at DEBUG, into a buffer."""
    buffer = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = logging.StreamHandler(buffer)
    redacting = logs.configure(logging.DEBUG, handler=handler, route_qt=False)
    try:
        yield buffer
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        for other in root.handlers:
            other.removeFilter(redacting)


def transcript(tab: Any) -> list[str]:
    model = tab.transcript
    return [model.index(r, 0).data(TranscriptRole.BODY) for r in range(model.rowCount())]


def pending(tab: Any) -> int:
    return int(tab.transcript.pending_count())


def synced(notes: Any, row: int) -> bool:
    cached = notes.note_at(row)
    return cached is not None and cached.sync is RecordSync.SYNCED


def leaks(lines: list[str]) -> list[tuple[str, str]]:
    secrets = [*SENTINELS.values(), *NAMES, *NUMBERS]
    words = [re.escape(s.split(" ", 1)[0]) for s in SENTINELS.values()]  # SENTINEL-B0DY-ALPHA ...
    pattern = re.compile("|".join([*(re.escape(s) for s in secrets), *words]), re.IGNORECASE)
    return [(m.group(0), line) for line in lines if (m := pattern.search(line))]


@pytest.mark.asyncio
async def test_a_whole_shift_leaves_no_body_note_name_or_number_in_any_log(
    console_log: io.StringIO,
    console_for: ConsoleFactory,
    gateway: Gateway,
    ui_backend: LoggedBackend,
    qtlog: Any,
    qtbot: Any,
) -> None:
    advocate = window_of(await console_for("advocate1"))
    lead = window_of(await console_for("lead1", "b"))
    await advocate.shift.set_presence(SettablePresence.AVAILABLE)

    # A texter and a chat visitor write in; the advocate accepts both and replies.
    text_id = (await gateway.send("start", "text", TEXTER, body=SENTINELS["texter's first text"]))[
        "session_id"
    ]
    await until(lambda: advocate.offers.banner(text_id), what="the text offer")
    await advocate.shift.accept(text_id)
    await until(lambda: text_id in advocate.tabs_by_id, what="the text's tab")
    tab = advocate.tabs_by_id[text_id]
    await gateway.send("message", "text", TEXTER, body=SENTINELS["texter's second text"])
    chat_id = (await gateway.send("start", "chat", CHATTER, body=SENTINELS["chat visitor's text"]))[
        "session_id"
    ]
    await until(lambda: advocate.offers.banner(chat_id), what="the chat offer")
    await advocate.shift.accept(chat_id)
    await until(lambda: chat_id in advocate.tabs_by_id, what="the chat's tab")
    advocate.tabs.setCurrentWidget(tab)  # back to the texter, whose case this is about
    await until(
        lambda: SENTINELS["texter's second text"] in transcript(tab), what="the second text"
    )
    assert tab.composer is not None
    tab.composer.set_draft(SENTINELS["advocate's reply"])
    tab.composer.submit()
    await until(
        lambda: SENTINELS["advocate's reply"] in transcript(tab) and pending(tab) == 0,
        what="the reply confirmed",
    )

    # A case note and a report (consented, with remarks), both synced.
    assert tab.notes is not None
    tab.notes.editor.setPlainText(SENTINELS["note"])
    tab.notes.save()
    report = ReportingPanel(advocate.context.casework, tab.session)
    qtbot.addWidget(report)
    for answer in ("no", "no", "yes", "yes"):
        report.answer_buttons[answer].click()
    report.consent_form.scopes["situation"].setChecked(True)
    recipient = report.consent_form.recipient
    recipient.setCurrentIndex(recipient.findData("service_provider"))
    report.remarks.setPlainText(SENTINELS["report remarks"])
    report.save_button.click()
    assert report.note_id is not None
    casework = advocate.context.casework
    notes = tab.notes.model
    await until(
        lambda: (
            casework.cache.pending_count() == 0
            and notes.rowCount() >= 1
            and all(synced(notes, r) for r in range(notes.rowCount()))
        ),
        timeout=20,
        what="the note and the report synced",
    )

    # The lead looks in on the chat and takes it over, with a reason.
    board = lead.board
    assert isinstance(board, LeadBoard)
    await until(lambda: board.service.session(chat_id) is not None, what="the chat on the board")
    detail = await board.service.detail(chat_id)
    assert SENTINELS["chat visitor's text"] in [m.body for m in detail.messages]
    await board.service.take(chat_id, SENTINELS["reassign reason"], set_available=True)
    await until(lambda: chat_id not in advocate.tabs_by_id, what="the chat gone from Ana")

    # The texter leaves; the advocate ends and closes the text.
    await gateway.send("end", "text", TEXTER)
    await advocate.shift.end(text_id, Disposition.CRISIS)
    await until(lambda: text_id not in advocate.shift.offers(), what="ended")

    console_lines = console_log.getvalue().splitlines()
    backend_lines = ui_backend.lines()
    qt_lines = [str(record.message) for record in qtlog.records]
    assert any(" DEBUG " in line for line in console_lines), "the console did not log at DEBUG"
    assert any(" DEBUG " in line for line in backend_lines), "the backend did not log at DEBUG"
    assert any("console.net" in line for line in console_lines)
    assert leaks(console_lines) == []
    assert [line for line in console_lines if f"'{PASSWORD}'" in line] == []  # (qasync did)
    assert leaks(qt_lines) == []
    assert leaks(backend_lines) == []


def test_the_scan_finds_what_it_looks_for() -> None:
    """The scanner is not blind: each kind of sentinel, as it would leak, is found."""
    lines = [
        f"INFO x: got {SENTINELS['note']}",
        "INFO x: from +1 (555) 867-5309",
        "INFO x: SENTINEL-B0DY-ALPHA",
        "DEBUG x: ana advocate signed in",
        "INFO x: nothing here",
    ]
    assert [line for _, line in leaks(lines)] == lines[:4]
    assert isinstance(RedactingFilter(), logging.Filter)
