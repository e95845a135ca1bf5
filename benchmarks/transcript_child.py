"""Opening a long transcript from the cache: ``python -m benchmarks.transcript_child``.

Seeds an encrypted cache (SQLCipher, the console's own ``Cache``) with one
session of ``--messages`` messages, closes it, then in the same process opens
it again and, with the clock running: reads the transcript
(``Cache.messages``), fills a ``TranscriptModel`` (``set_messages``, one
reset) and shows it in a ``TranscriptView`` inside a shown window, until the
view's viewport has painted rows.  Prints one JSON line with the phases (ms).

Then the same open of only the newest page (``transcripts.messages(last=200)``):
what a paged open would cost.  With ``--upserts N`` it also times the path
``SessionTab.load_transcript`` takes today: the first N messages upserted one
by one into a model shown in a view.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

PAGE = 200  # the view's window (TailProxy's page)


def _messages(session_id: str, count: int) -> list[Any]:
    from console.protocol import Author, Delivery, Message  # noqa: PLC0415 (timed apart)

    start = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
    return [
        Message(
            id=f"m-{n:06d}",
            client_msg_id=None,
            session_id=session_id,
            author=Author.CONTACT if n % 3 else Author.ADVOCATE,
            advocate_id=None if n % 3 else "adv-1",
            body=f"message {n}: " + "words of the conversation " * (n % 5 + 1),
            created_at=start + timedelta(seconds=n),
            delivery=Delivery.DELIVERED,
        )
        for n in range(count)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.transcript_child")
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--upserts", type=int, default=0)
    parser.add_argument("--folder", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QEvent, QObject  # noqa: PLC0415 (after the environment)
    from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: PLC0415 (as above)

    from console.secrets import new_cache_key  # noqa: PLC0415 (as above)
    from console.store import Cache, transcripts  # noqa: PLC0415 (as above)
    from console.widgets.transcript import TranscriptModel, TranscriptView  # noqa: PLC0415

    key, path, session_id = new_cache_key(), args.folder / "cache.db", "s-bench"
    began = time.perf_counter()
    cache = Cache.open(path, key)
    messages = _messages(session_id, args.messages)
    for first in range(0, len(messages), 10_000):
        cache.save_messages(messages[first : first + 10_000])
    cache.close()
    seed_s = time.perf_counter() - began
    del messages

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    view = TranscriptView(window)
    window.setCentralWidget(view)
    window.show()
    app.processEvents()
    cache = Cache.open(path, key)

    class Painted(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.rows_painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and view.model() and view.model().rowCount():
                self.rows_painted = True
            return False

    painted = Painted()
    view.viewport().installEventFilter(painted)

    t0 = time.perf_counter()
    loaded = cache.messages(session_id)
    t1 = time.perf_counter()
    model = TranscriptModel()
    model.set_messages(loaded)
    view.set_transcript(model)
    t2 = time.perf_counter()
    while not painted.rows_painted and time.perf_counter() - t2 < 10:
        app.processEvents()
    t3 = time.perf_counter()
    result: dict[str, Any] = {
        "messages": model.rowCount(),
        "seed_s": round(seed_s, 2),
        "read_ms": (t1 - t0) * 1000,
        "model_ms": (t2 - t1) * 1000,
        "paint_ms": (t3 - t2) * 1000,
        "open_ms": (t3 - t0) * 1000,
        "painted": painted.rows_painted,
    }
    t5 = time.perf_counter()
    newest = transcripts.messages(cache.db, session_id, last=PAGE)
    paged = TranscriptModel()
    paged.set_messages(newest)
    painted.rows_painted = False
    view.set_transcript(paged)
    while not painted.rows_painted and time.perf_counter() - t5 < 10:
        app.processEvents()
    result["page_ms"] = (time.perf_counter() - t5) * 1000
    if args.upserts:
        other = TranscriptModel()
        view.set_transcript(other)
        app.processEvents()
        few = loaded[: args.upserts]
        t4 = time.perf_counter()
        for message in few:
            other.upsert(message)
        app.processEvents()
        result["upserts"] = len(few)
        result["upsert_ms"] = (time.perf_counter() - t4) * 1000
    cache.close()
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
