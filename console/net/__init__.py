"""The network layer: the backend's API over httpx, token refresh, the live event stream.

- :mod:`console.net.client`: :class:`~console.net.client.ApiClient` (every endpoint of API.md).
- :mod:`console.net.events`: :class:`~console.net.events.EventStream` (SSE with resume,
  back-off and a watchdog).
- :mod:`console.net.errors`: the exceptions, split by blame.
- :mod:`console.net.tokens`: the refresh-token store interface and the single-flight refresh.
- :mod:`console.net.backoff`: the reconnect back-off policy.

No Qt and no local store here (import-linter enforces it).
"""
