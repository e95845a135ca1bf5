"""Settings of one backend run, filled by the command line (``cli.py``).

Without ``--db`` the database lives in a per-user data folder:
``$XDG_DATA_HOME/advocate-console-server/backend.db`` on Linux (by default
``~/.local/share/...``), ``~/Library/Application Support/advocate-console-server/``
on macOS and ``%LOCALAPPDATA%\\advocate-console-server\\`` on Windows.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from console.protocol import HEARTBEAT_S, OFFER_TIMEOUT_S

APP_DIR = "advocate-console-server"
DEFAULT_PORT = 8765
DEMO_GATEWAY_TOKEN = "training-gateway"  # noqa: S105 (a documented training-only token)
ACCESS_TTL_S = 15 * 60
REFRESH_TTL_S = 12 * 60 * 60
WRAP_UP_S = 120
EVENT_RETENTION_S = 15 * 60
LOGIN_WINDOW_S = 60
LOGIN_MAX_FAILURES = 5


def default_data_dir() -> Path:
    """The per-user folder for the backend's database (see the module docstring)."""
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / APP_DIR


def default_db_path() -> Path:
    return default_data_dir() / "backend.db"


@dataclass(frozen=True, slots=True)
class ServerConfig:
    db_path: Path
    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    base_url: str = ""
    demo: bool = False
    simulate: bool = False
    gateway_token: str | None = None
    offer_timeout_s: float = float(OFFER_TIMEOUT_S)
    access_ttl_s: float = float(ACCESS_TTL_S)
    refresh_ttl_s: float = float(REFRESH_TTL_S)
    heartbeat_s: float = float(HEARTBEAT_S)
    event_retention_s: float = float(EVENT_RETENTION_S)
    wrap_up_s: float = float(WRAP_UP_S)
