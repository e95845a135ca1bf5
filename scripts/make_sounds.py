"""Make the console's alert sounds: short mono WAV files, with the standard library only.

    python scripts/make_sounds.py            # writes resources/sounds/*.wav

- ``ring.wav``: a new offer.  Two bright two-tone bursts, like a desk phone,
  repeated by the console until the offer is answered or gone.
- ``chime.wav``: a message in a background tab.  One soft bell note that fades.
- ``tone.wav``: the only sound during a call.  A short, quiet, low tone.

Every sound fades in and out (no click) and stays far below 100 KB.
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Callable, Iterable
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def _envelope(i: int, n: int, fade: int) -> float:
    return min(1.0, i / fade, (n - 1 - i) / fade) if fade else 1.0


def _samples(
    seconds: float, wave_at: Callable[[float], float], fade_s: float = 0.01
) -> list[float]:
    n = int(RATE * seconds)
    fade = max(1, int(RATE * fade_s))
    return [wave_at(i / RATE) * _envelope(i, n, fade) for i in range(n)]


def _silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def ring() -> list[float]:
    def burst(t: float) -> float:
        # 440 + 480 Hz (the North American ring), warbled at 20 Hz like a bell striker.
        warble = 0.6 + 0.4 * math.sin(2 * math.pi * 20 * t)
        return 0.45 * warble * (math.sin(2 * math.pi * 440 * t) + math.sin(2 * math.pi * 480 * t))

    return _samples(0.4, burst) + _silence(0.15) + _samples(0.4, burst)


def chime() -> list[float]:
    def bell(t: float) -> float:
        decay = math.exp(-5.0 * t)
        return (
            0.35
            * decay
            * (math.sin(2 * math.pi * 880 * t) + 0.35 * math.sin(2 * math.pi * 1760 * t))
        )

    return _samples(0.6, bell, fade_s=0.005)


def tone() -> list[float]:
    return _samples(0.35, lambda t: 0.2 * math.sin(2 * math.pi * 392 * t), fade_s=0.08)


def write(path: Path, samples: Iterable[float]) -> int:
    frames = b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32_000)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    return path.stat().st_size


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, make in (("ring", ring), ("chime", chime), ("tone", tone)):
        size = write(OUT / f"{name}.wav", make())
        print(f"{name}.wav: {size} bytes")


if __name__ == "__main__":
    main()
