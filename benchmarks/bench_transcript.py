"""Opening a transcript of 100,000 messages: from the encrypted cache to a shown view with rows.

Each repetition is a fresh process (:mod:`benchmarks.transcript_child`): the
cache is seeded, closed and opened again, then the clock runs from reading the
transcript (``Cache.messages``) through filling the ``TranscriptModel`` to the
``TranscriptView``'s first paint with rows, in a shown 1280x800 window on the
offscreen platform.  The median of the repetitions is the figure.  Reference in
the same run: the same open with 1,000 messages (what a short conversation costs),
and the per-message path a session tab uses today (``upsert`` one by one).

Run alone: ``python -m benchmarks --only transcript``.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from typing import Any

from benchmarks.console_driver import child_env
from benchmarks.harness import Figure, Options, Report, Target

TARGET_MS = 200.0
LONG = 100_000
SHORT = 1_000
UPSERTS = 5_000


def open_once(messages: int, upserts: int = 0) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-transcript-") as folder:
        cmd = [
            sys.executable, "-m", "benchmarks.transcript_child", "--messages", str(messages),
            "--upserts", str(upserts), "--folder", folder,
        ]  # fmt: skip
        done = subprocess.run(
            cmd, capture_output=True, text=True, check=True, env=child_env(), timeout=300
        )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


class TranscriptBench:
    name = "transcript"
    title = "Opening a transcript of 100,000 messages"

    def run(self, options: Options) -> Report:
        count = 5_000 if options.quick else LONG
        reps = 1 if options.quick else 3
        runs = [open_once(count, UPSERTS if i == 0 else 0) for i in range(reps)]
        short = open_once(SHORT)

        def median(key: str) -> float:
            return statistics.median(float(r[key]) for r in runs)

        upsert_ms = float(runs[0].get("upsert_ms", float("nan")))
        figures = [
            Figure(
                f"opening a transcript of {count:,} messages (the console's paged open: cache"
                " to painted view, median)",
                median("page_ms"),
                "ms",
                Target("<=", TARGET_MS) if count == LONG else None,
            ),
            Figure(
                f"reference: loading all {count:,} at once (cache to painted view, median)",
                median("open_ms"),
                "ms",
            ),
            Figure(
                f"  of which reading {count:,} messages from the cache", median("read_ms"), "ms"
            ),
            Figure("  of which filling the model", median("model_ms"), "ms"),
            Figure("  of which laying out and painting the view", median("paint_ms"), "ms"),
            Figure(f"reference: opening {SHORT:,} messages", float(short["open_ms"]), "ms"),
            Figure(
                f"reference: {UPSERTS:,} messages upserted one at a time into a shown model",
                upsert_ms,
                "ms",
            ),
        ]
        details = [
            f"run {i + 1}: read {r['read_ms']:.0f} ms, model {r['model_ms']:.0f} ms, "
            f"paint {r['paint_ms']:.0f} ms, total {r['open_ms']:.0f} ms "
            f"(seeded in {r['seed_s']} s, painted={r['painted']})"
            for i, r in enumerate(runs)
        ]
        method = (
            "The console opens a transcript at its newest 200 messages (`Cache.messages(last=200)`"
            " in `Shift`, the newest page in `SessionTab.load_transcript`) and adds earlier pages"
            ' when the advocate asks ("Show earlier messages"): the figure is that open. '
            "`benchmarks/bench_transcript.py` runs `benchmarks/transcript_child.py` in a fresh "
            f"process {reps} times: an encrypted cache (SQLCipher 4, the console's `Cache`) is "
            f"seeded with one session of {count:,} messages, closed and opened again; the clock "
            "runs from `Cache.messages(session)` through `TranscriptModel.set_messages` and "
            "`TranscriptView.set_transcript` to the view's first paint with rows (an event "
            "filter on the viewport), in a shown 1280x800 window on the offscreen platform. "
            f"The figure is the median. Reference in the same run: {SHORT:,} messages, and "
            f"{UPSERTS:,} messages upserted one at a time into a shown model, the way "
            "a tab was filled before paging, and loading all the messages at once."
        )
        return Report(self.name, self.title, figures, method, details)


BENCHMARK = TranscriptBench()
