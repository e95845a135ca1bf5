"""Fixtures of the store tests: a real encrypted cache in a temporary folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from console.secrets import new_cache_key
from console.store import Cache


@pytest.fixture
def key() -> bytes:
    return new_cache_key()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def open_cache_at(data_dir: Path, key: bytes) -> Iterator[Callable[..., Cache]]:
    """Open caches (closed at the end); the default path is ``data/cache.db``."""
    opened: list[Cache] = []

    def opener(path: Path | None = None, with_key: bytes | None = None) -> Cache:
        cache = Cache.open(path or data_dir / "cache.db", with_key or key)
        opened.append(cache)
        return cache

    yield opener
    for cache in opened:
        cache.close()


@pytest.fixture
def cache(open_cache_at: Callable[..., Cache]) -> Cache:
    return open_cache_at()
