"""Composer: Enter sends, Shift+Enter breaks the line, limits, segments, drafts, paste."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from pytestqt.qtbot import QtBot

from console.protocol import Channel
from console.widgets.composer import DRAFT_DEBOUNCE_MS, Composer


@pytest.fixture
def composer(qtbot: QtBot) -> Composer:
    widget = Composer(Channel.CHAT)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_enter_sends_and_clears(qtbot: QtBot, composer: Composer) -> None:
    qtbot.keyClicks(composer.editor(), "Are you safe?")
    with qtbot.waitSignal(composer.submitted, timeout=1000) as sent:
        qtbot.keyClick(composer.editor(), Qt.Key.Key_Return)
    assert sent.args == ["Are you safe?"]
    assert composer.text() == ""


def test_keypad_enter_also_sends(qtbot: QtBot, composer: Composer) -> None:
    qtbot.keyClicks(composer.editor(), "ok")
    with qtbot.waitSignal(composer.submitted, timeout=1000):
        qtbot.keyClick(composer.editor(), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)


def test_shift_enter_adds_a_line(qtbot: QtBot, composer: Composer) -> None:
    with qtbot.assertNotEmitted(composer.submitted):
        qtbot.keyClicks(composer.editor(), "line one")
        qtbot.keyClick(composer.editor(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(composer.editor(), "line two")
    assert composer.text() == "line one\nline two"
    with qtbot.waitSignal(composer.submitted, timeout=1000) as sent:
        composer.submit()
    assert sent.args == ["line one\nline two"]


def test_blank_reply_is_not_sent(qtbot: QtBot, composer: Composer) -> None:
    with qtbot.assertNotEmitted(composer.submitted):
        qtbot.keyClicks(composer.editor(), "   ")
        qtbot.keyClick(composer.editor(), Qt.Key.Key_Return)
    assert not composer.can_send()


def test_sms_counter_shows_segments_and_characters(composer: Composer) -> None:
    composer.set_channel(Channel.TEXT)
    counter = composer._counter
    assert counter.text() == "0/1600"
    composer.set_draft("hello")
    assert counter.text() == "1 segment · 5/1600"
    composer.set_draft("a" * 161)
    assert counter.text() == "2 segments · 161/1600"
    composer.set_draft("¿Estás bien? 🙏")  # outside GSM-7: UCS-2, 70 per segment
    assert counter.text() == "1 segment · 14/1600"
    composer.set_draft("é" * 71)  # é is GSM-7: still one segment
    assert counter.text() == "1 segment · 71/1600"
    composer.set_draft("ú" * 71)  # ú is not: two UCS-2 segments
    assert counter.text() == "2 segments · 71/1600"
    assert counter.accessibleDescription()


def test_sms_limit_blocks_sending_and_says_why(qtbot: QtBot, composer: Composer) -> None:
    composer.set_channel(Channel.TEXT)
    composer.set_draft("x" * 1601)
    assert not composer.can_send()
    assert not composer._send.isEnabled()
    with qtbot.assertNotEmitted(composer.submitted):
        qtbot.keyClick(composer.editor(), Qt.Key.Key_Return)
    assert composer._notice.isVisible()
    assert "Too long by 1 character" in composer._notice.text()
    assert "1,600" in composer._notice.text() or "1600" in composer._notice.text()
    assert composer.text() == "x" * 1601  # nothing the advocate typed is cut
    qtbot.keyClick(composer.editor(), Qt.Key.Key_Backspace)
    assert composer.can_send()
    assert not composer._notice.isVisible()
    with qtbot.waitSignal(composer.submitted, timeout=1000) as sent:
        qtbot.keyClick(composer.editor(), Qt.Key.Key_Return)
    assert len(sent.args[0]) == 1600


def test_chat_limit_is_4000(composer: Composer) -> None:
    composer.set_draft("y" * 4000)
    assert composer.can_send()
    composer.set_draft("y" * 4001)
    assert not composer.can_send()
    assert "4,000" in composer._notice.text() or "4000" in composer._notice.text()


def test_blocked_composer_says_why_and_sends_nothing(qtbot: QtBot, composer: Composer) -> None:
    composer.set_channel(Channel.TEXT)
    composer.set_draft("a reply")
    reason = "The texter opted out (STOP): nothing can be sent."
    composer.set_blocked(reason)
    assert composer.blocked_reason() == reason
    assert composer._notice.text() == reason
    assert composer.editor().isReadOnly()
    with qtbot.assertNotEmitted(composer.submitted):
        composer.submit()
        qtbot.keyClick(composer.editor(), Qt.Key.Key_Return)
    assert composer.text() == "a reply"
    composer.set_blocked(None)
    assert composer.can_send()
    assert not composer.editor().isReadOnly()


def test_draft_changes_are_debounced(qtbot: QtBot, composer: Composer) -> None:
    seen: list[str] = []
    composer.draft_changed.connect(seen.append)
    with qtbot.waitSignal(composer.draft_changed, timeout=DRAFT_DEBOUNCE_MS * 5):
        qtbot.keyClicks(composer.editor(), "typing fast")
    assert seen == ["typing fast"]  # one report for the whole burst


def test_set_draft_is_silent_and_sending_clears_the_draft(qtbot: QtBot, composer: Composer) -> None:
    with qtbot.assertNotEmitted(composer.draft_changed, wait=DRAFT_DEBOUNCE_MS + 100):
        composer.set_draft("restored draft")
    assert composer.text() == "restored draft"
    with qtbot.waitSignals([composer.submitted, composer.draft_changed], timeout=1000):
        composer.submit()
    assert composer.text() == ""


def test_flush_draft_reports_at_once(qtbot: QtBot, composer: Composer) -> None:
    qtbot.keyClicks(composer.editor(), "half")
    with qtbot.waitSignal(composer.draft_changed, timeout=50) as draft:
        composer.flush_draft()
    assert draft.args == ["half"]


def test_paste_takes_plain_text_only(composer: Composer) -> None:
    mime = QMimeData()
    mime.setHtml("<b>bold</b><img src='http://example.invalid/x.png'>")
    mime.setText("plain words")
    edit = composer.editor()
    assert edit.canInsertFromMimeData(mime)
    edit.insertFromMimeData(mime)
    assert composer.text() == "plain words"
    only_html = QMimeData()
    only_html.setHtml("<i>x</i>")
    assert not edit.canInsertFromMimeData(only_html)
    edit.insertFromMimeData(only_html)
    assert composer.text() == "plain words"


def test_calls_have_no_composer() -> None:
    with pytest.raises(ValueError, match="call"):
        Composer(Channel.CALL)
