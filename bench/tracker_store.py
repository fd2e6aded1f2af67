"""Rasa's SQL tracker store on a SQLite file: load and save per turn, stock against
`bot/rasa_speedups.py` (event types resolved once, a QueuePool), each in its own process.

Usage: .venv/bin/python bench/tracker_store.py [--runs 3] [--conversations 20]
Each run: 20 conversations of 6 turns, a load and a save a turn; prints the mean ms per call.
The two variants alternate, so that the machine's other load falls on both.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def _measure(conversations: int) -> tuple[float, float]:
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.load(str(ROOT / "domain"))
    with tempfile.TemporaryDirectory() as directory:
        store = SQLTrackerStore(domain, host=f"sqlite:///{directory}/tracker.db")
        loads: list[float] = []
        saves: list[float] = []
        for number in range(conversations):
            sender = f"parent-{number}"
            tracker = DialogueStateTracker(sender, domain.slots)
            for _ in range(6):
                start = time.perf_counter()
                tracker = await store.retrieve(sender) or tracker
                loads.append(time.perf_counter() - start)
                intent = {"name": "ask_gaming", "confidence": 1.0}
                tracker.update(UserUttered("is fortnite ok for my 11 year old?", intent))
                tracker.update(ActionExecuted("action_answer_topic"))
                tracker.update(SlotSet("age_band", "11_13"))
                tracker.update(BotUttered("Fortnite: " + "advice " * 80))
                tracker.update(ActionExecuted("action_listen"))
                start = time.perf_counter()
                await store.save(tracker)
                saves.append(time.perf_counter() - start)
    return sum(loads) / len(loads) * 1000, sum(saves) / len(saves) * 1000


def _child(variant: str, conversations: int) -> None:
    logging.disable(logging.WARNING)
    sys.path.insert(0, str(ROOT))
    if variant == "speedups":
        from bot import rasa_speedups

        rasa_speedups.apply()
    load, save = asyncio.run(_measure(conversations))
    print(f"{variant:9s} load {load:5.2f} ms  save {save:5.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--child", choices=["stock", "speedups"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.conversations)
        return
    for _ in range(args.runs):
        for variant in ("stock", "speedups"):
            command = [sys.executable, __file__, "--child", variant]
            command += ["--conversations", str(args.conversations)]
            result = subprocess.run(command, capture_output=True, text=True, check=True)
            print(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
