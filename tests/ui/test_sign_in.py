"""The sign-in dialog and the runtime's sign-in questions (``Screens.sign_in``).

The bootstrap shows the dialog before the runtime exists; the runtime's first
question is answered by that dialog, whether the advocate answered it before
the question or after; later questions get a new dialog with the problem.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from console.ui.sign_in import SignInDialog
from console.ui.sign_in_prompt import SignInPrompts, ask_credentials
from tests.ui.conftest import until

SERVER = "https://hotline.example.org"


def shown_dialogs() -> list[SignInDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog) and w.isVisible()
    ]


def test_server_text_and_problem_are_never_read_as_rich_text(qtbot: Any) -> None:
    dialog = SignInDialog("https://<b>evil</b>.example.org", "advocate1", "<img src=x> refused")
    qtbot.addWidget(dialog)
    assert dialog.problem.textFormat() is Qt.TextFormat.PlainText
    assert dialog.problem.text() == "<img src=x> refused"
    assert dialog.problem.isVisibleTo(dialog)
    labels = [w for w in dialog.findChildren(type(dialog.problem)) if "evil" in w.text()]
    assert [label.textFormat() for label in labels] == [Qt.TextFormat.PlainText]


def test_the_answer_is_known_only_once_given(qtbot: Any) -> None:
    dialog = SignInDialog(SERVER, "advocate1", None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.password.setText("pw")
    assert (dialog.answered, dialog.answer()) == (False, None)
    dialog.username.setText("  advocate2 ")
    dialog.sign_in_button.click()
    assert dialog.answered
    assert not dialog.isVisible()
    assert dialog.answer() == ("advocate2", "pw")


def test_cancel_is_an_answer_with_no_credentials(qtbot: Any) -> None:
    dialog = SignInDialog(SERVER, "advocate1", None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.password.setText("pw")
    dialog.reject()
    assert dialog.answered
    assert dialog.answer() is None


@pytest.mark.asyncio
async def test_an_answer_given_before_the_question_is_the_first_answer(qtbot: Any) -> None:
    first = SignInDialog(SERVER, "advocate1", None)
    first.open()
    first.password.setText("typed early")
    first.sign_in_button.click()
    prompts = SignInPrompts(first)
    assert await prompts(SERVER, "advocate1", None) == ("advocate1", "typed early")
    assert shown_dialogs() == []  # no second dialog for the same question

    # Asked again (a wrong password): a new dialog, with the problem.
    again = asyncio.ensure_future(prompts(SERVER, "advocate1", "Wrong username or password."))
    dialogs = await until(shown_dialogs, what="a new dialog")
    assert dialogs[0] is not first
    assert dialogs[0].problem.text() == "Wrong username or password."
    dialogs[0].password.setText("second")
    dialogs[0].sign_in_button.click()
    assert await again == ("advocate1", "second")


@pytest.mark.asyncio
async def test_the_first_question_waits_for_the_dialog_already_shown(qtbot: Any) -> None:
    first = SignInDialog(SERVER, "advocate1", None)
    first.open()
    first.password.setText("half")
    question = asyncio.ensure_future(SignInPrompts(first)(SERVER, "advocate1", None))
    await asyncio.sleep(0)
    assert shown_dialogs() == [first]  # the same dialog, what was typed kept
    assert first.password.text() == "half"
    first.password.setText("half typed")
    first.sign_in_button.click()
    assert await question == ("advocate1", "half typed")


@pytest.mark.asyncio
async def test_cancelling_before_the_question_answers_none(qtbot: Any) -> None:
    first = SignInDialog(SERVER, "advocate1", None)
    first.open()
    first.reject()
    assert await SignInPrompts(first)(SERVER, "advocate1", None) is None
    assert shown_dialogs() == []


@pytest.mark.asyncio
async def test_with_no_first_dialog_each_question_opens_one(qtbot: Any) -> None:
    question = asyncio.ensure_future(ask_credentials(SERVER, "", None))
    dialogs = await until(shown_dialogs, what="the dialog")
    dialogs[0].reject()
    assert await question is None


def test_the_dialog_module_imports_no_asyncio_pydantic_or_http_client() -> None:
    code = (
        "import sys; import console.ui.sign_in; "
        "print(sorted(m for m in ('asyncio', 'pydantic', 'httpx', 'console.app.context') "
        "if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
