"""Errors of the network layer, split by who is to blame.

- :class:`ApiError`: the request broke the contract or the rules (a 4xx with the
  error body of API.md); the caller or the user can act on ``code``.
  :class:`RateLimited` is the 429 case and carries ``retry_after``.
- :class:`Unreachable`: the environment's fault (no route, refused, timed out,
  the connection dropped).  Retrying later is the remedy.
- :class:`ServerBug`: the server's fault (a 5xx, or a body that does not parse).
- :class:`SignedOut`: the session with the server is over (refresh token
  revoked, reused or missing); the user must sign in again.

Every one of them is a :class:`NetError`.  Messages never hold request or
response bodies, tokens or query strings: only the method, the path, the
status and the error code.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx
from pydantic import ValidationError

from console.protocol import ErrorBody

log = logging.getLogger(__name__)


class NetError(Exception):
    """Base of every error the network layer raises."""


class ApiError(NetError):
    """A contract error: a 4xx answer with the error body of API.md."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        fields: dict[str, str] | None = None,
        *,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{status} {code}")
        self.status = status
        self.code = code
        self.message = message  # the server's human text, for showing, never logged
        self.fields = dict(fields or {})
        self.retry_after = retry_after

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status={self.status}, code={self.code!r})"


class RateLimited(ApiError):  # noqa: N818 (the name API users already import)
    """429 ``rate_limited``; ``retry_after`` holds the seconds the server asked for."""


class Unreachable(NetError):  # noqa: N818 (the name API users already import)
    """The server could not be reached or did not answer in time."""


class ServerBug(NetError):  # noqa: N818 (the name API users already import)
    """A 5xx, or an answer that does not parse as the contract says."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(f"{status} {detail}")
        self.status = status
        self.detail = detail


class SignedOut(NetError):  # noqa: N818 (the name API users already import)
    """The user is no longer signed in; ``reason`` is the server's error code or ours.

    Ours: ``not_signed_in`` (no token at all), ``signed_out`` (after logout).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def error_code(response: httpx.Response) -> str | None:
    """The ``error.code`` of a read response, or None when the body is not an error body."""
    try:
        return ErrorBody.model_validate_json(response.content).error.code
    except ValidationError:
        return None


def error_for(response: httpx.Response) -> NetError:
    """The exception for a non-2xx response whose body has been read."""
    status = response.status_code
    where = f"{response.request.method} {response.request.url.path}"
    if status >= 500 or status < 400:
        log.warning("Server error: %s answered %d", where, status)
        code = error_code(response) or "no_error_body"
        return ServerBug(status, code)
    try:
        detail = ErrorBody.model_validate_json(response.content).error
    except ValidationError:
        log.warning("Server bug: %s answered %d without an error body", where, status)
        return ServerBug(status, "unparseable_error_body")
    log.info("%s answered %d %s", where, status, detail.code)
    if status == 429:
        return RateLimited(
            status,
            detail.code,
            detail.message,
            detail.fields,
            retry_after=parse_retry_after(response.headers.get("retry-after")),
        )
    return ApiError(status, detail.code, detail.message, detail.fields)


def unparseable(response: httpx.Response, error: ValidationError | ValueError) -> ServerBug:
    """A 2xx answer that does not match the contract's model."""
    where = f"{response.request.method} {response.request.url.path}"
    locations: list[str] = []
    kind = "invalid_json"
    if isinstance(error, ValidationError):
        details = error.errors(include_url=False, include_input=False)
        if not any(e["type"] == "json_invalid" for e in details):
            kind = "schema_mismatch"
            # Only where the error lies, never the values (they may be message bodies).
            locations = [".".join(str(p) for p in e["loc"]) for e in details[:5]]
    log.error(
        "Server bug: %s answered %d with %s at %s", where, response.status_code, kind, locations
    )
    return ServerBug(response.status_code, kind)
