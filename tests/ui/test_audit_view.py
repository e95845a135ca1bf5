"""The lead's audit view: entries from the real backend, read-only, paged; refusals in words."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt

from console.app.tasks import TaskOwner
from console.net.client import ApiClient
from console.ui.lead import audit_view
from console.ui.lead.audit_view import AuditView
from tests.conftest import Backend
from tests.ui.conftest import until


@pytest_asyncio.fixture
async def tasks() -> AsyncIterator[TaskOwner]:
    owner = TaskOwner("audit-test")
    yield owner
    await owner.cancel_all()


async def signed_in(url: str, user: str) -> ApiClient:
    api = ApiClient(url)
    await api.login(user, "training")
    return api


@pytest.mark.asyncio
async def test_a_lead_reads_the_audit_log_newest_first_and_filters_it(
    backend: Backend, tasks: TaskOwner, qtbot: Any, qtmodeltester: Any
) -> None:
    advocate = await signed_in(backend.url, "advocate1")
    lead = await signed_in(backend.url, "lead1")
    try:
        view = AuditView(lead.audit, tasks)
        qtbot.addWidget(view)
        view.refresh()
        await until(lambda: not view.loading and view.model.rowCount() >= 2, what="entries")
        qtmodeltester.check(view.model)
        actions = [view.model.index(r, 2).data() for r in range(view.model.rowCount())]
        assert actions[:2] == ["auth.login", "auth.login"]
        assert lead.user is not None
        assert view.model.entries[0].actor_id == lead.user.id
        assert view.model.headerData(0, Qt.Orientation.Horizontal) == "When"
        assert "2 entries" in view.status.text()
        assert not view.older_button.isEnabled()

        view.filter.setText("session.")
        view.refresh()
        await until(lambda: not view.loading, what="the filtered load")
        assert view.model.rowCount() == 0
    finally:
        await advocate.aclose()
        await lead.aclose()


@pytest.mark.asyncio
async def test_an_advocate_is_told_why_not(backend: Backend, tasks: TaskOwner, qtbot: Any) -> None:
    advocate = await signed_in(backend.url, "advocate1")
    try:
        view = AuditView(advocate.audit, tasks)
        qtbot.addWidget(view)
        view.refresh()
        await until(lambda: not view.loading, what="the refusal")
        assert view.model.rowCount() == 0
        assert "Only a shift lead may see this." in view.status.text()
    finally:
        await advocate.aclose()


@pytest.mark.asyncio
async def test_older_pages_are_appended_once(
    backend: Backend, tasks: TaskOwner, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit_view, "PAGE", 2)
    clients = [await signed_in(backend.url, "lead1") for _ in range(4)]
    lead = clients[-1]
    try:
        everything = await lead.audit(limit=500)
        assert len(everything) >= 4
        view = AuditView(lead.audit, tasks)
        qtbot.addWidget(view)
        view.refresh()
        await until(lambda: not view.loading and view.model.rowCount() == 2, what="page 1")
        while view.older_button.isEnabled():
            view.older()
            await until(lambda: not view.loading, what="an older page")
        assert [e.id for e in view.model.entries] == [e.id for e in everything]
    finally:
        for client in clients:
            await client.aclose()
