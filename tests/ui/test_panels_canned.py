"""Canned replies: Ctrl+/ in the reply box, search, insert in the session's language, never send."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from console.app.canned_model import CannedModel
from console.domain.canned import load_replies
from console.protocol import Channel
from console.ui.panels import CannedPicker, install_canned_shortcut
from console.widgets import Composer
from tests.ui.panels_support import shot

REPLIES = {r.id: r for r in load_replies()}


def make_composer(qtbot: Any, channel: Channel = Channel.TEXT) -> tuple[QWidget, Composer]:
    host = QWidget()
    qtbot.addWidget(host)
    composer = Composer(channel, host)
    return host, composer


def picker_of(host: QWidget) -> CannedPicker:
    [picker] = [p for p in host.findChildren(CannedPicker) if p.isVisible()]
    return picker


def press(widget: QWidget, key: Qt.Key) -> None:
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
    )


def test_ctrl_slash_inserts_a_reply_in_the_session_language_and_never_sends(
    qtbot: Any,
) -> None:
    host, composer = make_composer(qtbot)
    sent: list[str] = []
    composer.submitted.connect(sent.append)
    shortcut = install_canned_shortcut(composer, lambda: "es-MX")
    assert shortcut.key() == QKeySequence("Ctrl+/")
    composer.set_draft("Hola.")

    shortcut.activated.emit()  # what Ctrl+/ in the reply box does
    picker = picker_of(host)
    assert picker.isModal() or picker.windowModality() != Qt.WindowModality.NonModal
    assert picker.language.language() == "es"
    picker.query.setText("seguridad")  # a Spanish tag, accents ignored
    assert picker.model.reply_at(0).id == "safe_to_talk"
    press(picker.query, Qt.Key.Key_Return)
    assert not picker.isVisible()
    assert composer.text() == "Hola. " + REPLIES["safe_to_talk"].text["es"]
    assert sent == []  # the advocate's Enter in the reply box sends, nothing else


def test_keys_move_in_the_list_and_the_language_toggles(qtbot: Any) -> None:
    host, composer = make_composer(qtbot, Channel.CHAT)
    picker = CannedPicker("en", Channel.CHAT, host)
    qtbot.addWidget(picker)
    picker.open()
    chosen: list[str] = []
    picker.chosen.connect(chosen.append)
    picker.query.setText("adios")  # finds "Adiós" and the English "goodbye" reply alike
    assert picker.model.reply_at(0).id == "ending"
    picker.query.setText("safety")
    ids = [picker.model.reply_at(r).id for r in range(picker.model.rowCount())]
    assert ids[:2] == ["safe_to_talk", "in_danger"]
    press(picker.query, Qt.Key.Key_Down)
    assert picker.list.currentIndex().row() == 1
    picker.language.set_language("es")
    shot(picker, "panel_canned_es")
    picker.language.set_language("en")
    shot(picker, "panel_canned_en")
    picker.choose()
    assert chosen == [REPLIES["in_danger"].text["en"]]
    assert composer.text() == ""  # the picker alone inserts nothing: the hook does


def test_a_call_only_reply_is_not_offered_in_a_text(qtbot: Any, qtmodeltester: Any) -> None:
    model = CannedModel("en", Channel.TEXT)
    qtmodeltester.check(model)
    ids = {model.reply_at(r).id for r in range(model.rowCount())}
    assert "relay_reminder" not in ids and "greeting" in ids


def test_nothing_goes_into_a_reply_box_that_refuses_replies(qtbot: Any) -> None:
    host, composer = make_composer(qtbot)
    composer.set_blocked("The texter opted out (STOP): nothing can be sent.")
    shortcut = install_canned_shortcut(composer, "en")
    shortcut.activated.emit()
    picker = picker_of(host)
    picker.choose()
    assert composer.text() == ""
