"""Mapping of HTTP answers to the error hierarchy (split by blame)."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
from pydantic import BaseModel, ValidationError

from console.net.errors import (
    ApiError,
    RateLimited,
    ServerBug,
    error_for,
    parse_retry_after,
    unparseable,
)


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("POST", "http://127.0.0.1:1/api/v1/sessions/x/accept?q=secret")
    return httpx.Response(status, content=body, headers=headers, request=request)


def error_body(code: str, fields: str = "") -> bytes:
    extra = f', "fields": {fields}' if fields else ""
    return f'{{"error": {{"code": "{code}", "message": "Human text"{extra}}}}}'.encode()


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, "malformed"),
        (403, "forbidden"),
        (404, "not_found"),
        (409, "wrong_state"),
        (413, "too_large"),
    ],
)
def test_4xx_with_an_error_body_is_an_api_error(status: int, code: str) -> None:
    error = error_for(answer(status, error_body(code)))
    assert type(error) is ApiError
    assert (error.status, error.code, error.message) == (status, code, "Human text")
    assert error.retry_after is None


def test_422_carries_the_fields() -> None:
    error = error_for(answer(422, error_body("invalid", '{"body": "too long"}')))
    assert isinstance(error, ApiError)
    assert error.fields == {"body": "too long"}


def test_429_is_rate_limited_with_retry_after() -> None:
    error = error_for(answer(429, error_body("rate_limited"), {"Retry-After": "42"}))
    assert isinstance(error, RateLimited)
    assert error.retry_after == 42.0


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_is_a_server_bug(status: int) -> None:
    error = error_for(answer(status, b"oops"))
    assert isinstance(error, ServerBug)
    assert error.status == status


def test_4xx_without_an_error_body_is_a_server_bug() -> None:
    assert isinstance(error_for(answer(404, b"<html>not found</html>")), ServerBug)


def test_messages_name_neither_body_nor_query() -> None:
    error = error_for(answer(409, error_body("conflict")))
    assert "Human text" not in str(error)
    assert "secret" not in str(error)


class Thing(BaseModel):
    name: str


@pytest.mark.parametrize(
    ("content", "kind"), [(b"{", "invalid_json"), (b'{"x": 1}', "schema_mismatch")]
)
def test_unparseable_2xx_is_a_server_bug(content: bytes, kind: str) -> None:
    response = answer(200, content)
    with pytest.raises(ValidationError) as caught:
        Thing.model_validate_json(content)
    bug = unparseable(response, caught.value)
    assert bug.detail == kind


def test_retry_after_as_seconds_or_date() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("7", now=now) == 7.0
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Wed, 01 Jan 2025 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None) is None
