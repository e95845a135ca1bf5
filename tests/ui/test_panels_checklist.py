"""The checklist panel: runs start, are walked and marked, sync, survive outages and transfers."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from console.app.checklist_model import ChecklistModel, combine_items
from console.app.reference import Reference
from console.domain.checklists import Run, load_templates, template_by_id
from console.protocol import ItemState, SettablePresence
from console.store.fields import RecordSync
from console.ui.panels import ChecklistPanel
from tests.conftest import Backend
from tests.ui.conftest import ConsoleFactory, until, window_of
from tests.ui.panels_support import Desk, lead_token, open_desk, server_case, shot

__all__ = ["open_desk"]  # the fixture, imported for pytest


def panel_for(desk: Desk) -> ChecklistPanel:
    panel = ChecklistPanel(desk.casework, desk.reference(), desk.tab.session)
    panel.resize(560, 720)
    panel.show()  # as in a tab in front: a hidden panel re-reads only when shown
    return panel


def synced(panel: ChecklistPanel) -> bool:
    runs = panel.runs()
    return bool(runs) and all(c.sync is RecordSync.SYNCED for c in runs)


def test_the_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    template = template_by_id(load_templates(), "safety_immediate_danger")
    assert template is not None
    model = ChecklistModel()
    run = Run.start(template)
    model.set_run(template, run, "en")
    qtmodeltester.check(model)
    first = template.items[0].id
    model.set_run(template, run.with_state(template, first, ItemState.DONE), "es")
    qtmodeltester.check(model)
    assert model.rowCount() == len(template.sections)
    assert model.index_of(first).isValid()


def test_combining_two_versions_keeps_every_answer() -> None:
    mine = {"a": {"state": "done"}, "b": {"state": "todo"}, "c": {"state": "declined"}}
    theirs = {
        "a": {"state": "todo", "comment": "later"},
        "b": {"state": "not_applicable"},
        "c": {"state": "done"},
        "d": {"state": "done"},
    }
    items, differing = combine_items(mine, theirs)
    assert items == {
        "a": {"state": "done", "comment": "later"},
        "b": {"state": "not_applicable"},
        "c": {"state": "declined"},
        "d": {"state": "done"},
    }
    assert differing == 1


@pytest.mark.asyncio
async def test_start_walk_mark_and_sync_to_the_server(
    open_desk: Any, ui_backend: Backend, qtbot: Any
) -> None:
    desk = await open_desk("+15550160")
    panel = panel_for(desk)
    qtbot.addWidget(panel)
    progress: list[tuple[int, int]] = []
    panel.progress_changed.connect(lambda done, total: progress.append((done, total)))
    assert panel.empty_label.isVisibleTo(panel)

    panel.template_picker.setCurrentIndex(panel.template_picker.findData("safety_immediate_danger"))
    panel.start_button.click()
    assert panel.run_id is not None
    template = panel.reference.template("safety_immediate_danger")
    assert template is not None
    total = len([i for i in template.items if i.retired_in is None])
    assert progress[-1] == (0, total)
    first = panel.item_id
    assert first == template.items[0].id
    assert panel.item_label.text() == template.items[0].text["en"]

    # Step by step: a first answer moves on to the next unanswered item.
    panel.comment.setText("Can talk until 9pm")
    panel.state_buttons[ItemState.DONE].click()
    assert panel.item_id == template.items[1].id
    panel.state_buttons[ItemState.DECLINED].click()
    # Jump around: the third item is skipped, the last one marked not applicable.
    last = template.items[-1].id
    panel.show_item(last)
    panel.state_buttons[ItemState.NOT_APPLICABLE].click()
    assert progress[-1] == (3, total)
    assert panel.progress.value() == 3
    assert "3 of" in panel.progress.text()
    assert panel.item_id == template.items[2].id  # wrapped round to the one skipped
    panel.next_unanswered()
    assert panel.item_id == template.items[3].id

    await until(lambda: synced(panel), what="the run synced")
    case = await server_case(ui_backend.url, desk.case_id)
    [run] = case["runs"]
    assert run["template_id"] == "safety_immediate_danger"
    assert run["session_id"] == desk.tab.session.id
    items = run["items"]
    assert items[first] == {"state": "done", "comment": "Can talk until 9pm"}
    assert items[template.items[1].id]["state"] == "declined"
    assert items[last]["state"] == "not_applicable"
    assert items[template.items[2].id]["state"] == "todo"


@pytest.mark.asyncio
async def test_items_show_in_the_session_language_with_a_toggle(open_desk: Any, qtbot: Any) -> None:
    desk = await open_desk("+15550161", body="AYUDA", language="es")
    assert desk.tab.session.language.startswith("es")
    panel = panel_for(desk)
    qtbot.addWidget(panel)
    assert panel.language.language() == "es"
    panel.template_picker.setCurrentIndex(panel.template_picker.findData("trafficking_indicators"))
    panel.start_button.click()
    template = panel.reference.template("trafficking_indicators")
    assert template is not None
    assert panel.item_label.text() == template.items[0].text["es"]
    # A minor in commercial sex: the panel states the rule (no force, fraud or coercion needed).
    panel.state_buttons[ItemState.DONE].click()
    assert panel.assessment.isVisibleTo(panel)
    shot(panel, "panel_checklist_es")
    panel.language.set_language("en")
    panel.show_item(template.items[0].id)
    assert panel.item_label.text() == template.items[0].text["en"]
    shot(panel, "panel_checklist_en")


@pytest.mark.asyncio
async def test_a_run_edited_offline_syncs_after_the_backend_restarts(
    open_desk: Any, ui_backend: Backend, qtbot: Any
) -> None:
    desk = await open_desk("+15550162")
    panel = panel_for(desk)
    qtbot.addWidget(panel)
    panel.template_picker.setCurrentIndex(panel.template_picker.findData("safety_digital"))
    panel.start_button.click()
    await until(lambda: synced(panel), what="the new run synced")

    ui_backend.stop()
    await until(lambda: desk.window.shift.connection != "online", what="offline noticed")
    for state in (ItemState.DONE, ItemState.DONE, ItemState.NOT_APPLICABLE):
        panel.state_buttons[state].click()
    assert [c.sync for c in panel.runs()] == [RecordSync.PENDING]
    assert panel.sync_label.text() == "Saved here, waiting to sync"
    assert panel.progress_now()[0] == 3

    ui_backend.start()
    await until(lambda: synced(panel), timeout=40, what="the offline edits synced")
    case = await server_case(ui_backend.url, desk.case_id)
    [run] = case["runs"]
    states = sorted(v["state"] for v in run["items"].values() if v["state"] != "todo")
    assert states == ["done", "done", "not_applicable"]


@pytest.mark.asyncio
async def test_runs_go_with_the_session_when_a_lead_moves_it(
    open_desk: Any, console_for: ConsoleFactory, ui_backend: Backend, qtbot: Any
) -> None:
    desk = await open_desk("+15550163")
    panel = panel_for(desk)
    qtbot.addWidget(panel)
    panel.template_picker.setCurrentIndex(panel.template_picker.findData("safety_after_leaving"))
    panel.start_button.click()
    panel.state_buttons[ItemState.DONE].click()
    await until(lambda: synced(panel), what="the run synced")

    second = window_of(await console_for("advocate2", "b"))
    await second.shift.set_presence(SettablePresence.AVAILABLE)
    sid = desk.tab.session.id
    async with httpx.AsyncClient(base_url=ui_backend.url) as http:
        token = await lead_token(http)
        me = await http.get("/api/v1/roster", headers={"Authorization": f"Bearer {token}"})
        target = next(u["id"] for u in me.json() if u["username"] == "advocate2")
        moved = await http.post(
            f"/api/v1/sessions/{sid}/reassign",
            json={"advocate_id": target, "reason": "Shift change"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert moved.status_code == 200, moved.text
    tab = await until(lambda: second.tabs_by_id.get(sid), what="the tab at advocate2")
    casework = second.context.casework
    reference = Reference(casework.cache)
    try:
        moved_panel = ChecklistPanel(casework, reference, tab.session)  # opening it pulls
        qtbot.addWidget(moved_panel)
        moved_panel.show()
        await until(lambda: moved_panel.run_id == panel.run_id, what="the run pulled")
        assert moved_panel.progress_now()[0] == 1
        moved_panel.state_buttons[ItemState.DECLINED].click()
        await until(lambda: synced(moved_panel), what="advocate2's edit synced")
    finally:
        await reference.aclose()
    case = await server_case(ui_backend.url, desk.case_id)
    [run] = case["runs"]
    assert sorted(v["state"] for v in run["items"].values() if v["state"] != "todo") == [
        "declined",
        "done",
    ]


@pytest.mark.asyncio
async def test_a_run_changed_on_two_workstations_is_combined_by_the_advocate(
    open_desk: Any, console_for: ConsoleFactory, ui_backend: Backend, qtbot: Any
) -> None:
    desk = await open_desk("+15550164")
    panel = panel_for(desk)
    qtbot.addWidget(panel)
    panel.template_picker.setCurrentIndex(panel.template_picker.findData("safety_digital"))
    panel.start_button.click()
    await until(lambda: synced(panel), what="the run synced")
    template = panel.reference.template("safety_digital")
    assert template is not None
    first, second_item = template.items[0].id, template.items[1].id

    other = window_of(await console_for("advocate1", "b"))  # the same advocate, another desk
    other_tab = await until(lambda: other.tabs_by_id.get(desk.tab.session.id), what="desk b tab")
    other_reference = Reference(other.context.casework.cache)
    try:
        other_panel = ChecklistPanel(other.context.casework, other_reference, other_tab.session)
        qtbot.addWidget(other_panel)
        other_panel.show()
        await until(lambda: other_panel.run_id == panel.run_id, what="the run on desk b")

        ui_backend.stop()
        panel.show_item(first)
        panel.state_buttons[ItemState.DONE].click()
        other_panel.show_item(second_item)
        other_panel.state_buttons[ItemState.DECLINED].click()
        ui_backend.start()

        def conflicted() -> ChecklistPanel | None:
            for each in (panel, other_panel):
                each.refresh()
                if each.conflicts.isVisibleTo(each):
                    return each
            return None

        loser = await until(conflicted, timeout=40, what="a conflict on one desk")
        said = loser.conflicts.text.text()  # with or without the English catalogue's plurals
        assert "0 item" in said and "answered differently" in said, said
        loser.conflicts.combine.click()
        await until(lambda: synced(loser), timeout=20, what="the combined run synced")
    finally:
        await other_reference.aclose()
    case = await server_case(ui_backend.url, desk.case_id)
    [run] = case["runs"]
    assert run["items"][first]["state"] == "done"
    assert run["items"][second_item]["state"] == "declined"
