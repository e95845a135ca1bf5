"""With a server, the sign-in dialog is the console's first window, and it is live.

The console runs as a process (``bootstrap.main`` with ``--server``, through
:mod:`tests.e2e.sign_in_first_child`) against the real backend.  The dialog is
shown before asyncio, pydantic, httpx, the encrypted store and the runtime are
imported; the advocate's answer, given before they are, is what the runtime
signs in with; cancelling quits.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import Backend
from tests.e2e.test_app_process import BAD

PASSWORD = "training"  # the demo accounts' published practice password


def start(backend_url: str, data_dir: Path, answer: str, password: str = "") -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONFAULTHANDLER": "1",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the real keyring
    }
    cmd = [
        sys.executable, "-m", "tests.e2e.sign_in_first_child", "--answer", answer,
        "--password", password, "--",
        "--server", backend_url, "--user", "advocate1", "--data-dir", str(data_dir),
    ]  # fmt: skip
    done = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("@@ ")]
    assert lines, done.stderr
    seen: dict[str, Any] = json.loads(lines[-1][3:])
    seen["log"] = done.stderr
    return seen


def log_noise(log: str) -> list[str]:
    """Lines of the console's log that say something went wrong."""
    return [
        line
        for line in log.splitlines()
        if BAD.search(line) and "propagateSizeHints" not in line and "keyring" not in line
    ]


def test_sign_in_answered_before_the_console_loaded_signs_in_with_it(
    backend: Backend, tmp_path: Path
) -> None:
    seen = start(backend.url, tmp_path, "sign-in", PASSWORD)
    assert seen["heavy_loaded_when_shown"] == []
    assert seen["loaded_when_answered"] is False  # the answer came first
    assert seen["dialogs"] == [""]  # asked once: the early answer was the runtime's answer
    assert seen.get("main_window") is True
    assert seen["code"] == 0
    assert "Window shown" in seen["log"]
    assert log_noise(seen["log"]) == []


def test_a_wrong_password_given_early_is_the_one_the_server_refuses(
    backend: Backend, tmp_path: Path
) -> None:
    wrong = "not-the-Password-7731"
    seen = start(backend.url, tmp_path, "sign-in", wrong)
    assert seen["loaded_when_answered"] is False
    # The runtime tried the typed credentials, then asked again with the server's reason.
    assert len(seen["dialogs"]) == 2
    assert seen["dialogs"][0] == ""
    assert "password" in seen["dialogs"][1].lower()
    assert "main_window" not in seen
    assert seen["code"] == 1  # the second dialog was cancelled
    assert wrong not in seen["log"]


def test_cancelling_the_first_dialog_quits_before_anything_started(
    backend: Backend, tmp_path: Path
) -> None:
    seen = start(backend.url, tmp_path, "cancel")
    assert seen["loaded_when_answered"] is False
    assert seen["dialogs"] == [""]
    assert "main_window" not in seen
    assert seen["code"] == 1
    assert "Window shown" not in seen["log"]
    assert log_noise(seen["log"]) == []


def test_the_first_dialog_speaks_the_language_saved_on_this_workstation(
    backend: Backend, tmp_path: Path
) -> None:
    settings = tmp_path / "settings"
    settings.mkdir()
    (settings / "preferences.ini").write_text(
        "[General]\nschema_version=2\n\n[interface]\nlanguage=es\n", encoding="utf-8"
    )
    seen = start(backend.url, tmp_path, "cancel")
    assert seen["title"] == "Iniciar sesión en la línea de ayuda"
    assert seen["heavy_loaded_when_shown"] == []
    assert seen["code"] == 1
