"""The log scrubber: phone numbers, e-mails, tokens, keyed values and registered strings."""

from __future__ import annotations

import io
import logging
import secrets
import uuid
from collections.abc import Iterator

import pytest

from console.redaction import (
    REDACTED,
    RedactingFilter,
    SensitiveStrings,
    install,
    scrub,
)


@pytest.mark.parametrize(
    "secret",
    [
        "+15550100200",
        "+1 555 010 0200",
        "+44 20 7946 0958",
        "+1-555-010-0200",
        "(555) 010-0200",
        "555-010-0200",
        "555.010.0200",
        "1 555 010 0200",
        "5550100200",
        "rosa.m@example.org",
        "first.last+tag@mail.example.co.uk",
        "Bearer abc.DEF-123_xyz",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
        secrets.token_urlsafe(32),
    ],
)
def test_identifying_patterns_are_replaced(secret: str) -> None:
    line = f"session 4f2a handled for {secret} today"
    cleaned = scrub(line)
    assert REDACTED in cleaned
    for part in secret.replace("Bearer ", "").split():
        if len(part) > 3:
            assert part not in cleaned, cleaned
    assert cleaned.startswith("session 4f2a handled for ")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ('{"refresh_token": "r-123", "n": 1}', '"n": 1'),
        ("access_token=abc123&limit=5", "&limit=5"),
        ("password: hunter2 ok", " ok"),
        ("Message(id='m1', body='I am at the motel', delivery='sent')", "delivery='sent'"),
        ('{"display_name": "Rosa Martinez", "role": "advocate"}', '"role": "advocate"'),
        ("[{'type': 'string_too_long', 'input_value': 'my secret words'}]", "string_too_long"),
        ("note='he took my passport' kind=report", "kind=report"),
    ],
)
def test_keyed_values_are_replaced_and_the_rest_kept(line: str, kept: str) -> None:
    cleaned = scrub(line)
    assert REDACTED in cleaned
    assert kept in cleaned
    for word in ("r-123", "abc123", "hunter2", "motel", "Rosa", "secret words", "passport"):
        assert word not in cleaned


@pytest.mark.parametrize(
    "line",
    [
        f"session {uuid.uuid4()} accepted in 0.0123456789 s",
        "2024-05-01T12:34:56.123456+00:00 offered to 3 advocates",
        "pruned 1200 events; queue length 7; port 8765; pid 41234",
        "applying schema step 3 of database /tmp/test_0/backend.db",
        "GET /api/v1/sessions/abc -> 200",
        "event id 1234567 after 17 ms",
        "sha256 " + "ab12" * 16,
    ],
)
def test_ordinary_lines_are_left_alone(line: str) -> None:
    assert scrub(line) == line


def test_registered_strings_are_replaced_whatever_their_case() -> None:
    sensitive = SensitiveStrings(["Rosa Martinez"])
    sensitive.add("Zq", "  Casey Advocate  ")  # too short: ignored; trimmed
    assert len(sensitive) == 2
    cleaned = scrub("signed in as ROSA MARTINEZ with casey advocate; Zq stays", sensitive)
    assert cleaned == f"signed in as {REDACTED} with {REDACTED}; Zq stays"
    sensitive.discard("rosa martinez")
    assert "Rosa Martinez" in scrub("Rosa Martinez", sensitive)
    sensitive.clear()
    assert len(sensitive) == 0
    assert "strings" in repr(sensitive)
    assert "Casey" not in repr(sensitive)


def test_the_registry_keeps_only_its_newest_strings() -> None:
    from console import redaction

    sensitive = SensitiveStrings()
    sensitive.add(*(f"name-{n}" for n in range(redaction.MAX_SENSITIVE + 5)))
    assert len(sensitive) == redaction.MAX_SENSITIVE
    assert scrub("name-0", sensitive) == "name-0"
    assert scrub(f"name-{redaction.MAX_SENSITIVE + 4}", sensitive) == REDACTED


@pytest.fixture
def logger() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    log = logging.getLogger(f"test.redaction.{uuid.uuid4().hex}")
    log.propagate = False
    log.setLevel(logging.DEBUG)
    log.addHandler(handler)
    yield log, stream
    log.removeHandler(handler)


def test_the_filter_scrubs_arguments_tracebacks_and_stacks(
    logger: tuple[logging.Logger, io.StringIO],
) -> None:
    log, stream = logger
    sensitive = SensitiveStrings(["Texter Sentinel"])
    installed = install(log, sensitive)
    assert install(log, sensitive) is not installed  # a second install adds nothing
    assert sum(isinstance(f, RedactingFilter) for f in log.handlers[0].filters) == 1
    log.info("reply to %s from %s", "+1 555 010 0200", "Texter Sentinel")
    try:
        raise ValueError("body='meet me at the bus station' rejected for rosa@example.org")
    except ValueError:
        log.exception("failed for %s", "5550100200")
    log.debug("where", stack_info=True, extra={"unused": "+15550100200"})
    text = stream.getvalue()
    for secret in ("555", "Texter Sentinel", "bus station", "rosa@example.org"):
        assert secret not in text, text
    assert "ValueError" in text and "Traceback" in text and "Stack (most recent" in text


def test_a_record_whose_arguments_do_not_fit_is_still_logged(
    logger: tuple[logging.Logger, io.StringIO],
) -> None:
    log, stream = logger
    install(log)
    log.info("two %s %s", "+15550100200")  # noqa: PLE1206 (a broken call, on purpose)
    text = stream.getvalue()
    assert "did not fit" in text
    assert "+1555" not in text
