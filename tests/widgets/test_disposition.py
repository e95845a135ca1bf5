"""DispositionDialog: one of the hotline's categories, chosen without blocking."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from console.protocol import Disposition
from console.widgets.disposition import DispositionDialog


def test_choose_a_category(qtbot: QtBot) -> None:
    dialog = DispositionDialog()
    qtbot.addWidget(dialog)
    dialog.open()  # returns at once
    assert dialog.isVisible()
    ok = dialog._box.button(dialog._box.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.selected() is None
    dialog.button(Disposition.HIGH_RISK).click()
    assert ok.isEnabled()
    events: list[object] = []
    dialog.disposition_chosen.connect(events.append)
    dialog.finished.connect(events.append)
    ok.click()
    assert events == ["high_risk", DispositionDialog.DialogCode.Accepted.value]
    assert dialog.result() == DispositionDialog.DialogCode.Accepted


def test_every_category_is_offered_with_an_explanation(qtbot: QtBot) -> None:
    dialog = DispositionDialog(
        selected=Disposition.TIP, explanations={Disposition.OTHER: "Our own words."}
    )
    qtbot.addWidget(dialog)
    assert dialog.selected() == Disposition.TIP
    for disposition in Disposition:
        button = dialog.button(disposition)
        assert button.accessibleName()
        assert button.accessibleDescription()
    assert dialog.button(Disposition.OTHER).accessibleDescription() == "Our own words."
    dialog.set_selected(None)
    assert dialog.selected() is None


def test_cancel_chooses_nothing(qtbot: QtBot) -> None:
    dialog = DispositionDialog(selected=Disposition.CRISIS)
    qtbot.addWidget(dialog)
    dialog.open()
    with qtbot.assertNotEmitted(dialog.disposition_chosen):
        dialog.reject()
    assert dialog.result() == DispositionDialog.DialogCode.Rejected
