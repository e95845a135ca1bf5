"""Command line of ``advocate-console``."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

DEMO_USERS = ("advocate1", "advocate2", "advocate3", "lead1")
TRAINING_PASSWORD = "training"  # noqa: S105 (the demo backend's published practice password)


@dataclass(frozen=True, slots=True)
class Options:
    server: str | None
    user: str
    data_dir: Path | None
    debug_stalls: bool
    language: str | None

    @property
    def training(self) -> bool:
        return self.server is None


def parse(argv: list[str]) -> Options:
    parser = argparse.ArgumentParser(
        prog="advocate-console",
        description=(
            "The Advocate Console. With no --server it starts in training mode: a practice "
            "backend with simulated contacts runs on this computer."
        ),
    )
    parser.add_argument("--server", metavar="URL", help="the hotline backend to connect to")
    parser.add_argument(
        "--user",
        default="advocate1",
        metavar="NAME",
        help="training mode: the demo account to sign in as (advocate1-3, lead1); "
        "with --server: the user name to fill in",
    )
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help="where the local cache lives")
    parser.add_argument(
        "--debug-stalls", action="store_true", help="log every event-loop stall over 50 ms"
    )
    parser.add_argument(
        "--lang",
        dest="language",
        choices=("en", "es", "pseudo"),
        help="interface language (pseudo: every string stretched, to find untranslated and "
        "clipped text)",
    )
    ns = parser.parse_args(argv)
    if ns.server is not None and not ns.server.startswith(("http://", "https://")):
        parser.error("--server takes a URL such as https://hotline.example.org")
    if ns.server is None and ns.user not in DEMO_USERS:
        parser.error(f"--user: training mode has the demo accounts {', '.join(DEMO_USERS)}")
    return Options(
        server=ns.server.rstrip("/") if ns.server else None,
        user=ns.user,
        data_dir=ns.data_dir,
        debug_stalls=ns.debug_stalls,
        language=ns.language,
    )
