"""Reference data for the panels: checklist templates and the referral directory.

    reference = Reference(cache, ApiSource(api))
    reference.start(tasks)          # fetch now (and again on refresh()) when online
    reference.templates()           # the server's templates, else the shipped ones
    reference.search(q="shelter", language="es")   # from the cache: works offline
    await reference.aclose()        # before the cache closes

Templates come from ``GET /checklists`` and the whole referral directory from
``GET /referrals`` (paged with ``limit`` and ``offset``).  Both are validated,
then stored in the encrypted cache in place of the previous copy (on a worker
thread: a big directory never stalls the UI), so the panels work offline with
what was fetched last.  Before the first fetch the templates shipped with the
console are used; the directory is simply empty until fetched (the panel can
then ask the server directly, :meth:`Reference.search_remote`).

A fetch that fails for the network's sake leaves the cached copy as it is and
says so through :attr:`Reference.offline`; nothing is logged but counts.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from pydantic import TypeAdapter, ValidationError
from PySide6.QtCore import QObject, Signal

from console.domain.checklists import TemplateError, load_templates, parse_template, template_by_id
from console.net.client import ApiClient
from console.net.errors import NetError
from console.protocol import (
    REFERRALS_LIMIT_MAX,
    ChecklistTemplate,
    ReferralService,
)
from console.store import Cache, CacheError, CacheWorker
from console.store.reference import DIRECTORY, TEMPLATES, StoredTemplate

from .tasks import TaskOwner

log = logging.getLogger(__name__)

#: A safety stop: a directory larger than this is cut (and the cut is logged).
MAX_SERVICES = 100_000

_SERVICE: TypeAdapter[ReferralService] = TypeAdapter(ReferralService)


class ReferenceClosedError(CacheError):
    """The service was closed (shutting down, or signing out): nothing more is stored."""

    code = "cache.closed"


#: the key of the fetch task in its owner (cancelled before a sign-out wipe)
REFERENCE_TASK = "reference"


class ReferenceSource(Protocol):
    """Where reference data comes from (the backend, through the API client)."""

    async def checklists(self) -> Any: ...

    async def referral_page(self, limit: int, offset: int) -> Any: ...

    async def referrals(self, q: str, service: str, language: str, region: str) -> Any: ...


class ApiSource:
    """The backend's ``/checklists`` and ``/referrals`` through the API client."""

    def __init__(self, api: ApiClient) -> None:
        self._api = api

    def __repr__(self) -> str:
        return f"ApiSource({self._api!r})"

    async def checklists(self) -> Any:
        return await self._api.checklists()

    async def referral_page(self, limit: int, offset: int) -> Any:
        return await self._api.referrals(limit=limit, offset=offset)

    async def referrals(self, q: str, service: str, language: str, region: str) -> Any:
        return await self._api.referrals(
            q=q or None, service=service or None, language=language or None, region=region or None
        )


def _services(raw: Any) -> tuple[list[ReferralService], int]:
    """The valid services of a JSON list, and how many entries were not."""
    if not isinstance(raw, list):
        return [], 1
    found: list[ReferralService] = []
    bad = 0
    for entry in raw:
        try:
            found.append(_SERVICE.validate_python(entry))
        except ValidationError:
            bad += 1
    return found, bad


def _templates(raw: Any) -> tuple[list[ChecklistTemplate], int]:
    """The valid templates of a JSON list, and how many were not."""
    if not isinstance(raw, list):
        return [], 1
    found: list[ChecklistTemplate] = []
    bad = 0
    for n, entry in enumerate(raw):
        try:
            found.append(parse_template(f"/checklists[{n}]", entry))
        except TemplateError:
            bad += 1
    return found, bad


