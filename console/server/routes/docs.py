"""Error responses as the OpenAPI documents them (every one is an ErrorBody)."""

from __future__ import annotations

from typing import Any

from console.protocol import ErrorBody

_WHY = {
    400: "`malformed`: the body is not valid JSON.",
    401: "`unauthenticated` (missing or unknown token), `token_expired` or `invalid_credentials`.",
    403: "`forbidden`: the user's role may not do this.",
    404: "`not_found`: no such resource, or not visible to this user.",
    409: "`conflict`, `not_available` or `wrong_state`.",
    413: "`too_large`: the body is over 1 MiB.",
    422: "`invalid`: `fields` names each bad field.",
    429: "`rate_limited`: wait for `Retry-After` seconds.",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for these error statuses."""
    return {code: {"model": ErrorBody, "description": _WHY[code]} for code in codes}


BODY = (400, 413, 422)
