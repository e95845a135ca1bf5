"""``advocate-console-server``: run the reference backend, add a user, print the OpenAPI.

    advocate-console-server [--host 127.0.0.1] [--port 8765] [--db PATH] [--demo]
                            [--simulate] [--gateway-token TOKEN]
    advocate-console-server add-user USERNAME --role advocate|lead --languages en,es
                            [--display-name NAME] [--db PATH] [--password-stdin]
    advocate-console-server openapi
    advocate-console-server import-referrals PATH [--db PATH]

Without ``--db`` the database is in the per-user data folder (see ``config.py``).
``--port 0`` picks a free port.  ``--demo`` adds the training accounts and the
gateway token ``training-gateway``; it refuses a non-loopback host.
``import-referrals`` loads Open Referral HSDS 3.0 data (a CSV data package or
JSON) into the referral directory; it exits 0 when every row imported, 1 when
some rows were bad (the good ones are still imported) and 2 for unusable input.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import ipaddress
import json
import logging
import secrets
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from console.protocol import Role
from console.server.config import DEFAULT_PORT, DEMO_GATEWAY_TOKEN, ServerConfig, default_db_path

EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="advocate-console-server",
        description="The advocate console's reference hotline backend.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port; 0 picks a free one")
    parser.add_argument("--db", type=Path, help=f"database file (default {default_db_path()})")
    parser.add_argument(
        "--demo", action="store_true", help="add the training accounts (loopback only)"
    )
    parser.add_argument("--simulate", action="store_true", help="run the training simulator")
    parser.add_argument("--gateway-token", help="the service token channel gateways present")
    parser.add_argument(
        "--log-level",
        choices=LOG_LEVELS,
        default="info",
        help="how much to log to stderr (default info); log lines never hold bodies or names",
    )
    # Test knobs, not advertised.
    parser.add_argument("--offer-timeout", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--access-ttl", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--heartbeat", type=float, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--event-retention", type=float, default=None, help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    add = sub.add_parser("add-user", help="create an advocate or lead account")
    add.add_argument("username")
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    add.add_argument("--languages", required=True, help="comma-separated, e.g. en,es")
    add.add_argument("--display-name")
    add.add_argument("--db", type=Path, dest="user_db")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    sub.add_parser("openapi", help="print the OpenAPI document")
    referrals = sub.add_parser(
        "import-referrals",
        help="load Open Referral HSDS 3.0 data (a CSV data package, or JSON) into the directory",
    )
    referrals.add_argument("path", type=Path, help="a data package folder, a JSON file or folder")
    referrals.add_argument("--db", type=Path, dest="referrals_db")
    return parser


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _config(args: argparse.Namespace) -> ServerConfig:
    token = args.gateway_token
    if token is None and args.demo:
        token = DEMO_GATEWAY_TOKEN
    if token is None and args.simulate:
        token = secrets.token_urlsafe(24)  # the simulator is the only gateway
    config = ServerConfig(
        db_path=args.db or default_db_path(),
        host=args.host,
        port=args.port,
        demo=args.demo,
        simulate=args.simulate,
        gateway_token=token,
    )
    knobs = {
        "offer_timeout_s": args.offer_timeout,
        "access_ttl_s": args.access_ttl,
        "heartbeat_s": args.heartbeat,
        "event_retention_s": args.event_retention,
    }
    return dataclasses.replace(config, **{k: v for k, v in knobs.items() if v is not None})


LOG_LEVELS = ("debug", "info", "warning", "error")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: str) -> None:
    """stderr, through the redacting filter (``console/redaction.py``); uvicorn's
    loggers propagate here too (``serve.py`` gives uvicorn no logging config)."""
    from console.redaction import install  # noqa: PLC0415 (only when serving)

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level.upper())
    for noisy in ("httpx", "httpcore"):  # the simulator's own requests
        logging.getLogger(noisy).setLevel(logging.WARNING)
    install(root)


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.demo and not _is_loopback(args.host):
        parser.error("--demo serves the training accounts and must listen on a loopback address")
    from console.server.app import create_app  # noqa: PLC0415 (FastAPI loads only when serving)
    from console.server.serve import bind, serve, url_of  # noqa: PLC0415 (as above)

    configure_logging(args.log_level)
    config = _config(args)
    try:
        sock = bind(config.host, config.port)
    except OSError as exc:
        sys.stderr.write(
            f"advocate-console-server: cannot listen on {config.host}:{config.port}: {exc}\n"
        )
        return 1
    url = url_of(config.host, sock)
    config = dataclasses.replace(config, port=sock.getsockname()[1], base_url=url)
    serve(create_app(config), sock, url, log_level=args.log_level)
    return 0


def _read_password(from_stdin: bool) -> str | None:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Password again: "):
        sys.stderr.write("The passwords differ.\n")
        return None
    return first


def _add_user(args: argparse.Namespace) -> int:
    from console.server.db import Database  # noqa: PLC0415 (keep the CLI start light)
    from console.server.passwords import hash_password  # noqa: PLC0415 (as above)
    from console.server.users import create_user  # noqa: PLC0415 (as above)

    languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
    if not languages:
        sys.stderr.write("Give at least one language, e.g. --languages en,es\n")
        return EXIT_USAGE
    password = _read_password(args.password_stdin)
    if not password:
        sys.stderr.write("No password given; nothing was created.\n")
        return 1
    db = Database(args.user_db or args.db or default_db_path())
    try:
        create_user(
            db.conn,
            username=args.username,
            display_name=args.display_name or args.username,
            role=Role(args.role),
            languages=languages,
            password_hash=hash_password(password),
        )
    except sqlite3.IntegrityError:
        sys.stderr.write(f"A user named {args.username!r} already exists.\n")
        return 1
    finally:
        db.close()
    sys.stdout.write(f"Added {args.role} {args.username}.\n")
    return 0


def _import_referrals(args: argparse.Namespace) -> int:
    from console.server.db import Database  # noqa: PLC0415 (keep the CLI start light)
    from console.server.hsds_import import (  # noqa: PLC0415 (as above)
        EXIT_OK,
        EXIT_SOME_BAD,
        EXIT_UNUSABLE,
        UnusableInputError,
        read_path,
    )
    from console.server.referrals import store_objects  # noqa: PLC0415 (as above)

    try:
        plan = read_path(args.path)
    except UnusableInputError as exc:
        sys.stderr.write(f"Nothing imported: {exc}\n")
        return EXIT_UNUSABLE
    for note in plan.notes:
        sys.stderr.write(f"note: {note}\n")
    for problem in plan.problems:
        sys.stderr.write(f"bad row: {problem}\n")
    db = Database(args.referrals_db or args.db or default_db_path())
    try:
        with db.transaction() as tx:
            services = store_objects(tx, plan.objects)
    finally:
        db.close()
    sys.stdout.write(
        f"Imported {plan.rows} rows ({len(plan.objects)} objects);"
        f" {len(plan.problems)} bad rows; {services} services in the directory.\n"
    )
    return EXIT_SOME_BAD if plan.problems else EXIT_OK


def openapi_document() -> dict[str, object]:
    from console.server.app import create_app  # noqa: PLC0415 (FastAPI loads only when asked)

    return create_app(ServerConfig(db_path=Path("unused.db"))).openapi()


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "add-user":
        return _add_user(args)
    if args.command == "import-referrals":
        return _import_referrals(args)
    if args.command == "openapi":
        sys.stdout.write(json.dumps(openapi_document(), indent=2, ensure_ascii=False) + "\n")
        return 0
    return _run(args, parser)


if __name__ == "__main__":
    sys.exit(main())