class Reference(QObject):
    """Templates and the referral directory, cached for offline use (module doc)."""

    templates_changed = Signal()
    directory_changed = Signal()
    status_changed = Signal()  # fetching / offline / fetched_at changed

    def __init__(
        self,
        cache: Cache,
        source: ReferenceSource | None = None,
        *,
        page_size: int = REFERRALS_LIMIT_MAX,
        worker: CacheWorker | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if not 1 <= page_size <= REFERRALS_LIMIT_MAX:
            raise ValueError(f"a page is 1..{REFERRALS_LIMIT_MAX} services")
        self.cache = cache
        self.source = source
        self._page_size = page_size
        self._worker = worker if worker is not None else CacheWorker(cache, name="reference")
        self._owns_worker = worker is None
        self._templates: tuple[ChecklistTemplate, ...] | None = None
        self.fetching = False
        self.offline = False  # the last fetch could not reach the server
        self._closed = False

    def __repr__(self) -> str:
        return f"<Reference fetching={self.fetching} offline={self.offline}>"

    # ------------------------------------------------------------ templates

    def templates(self) -> tuple[ChecklistTemplate, ...]:
        """The templates fetched last, or the ones shipped with the console."""
        if self._templates is None:
            self._templates = self._stored_templates() or load_templates()
        return self._templates

    def template(self, template_id: str) -> ChecklistTemplate | None:
        found = template_by_id(self.templates(), template_id)
        if found is None:  # a run of a template the server no longer lists
            found = template_by_id(load_templates(), template_id)
        return found

    def templates_fetched_at(self) -> datetime | None:
        return self.cache.reference_fetched_at(TEMPLATES)

    def _stored_templates(self) -> tuple[ChecklistTemplate, ...]:
        parsed: list[ChecklistTemplate] = []
        for stored in self.cache.stored_templates():
            try:
                parsed.append(parse_template(stored.id, json.loads(stored.data)))
            except (TemplateError, ValueError):
                log.warning("a cached checklist template no longer parses; skipped")
        return tuple(parsed)

    # ------------------------------------------------------------ the directory

    def directory_fetched_at(self) -> datetime | None:
        return self.cache.reference_fetched_at(DIRECTORY)

    def directory_size(self) -> int:
        return self.cache.directory_size()

    def search(
        self,
        *,
        q: str = "",
        service: str = "",
        language: str = "",
        region: str = "",
        limit: int = 50,
    ) -> list[ReferralService]:
        """Search the cached directory (quick: an indexed query on the UI's connection)."""
        return self.cache.search_directory(
            q=q, service=service, language=language, region=region, limit=limit
        )

    def service_types(self) -> list[str]:
        return self.cache.directory_service_types()

    async def search_remote(
        self, *, q: str = "", service: str = "", language: str = "", region: str = ""
    ) -> list[ReferralService]:
        """Ask the server (before the directory was ever fetched); raises NetError."""
        if self.source is None:
            return []
        found, _bad = _services(await self.source.referrals(q, service, language, region))
        return found

    # ------------------------------------------------------------ fetching

    def start(self, tasks: TaskOwner) -> None:
        """Fetch in a task ``tasks`` owns (a second start cancels the first)."""
        tasks.start(self.refresh(), key=REFERENCE_TASK)

    async def refresh(self) -> bool:
        """Fetch templates and the whole directory and cache them; False when offline."""
        if self.source is None:
            return False
        self._set_status(fetching=True)
        try:
            await self._fetch_templates(self.source)
            await self._fetch_directory(self.source)
        except NetError as error:
            log.info("reference data not fetched (%s)", type(error).__name__)
            self._set_status(fetching=False, offline=True)
            return False
        except CacheError as error:
            log.warning("reference data not cached (%s)", error.code)
            self._set_status(fetching=False)
            return False
        self._set_status(fetching=False, offline=False)
        return True

    async def _fetch_templates(self, source: ReferenceSource) -> None:
        templates, bad = _templates(await source.checklists())
        if bad:
            log.warning("%d checklist template(s) from the server are invalid; skipped", bad)
        if not templates:
            return  # keep what we have rather than nothing
        stored = [StoredTemplate(t.id, t.version, t.model_dump_json()) for t in templates]
        await self._writer().call(Cache.replace_templates, stored)
        self._templates = tuple(templates)
        self.templates_changed.emit()

    async def _fetch_directory(self, source: ReferenceSource) -> None:
        services: list[ReferralService] = []
        bad = 0
        offset = 0
        while offset < MAX_SERVICES:
            raw = await source.referral_page(self._page_size, offset)
            page, page_bad = _services(raw)
            services += page
            bad += page_bad
            count = len(raw) if isinstance(raw, list) else 0
            if count < self._page_size:
                break
            offset += count
        else:
            log.warning("the referral directory was cut at %d services", MAX_SERVICES)
        if bad:
            log.warning("%d referral service(s) from the server are invalid; skipped", bad)
        await self._writer().call(Cache.replace_directory, _unique(services))
        self.directory_changed.emit()

    def _set_status(self, *, fetching: bool, offline: bool | None = None) -> None:
        self.fetching = fetching
        if offline is not None:
            self.offline = offline
        self.status_changed.emit()

    def _writer(self) -> CacheWorker:
        """The worker connection; one it owns is opened again after :meth:`reopen`."""
        if self._closed:
            raise ReferenceClosedError
        if self._owns_worker and self._worker.closed and not self.cache.closed:
            self._worker = CacheWorker(self.cache, name="reference")
        return self._worker

    async def aclose(self) -> None:
        """Close the worker connection (before the cache closes or is wiped); a fetch
        still running then stores nothing."""
        self._closed = True
        if self._owns_worker:
            await self._worker.aclose()

    def reopen(self) -> None:
        """After a refused sign-out: the next fetch opens a new worker connection."""
        self._closed = False


def _unique(services: Sequence[ReferralService]) -> list[ReferralService]:
    """Each service once (a page boundary moved while paging), first copy kept."""
    seen: dict[str, ReferralService] = {}
    for service in services:
        seen.setdefault(service.id, service)
    return list(seen.values())
