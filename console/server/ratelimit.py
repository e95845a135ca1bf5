"""Failed sign-ins per username: five within a minute lock that name out for the rest of it."""

from __future__ import annotations

import math
import time
from collections import deque

from console.server.config import LOGIN_MAX_FAILURES, LOGIN_WINDOW_S

_MAX_NAMES = 10_000


class LoginLimiter:
    def __init__(
        self, window_s: float = LOGIN_WINDOW_S, max_failures: int = LOGIN_MAX_FAILURES
    ) -> None:
        self.window_s = window_s
        self.max_failures = max_failures
        self._failures: dict[str, deque[float]] = {}

    @staticmethod
    def _key(username: str) -> str:
        return username.strip().casefold()

    def _recent(self, key: str, now: float) -> deque[float]:
        stamps = self._failures.get(key)
        if stamps is None:
            return deque()
        while stamps and stamps[0] <= now - self.window_s:
            stamps.popleft()
        if not stamps:
            del self._failures[key]
        return stamps

    def retry_after(self, username: str) -> int | None:
        """Seconds to wait when the name is locked out, else None."""
        now = time.monotonic()
        stamps = self._recent(self._key(username), now)
        if len(stamps) < self.max_failures:
            return None
        return max(1, math.ceil(stamps[0] + self.window_s - now))

    def fail(self, username: str) -> None:
        now = time.monotonic()
        if len(self._failures) >= _MAX_NAMES:
            for key in list(self._failures):
                self._recent(key, now)
        key = self._key(username)
        self._recent(key, now)
        self._failures.setdefault(key, deque()).append(now)

    def succeed(self, username: str) -> None:
        self._failures.pop(self._key(username), None)
