"""Every error leaves the backend as ``{"error": {"code", "message"}}`` (API.md).

:class:`ApiError` is raised by services and routes; the handlers here turn it,
Starlette's HTTP errors (unknown path, wrong method), FastAPI's validation
errors (422 ``invalid`` with ``fields``, or 400 ``malformed`` for broken JSON)
and any unexpected exception (500, logged: always a bug) into that body.
:class:`BodyLimit` refuses bodies over 1 MiB, by ``Content-Length`` and while
the body streams in.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from console.protocol import ErrorBody, ErrorDetail

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error meant for the client, with its API.md status and code."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        fields: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fields = dict(fields) if fields else None
        self.headers = dict(headers) if headers else None

    def detail(self) -> ErrorDetail:
        return ErrorDetail(code=self.code, message=self.message, fields=self.fields)


def not_found(what: str = "resource") -> ApiError:
    return ApiError(404, "not_found", f"No such {what}.")


def forbidden(message: str) -> ApiError:
    return ApiError(403, "forbidden", message)


def wrong_state(message: str) -> ApiError:
    return ApiError(409, "wrong_state", message)


def not_available(message: str) -> ApiError:
    return ApiError(409, "not_available", message)


def invalid(
    fields: Mapping[str, str], message: str = "The request has invalid fields."
) -> ApiError:
    return ApiError(422, "invalid", message, fields=fields)


def unauthenticated(message: str = "Sign in first.") -> ApiError:
    return ApiError(401, "unauthenticated", message, headers={"WWW-Authenticate": "Bearer"})


_STATUS_CODES = {
    400: ("malformed", "The request could not be read."),
    401: ("unauthenticated", "Sign in first."),
    403: ("forbidden", "Not allowed."),
    404: ("not_found", "No such resource."),
    405: ("method_not_allowed", "This method is not allowed here."),
    406: ("not_acceptable", "No acceptable representation."),
    409: ("conflict", "Conflict."),
    413: ("too_large", "The request body is larger than 1 MiB."),
    415: ("unsupported_media_type", "Send JSON."),
    422: ("invalid", "The request has invalid fields."),
    429: ("rate_limited", "Too many requests."),
}


def error_response(
    status: int,
    detail: ErrorDetail,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = ErrorBody(error=detail).model_dump(mode="json", exclude_none=True)
    return JSONResponse(body, status_code=status, headers=dict(headers) if headers else None)


def _field_path(loc: Sequence[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie") and len(parts) > 1:
        parts = parts[1:]
    return ".".join(parts) or "body"


def validation_fields(errors: Sequence[Any]) -> dict[str, str]:
    fields: dict[str, str] = {}
    for error in errors:
        loc = error.get("loc", ()) if isinstance(error, Mapping) else ()
        msg = error.get("msg", "invalid") if isinstance(error, Mapping) else "invalid"
        fields.setdefault(_field_path(loc), str(msg))
    return fields


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.detail(), exc.headers)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code, message = _STATUS_CODES.get(exc.status_code, ("error", "The request failed."))
    if exc.status_code == 405:
        message = "This method is not allowed on this path."
    return error_response(exc.status_code, ErrorDetail(code=code, message=message), exc.headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(isinstance(e, Mapping) and e.get("type") == "json_invalid" for e in errors):
        return error_response(
            400, ErrorDetail(code="malformed", message="The request body is not valid JSON.")
        )
    return error_response(
        422,
        ErrorDetail(
            code="invalid",
            message="The request has invalid fields.",
            fields=validation_fields(errors),
        ),
    )


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, ErrorDetail(code="internal", message="Internal server error."))


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(Exception, _unexpected)


class BodyTooLargeError(HTTPException):
    def __init__(self) -> None:
        super().__init__(status_code=413)


class BodyLimit:
    """Pure ASGI middleware: 413 ``too_large`` for bodies over ``limit`` bytes."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1 or (declared is not None and declared > self.limit):
            status = 400 if declared == -1 else 413
            code, message = _STATUS_CODES[status]
            await _send_json(send, status, {"error": {"code": code, "message": message}})
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLargeError
            return message

        await self.app(scope, limited, send)


def _content_length(scope: Scope) -> int | None:
    """The declared length, None when absent, -1 when unreadable."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else -1
    return None


async def _send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})
