"""The encrypted offline cache: schema, migrations, records, outbox, drafts, transcripts.

No Qt, no network and no keyring here.  Start with :class:`Cache` and
:class:`CacheWorker` for work off the UI thread; ``console.sync.open_cache``
opens a user's cache with the key kept in the keyring.
"""

from console.store.cache import Cache
from console.store.conflicts import Conflict, LocalSide, Resolution
from console.store.errors import (
    CacheError,
    CantOpen,
    Corrupt,
    DiskFull,
    IOFailure,
    KeyMissing,
    KeyringUnavailable,
    Locked,
    ReadOnly,
    SchemaTooNew,
    Unsynced,
    UnsyncedWork,
    WrongKey,
)
from console.store.fields import Cached, RecordSync
from console.store.outbox import Batch
from console.store.results import Outcome
from console.store.transcripts import Hit, Reply
from console.store.worker import CacheWorker
from console.store.writes import UnknownRecordError

__all__ = [
    "Batch",
    "Cache",
    "CacheError",
    "CacheWorker",
    "Cached",
    "CantOpen",
    "Conflict",
    "Corrupt",
    "DiskFull",
    "Hit",
    "IOFailure",
    "KeyMissing",
    "KeyringUnavailable",
    "LocalSide",
    "Locked",
    "Outcome",
    "ReadOnly",
    "RecordSync",
    "Reply",
    "Resolution",
    "SchemaTooNew",
    "UnknownRecordError",
    "Unsynced",
    "UnsyncedWork",
    "WrongKey",
]
