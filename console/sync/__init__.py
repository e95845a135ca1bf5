"""Sync of the offline cache with the backend (outbox out, changes in), and opening a
user's cache with its key from the keyring.  No Qt."""

from console.sync.engine import SyncEngine, SyncReport
from console.sync.keys import (
    open_cache,
    open_cache_async,
    remove_unreadable_cache,
    rewrap_cache_key,
)
from console.sync.state import SyncPhase, SyncProgress

__all__ = [
    "SyncEngine",
    "SyncPhase",
    "SyncProgress",
    "SyncReport",
    "open_cache",
    "open_cache_async",
    "remove_unreadable_cache",
    "rewrap_cache_key",
]
