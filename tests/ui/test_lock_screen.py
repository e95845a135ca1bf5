"""The lock screen's password form, idle watch and password checks, without a backend."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from console.app.idle import DEFAULT_IDLE_S, MAX_IDLE_S, IdleWatch, clamp_idle
from console.app.tasks import TaskOwner
from console.app.unlock import PasswordCheck, default_check
from console.secrets import CACHE_KEY, Account, SecretStore, new_cache_key, wrap_key
from console.ui.lock_screen import FREE_TRIES, MAX_DELAY_S, LockScreen, delay_for, signed_out_text
from tests.ui.conftest import until

# ---------------------------------------------------------------- idle time


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_idle_time_is_clamped_to_fifteen_minutes() -> None:
    assert clamp_idle(None) == DEFAULT_IDLE_S == 300
    assert clamp_idle(3600) == MAX_IDLE_S == 900
    assert clamp_idle(float("inf")) == MAX_IDLE_S
    assert clamp_idle(float("nan")) == DEFAULT_IDLE_S
    assert clamp_idle(0) > 0
    assert clamp_idle(-5) > 0
    assert clamp_idle(120) == 120


def test_input_to_the_application_counts_as_presence(qapp: QApplication) -> None:
    clock = Clock()
    watch = IdleWatch(60, monotonic=clock)
    target = QWidget()
    try:
        watch.start()
        clock.now += 50
        assert watch.idle_for() == 50
        QApplication.sendEvent(
            target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        )
        assert watch.idle_for() == 0
        clock.now += 10
        QApplication.sendEvent(
            target,
            QMouseEvent(
                QEvent.Type.MouseMove,
                QPointF(1, 1),
                QPointF(1, 1),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
        assert watch.idle_for() == 0
        clock.now += 10
        QApplication.sendEvent(target, QEvent(QEvent.Type.Paint))  # not input
        assert watch.idle_for() == 10
        watch.set_timeout(10_000)
        assert watch.timeout_s == MAX_IDLE_S
    finally:
        watch.close()
        target.deleteLater()


@pytest.mark.asyncio
async def test_idle_fires_once_after_the_time_and_waits_for_input(qapp: QApplication) -> None:
    watch = IdleWatch(0.15)
    fired: list[bool] = []
    watch.idle.connect(lambda: fired.append(True))
    try:
        watch.start()
        await until(lambda: fired, timeout=5, what="idle")
        assert not watch.is_running()
        watch.touch()
        assert fired == [True]
    finally:
        watch.close()


# ---------------------------------------------------------------- password checks


@pytest.mark.asyncio
async def test_cache_key_check_unwraps_the_wrapped_key(qapp: QApplication) -> None:
    secrets = SecretStore()
    account = Account("https://hotline.example", "advocate9")
    secrets.set(account, CACHE_KEY, wrap_key(new_cache_key(), "correct horse", account))
    check = default_check(
        training=False, server_url="https://hotline.example/", username="advocate9"
    )
    assert check.kind == "cache_key"
    assert await check("correct horse")
    assert not await check("wrong horse")
    assert not await check("")
    other = PasswordCheck.cache_key(secrets, Account("https://hotline.example", "advocate8"))
    assert not await other("correct horse")  # no key for that account
    secrets.set(account, CACHE_KEY, "{not json")
    assert not await check("correct horse")


@pytest.mark.asyncio
async def test_remembered_and_training_checks(qapp: QApplication) -> None:
    remembered = await asyncio.to_thread(PasswordCheck.remembering, "s3cret")
    assert await remembered("s3cret")
    assert not await remembered("s3cret ")
    training = default_check(training=True, server_url="", username="advocate1")
    assert await training("training")
    assert not await training("Training")


# ---------------------------------------------------------------- the form


def test_wait_grows_after_a_few_wrong_passwords() -> None:
    assert [delay_for(n) for n in range(FREE_TRIES)] == [0.0] * FREE_TRIES
    assert delay_for(FREE_TRIES) == 1.0
    assert delay_for(FREE_TRIES + 1) == 2.0
    assert delay_for(FREE_TRIES + 50) == MAX_DELAY_S


@pytest.mark.asyncio
async def test_wrong_passwords_clear_the_field_and_slow_down(qtbot: Any) -> None:
    tried: list[str] = []

    async def check(password: str) -> bool:
        tried.append(password)
        return password == "right"

    tasks = TaskOwner("test-lock")
    screen = LockScreen(check, tasks, "Advocate One", delay_base_s=0.2)
    qtbot.addWidget(screen)
    screen.show()
    unlocked: list[bool] = []
    screen.unlocked.connect(lambda: unlocked.append(True))
    try:
        screen.submit()  # empty: nothing is checked
        assert tried == []
        assert "Enter your password" in screen.problem.text()
        for attempt in range(FREE_TRIES + 1):
            await until(lambda: not screen.password.isReadOnly(), what="ready")
            screen.password.setText(f"wrong {attempt}")
            screen.submit()
            await until(lambda a=attempt: len(tried) == a + 1, what="checked")
            await until(lambda: screen.password.text() == "", what="cleared")
        assert screen.failures == FREE_TRIES + 1
        assert screen.password.isReadOnly()  # waiting before the next try
        assert "Try again in" in screen.problem.text()
        screen.password.setText("right")
        screen.submit()  # ignored while waiting
        assert len(tried) == FREE_TRIES + 1
        await until(lambda: not screen.password.isReadOnly(), what="the wait over")
        screen.password.setText("right")
        screen.submit()
        await until(lambda: unlocked, what="unlocked")
        assert screen.failures == 0
        assert screen.password.text() == ""
    finally:
        await tasks.cancel_all()


def test_signed_out_texts_come_from_resources() -> None:
    title, message = signed_out_text("unauthenticated", "en")
    assert title == "Signed out"
    assert "used elsewhere" in message
    title_es, message_es = signed_out_text("token_reused", "es")
    assert title_es == "Sesión cerrada"
    assert "otro lugar" in message_es
    assert signed_out_text("anything", "fr") == (title, message)  # English otherwise
