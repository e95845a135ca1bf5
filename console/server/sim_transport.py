"""The simulator's side of the gateways' door: ``POST /api/v1/inbound``.

One long-lived ``httpx.AsyncClient`` carries every practice contact's events
with the gateway's service token, exactly as a real telephony, chat or SMS
gateway would.  A backend that is momentarily unreachable (starting, restarting)
or answers 5xx / 429 is retried with capped exponential back-off and jitter; an
event the backend refuses (4xx) is not retried.  Nothing here logs a body or a
contact address.
"""

from __future__ import annotations

import asyncio
import logging
import random
from dataclasses import dataclass

import httpx
from pydantic import ValidationError

from console.protocol import API_PREFIX, Channel, InboundEvent, InboundKind, InboundResult

log = logging.getLogger(__name__)

INBOUND_PATH = f"{API_PREFIX}/inbound"


class InboundError(RuntimeError):
    """The backend refused an inbound event, or stayed unreachable too long."""


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    base_s: float = 0.25
    cap_s: float = 8.0
    give_up_after_s: float = 60.0

    def delay(self, attempt: int, rng: random.Random) -> float:
        """Full-jitter back-off: uniform in [0, min(cap, base * 2**attempt)]."""
        ceiling = self.cap_s if attempt >= 32 else min(self.cap_s, self.base_s * 2.0**attempt)
        return rng.uniform(ceiling / 4, ceiling)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _error_code(response: httpx.Response) -> str:
    try:
        return str(response.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return "?"


class InboundPoster:
    """Posts inbound events with retries; owns the HTTP client."""

    def __init__(
        self,
        base_url: str,
        gateway_token: str,
        *,
        rng: random.Random | None = None,
        policy: RetryPolicy | None = None,
        timeout_s: float = 10.0,
    ) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            headers={"Authorization": f"Bearer {gateway_token}"},
            timeout=httpx.Timeout(timeout_s),
        )
        self._rng = rng or random.Random()  # noqa: S311 (retry jitter, not security)
        self._policy = policy or RetryPolicy()
        self.requests = 0
        self.retries = 0

    async def aclose(self) -> None:
        await self._client.aclose()

    async def post(
        self,
        kind: InboundKind,
        channel: Channel,
        sender: str,
        *,
        body: str | None = None,
        language: str | None = None,
        relay: bool | None = None,
    ) -> InboundResult:
        try:
            event = InboundEvent.model_validate(
                {
                    "event": kind,
                    "channel": channel,
                    "from": sender,
                    "body": body,
                    "language": language,
                    "relay": relay,
                }
            )
        except ValidationError as exc:
            # Named fields only: the error's own text would quote the body.
            fields = ", ".join(str(e["loc"][0]) for e in exc.errors() if e["loc"])
            raise InboundError(f"invalid inbound event ({fields})") from None
        payload = event.model_dump(mode="json", by_alias=True, exclude_none=True)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._policy.give_up_after_s
        attempt = 0
        while True:
            wait = await self._attempt(payload, kind, channel)
            if isinstance(wait, InboundResult):
                return wait
            if loop.time() + wait > deadline:
                raise InboundError(f"backend unreachable for {self._policy.give_up_after_s:.0f} s")
            self.retries += 1
            if wait == 0.0:
                wait = self._policy.delay(attempt, self._rng)
            attempt += 1
            await asyncio.sleep(wait)

    async def _attempt(
        self, payload: dict[str, object], kind: InboundKind, channel: Channel
    ) -> InboundResult | float:
        """One try: the result, or how long to wait before the next (0: back-off)."""
        self.requests += 1
        try:
            response = await self._client.post(INBOUND_PATH, json=payload)
        except httpx.TransportError as exc:
            log.info(
                "inbound %s/%s: backend unreachable (%s), retrying",
                kind,
                channel,
                type(exc).__name__,
            )
            return 0.0
        if response.status_code == 429:
            return _retry_after(response) or 0.0
        if response.status_code >= 500:
            log.warning(
                "inbound %s/%s: backend answered %d, retrying", kind, channel, response.status_code
            )
            return 0.0
        if response.status_code >= 400:
            raise InboundError(
                f"inbound {kind}/{channel} refused: {response.status_code} {_error_code(response)}"
            )
        try:
            return InboundResult.model_validate_json(response.content)
        except ValidationError as exc:
            raise InboundError(f"inbound {kind}/{channel}: unexpected answer shape") from exc
