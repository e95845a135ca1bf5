"""The child of the kill test: types notes and drafts and syncs them until it is killed.

    python -m tests.sync.kill_child CACHE SERVER_URL CASE_ID SEED   (the key, hex, on stdin)

It opens the encrypted cache, signs in as the demo lead, runs the sync engine,
and writes notes (new ones and edits) and drafts in a seeded random order as
fast as a very quick typist.  After each committed write it prints one line:

    SAVED <note id> <rev> <digest>   a note body "<id> rev <rev> ..." is committed
    DRAFT <key> <n>                  the draft "draft <n>" is committed

The parent kills it with SIGKILL at a random moment and checks the cache.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import sys
import uuid
from pathlib import Path

from console.net.backoff import Backoff
from console.net.client import ApiClient
from console.store import Cache
from console.sync import SyncEngine

LEAD = ("lead1", "training")
WORDS = ("safe", "plan", "shelter", "passport", "wages", "debt", "employer", "transport", "phone")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def rev_of(body: str) -> int:
    return int(body.split(" ", 3)[2])


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def main(path: Path, url: str, case_id: str, seed: int) -> None:
    key = bytes.fromhex(sys.stdin.readline().strip())
    rng = random.Random(seed)
    cache = Cache.open(path, key)
    api = ApiClient(url)
    await api.login(*LEAD)
    engine = SyncEngine(cache, api, backoff=Backoff(base=0.01, cap=0.1, rng=rng), poll_interval=0.5)
    engine.start()
    draft_key = f"case:{case_id}:note"
    current = cache.draft(draft_key)
    drafts = int(current.split()[1]) if current else 0
    _say("READY")
    while True:
        notes = {c.id: c.record.body for c in cache.notes_for_case(case_id)}  # type: ignore[attr-defined]
        draw = rng.random()
        if draw < 0.2:
            drafts += 1
            cache.save_draft(draft_key, f"draft {drafts} " + " ".join(rng.choices(WORDS, k=8)))
            _say(f"DRAFT {draft_key} {drafts}")
        else:
            if draw < 0.5 or not notes:
                note_id, rev = str(uuid.uuid4()), 0
            else:
                note_id = rng.choice(sorted(notes))
                rev = rev_of(notes[note_id]) + 1
            filler = " ".join(rng.choices(WORDS, k=rng.randint(2, 400)))
            body = f"{note_id} rev {rev} {filler}"
            cache.save_note(case_id, body, note_id=note_id)
            _say(f"SAVED {note_id} {rev} {digest(body)}")
            engine.nudge()
        await asyncio.sleep(rng.uniform(0, 0.004))


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])))
