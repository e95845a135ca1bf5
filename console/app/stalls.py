"""``--debug-stalls``: log every event-loop stall over 50 ms, with what was running.

A timer on the UI thread beats every few milliseconds.  A small watchdog thread
looks at the beat: when it is late by more than the threshold, the watchdog
samples the UI thread's stack (file, line and function names only: never
values) while the stall is still going on; when the beat resumes, the UI side
logs the stall's length and that stack.

For measurements (the benchmarks), ``keep_beats=True`` also keeps how late
every beat was, so that percentiles of the loop's lag can be taken, not only
the stalls over the threshold.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

BEAT_MS = 5
THRESHOLD_S = 0.050


class StallMonitor(QObject):
    def __init__(
        self,
        threshold_s: float = THRESHOLD_S,
        parent: QObject | None = None,
        *,
        keep_beats: bool = False,
    ) -> None:
        super().__init__(parent)
        self.threshold_s = threshold_s
        self.stalls: list[tuple[float, str]] = []  # (seconds, where): kept for tests/benchmarks
        self.keep_beats = keep_beats
        self.beats: list[float] = []  # seconds each beat was late (keep_beats only)
        self._ui_thread = threading.get_ident()
        self._beat = time.monotonic()
        self._sample: str | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._on_beat)
        self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog", daemon=True)

    def start(self) -> None:
        self._beat = time.monotonic()
        self._timer.start()
        self._watchdog.start()
        log.info("Stall monitor on: stalls over %.0f ms are logged", self.threshold_s * 1000)

    def reset(self) -> None:
        """Forget the stalls and beats seen so far (a measurement starts now)."""
        self.stalls.clear()
        self.beats.clear()
        self._beat = time.monotonic()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._watchdog.is_alive():
            self._watchdog.join(timeout=1)

    def _on_beat(self) -> None:
        now = time.monotonic()
        late = now - self._beat - BEAT_MS / 1000
        self._beat = now
        if self.keep_beats:
            self.beats.append(max(0.0, late))
        with self._lock:
            sample, self._sample = self._sample, None
        if late > self.threshold_s:
            where = sample or "(not sampled)"
            self.stalls.append((late, where))
            log.warning("Event loop stalled for %.0f ms; running:\n%s", late * 1000, where)

    def _watch(self) -> None:
        while not self._stop.wait(0.010):
            if time.monotonic() - self._beat <= self.threshold_s:
                continue
            with self._lock:
                if self._sample is not None:
                    continue
            frame = sys._current_frames().get(self._ui_thread)
            if frame is None:
                continue
            summary = traceback.extract_stack(frame)[-8:]
            where = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in summary)
            with self._lock:
                self._sample = where
