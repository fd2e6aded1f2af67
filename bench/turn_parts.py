"""Where a turn's time goes, in-process: NLU parse, policy prediction, each custom action call
and the SQL tracker store, per script message (our action server runs as a process).

Usage: .venv/bin/python bench/turn_parts.py [--conversations 20] [--root DIR] [--stock]
--root runs another checkout (e.g. a git worktree at an older commit, with its model);
--stock runs the stock `rasa init` bot from var/bench/stock instead (no action server).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import logging
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

parser = argparse.ArgumentParser(description=__doc__)
parser.add_argument("--conversations", type=int, default=20)
parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent))
parser.add_argument("--stock", action="store_true")
ARGS = parser.parse_args()
ROOT = Path(ARGS.root).resolve()
os.chdir(ROOT)
sys.path.insert(0, str(ROOT))

from bench.rest_latency import OUR_SCRIPT, STOCK_SCRIPT, stock_model  # noqa: E402
from bot.content.migrate import upgrade  # noqa: E402
from bot.content.service import seed  # noqa: E402
from tests.conftest import free_port  # noqa: E402
from tests.servers import start_action_server  # noqa: E402

TIMES: dict[str, list[float]] = collections.defaultdict(list)
BY_MESSAGE: dict[str, dict[str, list[float]]] = collections.defaultdict(
    lambda: collections.defaultdict(list)
)
CURRENT = [""]


def _record(label: str, seconds: float) -> None:
    TIMES[label].append(seconds)
    BY_MESSAGE[CURRENT[0]][label].append(seconds)


def timed_async(owner: Any, name: str, label: Any) -> None:
    original = getattr(owner, name)

    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return await original(*args, **kwargs)
        finally:
            _record(label(args) if callable(label) else label, time.perf_counter() - start)

    setattr(owner, name, wrapper)


def timed_sync(owner: Any, name: str, label: str) -> None:
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            _record(label, time.perf_counter() - start)

    setattr(owner, name, wrapper)


async def run(script: list[str], model: str, endpoints: str) -> None:
    from rasa.core import processor
    from rasa.core.actions import action
    from rasa.core.agent import load_agent
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.common import configure_logging_and_warnings

    configure_logging_and_warnings(logging.INFO)
    if not ARGS.stock:
        import bot.channels.rest  # noqa: F401 - applies bot/rasa_speedups.py as the server does
    agent = await load_agent(
        model_path=model, endpoints=AvailableEndpoints.read_endpoints(endpoints)
    )
    store = type(agent.processor.tracker_store)
    timed_async(processor.MessageProcessor, "handle_message", "TURN (handle_message)")
    timed_async(processor.MessageProcessor, "parse_message", "NLU parse (with any 2nd parse)")
    timed_sync(processor.MessageProcessor, "_predict_next_with_tracker", "policy prediction")
    timed_async(action.RemoteAction, "run", lambda args: f"action server: {args[0].name()}")
    timed_async(store, "retrieve", "tracker store retrieve")
    timed_async(store, "save", "tracker store save")

    async def conversation() -> None:
        sender = f"parts-{uuid.uuid4().hex[:8]}"
        for text in script:
            CURRENT[0] = text
            await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))

    await conversation()  # warm-up
    TIMES.clear()
    BY_MESSAGE.clear()
    for _ in range(ARGS.conversations):
        await conversation()
    turns = ARGS.conversations * len(script)
    for text in script:
        print(f"{text[:50]!r}")
        for label, values in sorted(BY_MESSAGE[text].items(), key=lambda kv: -sum(kv[1])):
            print(
                f"    {label:36s} calls/turn {len(values) / ARGS.conversations:3.1f}  "
                f"ms/turn {sum(values) / ARGS.conversations * 1000:6.1f}"
            )
    print("all messages:")
    for label, values in sorted(TIMES.items(), key=lambda kv: -sum(kv[1])):
        print(
            f"    {label:36s} n={len(values):4d}  mean {statistics.mean(values) * 1000:6.2f} ms"
            f"  ms/turn {sum(values) / turns * 1000:6.2f}"
        )


def main() -> int:
    if ARGS.stock:
        asyncio.run(run(STOCK_SCRIPT, str(stock_model()), "var/bench/stock/endpoints.yml"))
        return 0
    tmp = Path(tempfile.mkdtemp(prefix="turn-parts-"))
    content = f"sqlite:///{tmp / 'content.db'}"
    upgrade(content)
    seed(content)
    port = free_port()
    actions = start_action_server(port, content, tmp / "actions.log")
    os.environ["ACTION_SERVER_URL"] = f"http://127.0.0.1:{port}/webhook"
    os.environ["TRACKER_STORE_URL"] = f"sqlite:///{tmp / 'tracker.db'}"
    try:
        asyncio.run(run(OUR_SCRIPT, "models/assistant.tar.gz", "endpoints.yml"))
    finally:
        actions.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
