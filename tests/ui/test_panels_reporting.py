"""The reporting guide: one question at a time, each branch ends in the right report note."""

from __future__ import annotations

from typing import Any

import pytest

from console.protocol import NoteKind, NoteRecord
from console.store.fields import RecordSync
from console.ui.panels import ReportingDialog, ReportingPanel
from tests.conftest import Backend
from tests.ui.conftest import until
from tests.ui.panels_support import Desk, open_desk, server_case, shot

__all__ = ["open_desk"]


def walk(panel: ReportingPanel, *answers: str) -> None:
    """Answer by clicking the buttons, as the advocate does."""
    for answer in answers:
        assert panel.walk.current is not None, f"no question left for {answer!r}"
        panel.answer_buttons[answer].click()


def notes(desk: Desk) -> list[NoteRecord]:
    found = [c.record for c in desk.casework.notes(desk.case_id)]
    return [n for n in found if isinstance(n, NoteRecord)]


@pytest.mark.asyncio
async def test_each_branch_saves_the_right_report_note(
    open_desk: Any, ui_backend: Backend, qtbot: Any
) -> None:
    desk = await open_desk("+15550170")
    panel = ReportingPanel(desk.casework, desk.tab.session)
    qtbot.addWidget(panel)
    panel.resize(560, 760)

    # Immediate danger: emergency services and the shift lead, no consent needed.
    assert panel.question.text() == "Is anyone in immediate danger right now?"
    assert panel.save_button.isEnabled() is False
    walk(panel, "yes")
    assert panel.walk.current is None
    assert "emergency services and the shift lead" in panel.outcome_title.text()
    assert "911" in panel.outcome_steps.text()
    assert panel.outcome_notify.text() == "Tell: 911 / emergency services; The shift lead"
    assert not panel.consent_form.isVisibleTo(panel)
    danger_id = panel.save()
    assert danger_id is not None
    assert not panel.save_button.isEnabled()  # saved once, not twice

    # A possible minor: the mandated report.
    panel.restart()
    walk(panel, "no", "not_sure")
    assert "mandated report" in panel.outcome_title.text()
    minor_id = panel.save()

    # An adult speaking for themselves who consents: who, what, to whom, how, until when.
    panel.restart()
    walk(panel, "no", "no", "yes", "yes")
    assert panel.consent_form.isVisibleTo(panel)
    assert panel.save_button.isEnabled() is False
    assert panel.status.text() == "Tick what the person agreed to share."
    panel.consent_form.scopes["situation"].setChecked(True)
    panel.consent_form.scopes["needs"].setChecked(True)
    assert panel.status.text() == "Choose the recipient the person agreed to."
    recipient = panel.consent_form.recipient
    recipient.setCurrentIndex(recipient.findData("service_provider"))
    panel.remarks.setPlainText("Wants help with housing first.")
    assert panel.save_button.isEnabled()
    panel.save_button.click()
    consent_id = panel.note_id

    # The same adult declining: no report, nothing shared.
    panel.restart()
    walk(panel, "no", "no", "yes")
    panel.back()
    walk(panel, "yes", "no")
    assert panel.walk.outcome is not None and panel.walk.outcome.kind.value == "no_report"
    assert not panel.consent_form.isVisibleTo(panel)
    assert not panel.record_consent.isVisibleTo(panel)
    none_id = panel.save()

    by_id = {n.id: n for n in notes(desk)}
    assert all(by_id[i].kind is NoteKind.REPORT for i in (danger_id, minor_id, none_id))
    danger = by_id[str(danger_id)].body
    assert danger.startswith("[report:imminent_danger]\n")
    assert "Basis: Imminent harm" in danger
    assert "- Is anyone in immediate danger right now? Yes" in danger
    assert "To notify: 911 / emergency services; The shift lead" in danger
    minor = by_id[str(minor_id)].body
    assert minor.startswith("[report:mandated_report]\n")
    assert "Basis: A minor may be harmed (mandated report)" in minor
    consented = by_id[str(consent_id)].body
    assert consented.startswith("[report:consented_report]\n")
    for line in (
        "- Given by: The person themselves",
        "- Information: What happened; What help they need",
        "- Recipient: A service provider",
        "- How: In writing, in the chat or text conversation",
        "- Valid until: ",
        "Advocate's remarks:\nWants help with housing first.",
    ):
        assert line in consented
    declined = by_id[str(none_id)].body
    assert declined.startswith("[report:no_report]\n")
    assert "- No consent recorded" in declined

    await until(
        lambda: all(c.sync is RecordSync.SYNCED for c in desk.casework.notes(desk.case_id)),
        what="the report notes synced",
    )
    case = await server_case(ui_backend.url, desk.case_id)
    kinds = sorted((n["kind"], n["body"].split("\n", 1)[0]) for n in case["notes"])
    assert kinds == [
        ("report", "[report:consented_report]"),
        ("report", "[report:imminent_danger]"),
        ("report", "[report:mandated_report]"),
        ("report", "[report:no_report]"),
    ]


@pytest.mark.asyncio
async def test_the_guide_in_spanish_and_as_a_dialog(open_desk: Any, qtbot: Any) -> None:
    desk = await open_desk("+15550171", body="AYUDA", language="es")
    dialog = ReportingDialog(desk.casework, desk.tab.session, desk.tab)
    qtbot.addWidget(dialog)
    dialog.open()  # never exec()
    panel = dialog.panel
    assert panel.language.language() == "es"
    assert panel.question.text() == "¿Alguien está en peligro inmediato en este momento?"
    walk(panel, "no", "no", "yes", "yes")
    panel.consent_form.scopes["contact_details"].setChecked(True)
    recipient = panel.consent_form.recipient
    recipient.setCurrentIndex(recipient.findData("law_enforcement_partner"))
    shot(dialog, "panel_reporting_es")
    note = panel.note_text()
    assert note.startswith("[report:consented_report]\nDecisión sobre el reporte: ")
    assert "- Destinatario: El socio designado de las fuerzas del orden" in note
    panel.language.set_language("en")
    assert panel.outcome_title.text() == "Report with the person's consent"
    shot(dialog, "panel_reporting_en")
    panel.restart()
    walk(panel, "yes")
    shot(dialog, "panel_reporting_danger_en")
    dialog.close()  # a modal window left open would hold up the console's shutdown
