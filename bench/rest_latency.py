"""Turn latency and throughput over REST at concurrency 1 and 20, beside a stock `rasa init` bot.

Run with `make bench`. Starts, on loopback only, our action server and Rasa server (SQL
tracker store, seeded content DB) and a stock `rasa init` bot trained in var/bench/stock
(trained once, then reused). Each bot gets the same number of scripted conversations;
every request is bounded by a timeout and the whole run by a fixed count of turns.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content.migrate import upgrade  # noqa: E402
from bot.content.service import seed  # noqa: E402
from tests.conftest import free_port  # noqa: E402
from tests.servers import RASA, Server, start_action_server, start_rasa  # noqa: E402

OUR_SCRIPT = [
    "hello",
    "what is grooming?",
    "how do I talk to my 9 year old about body safety",
    "a man on roblox keeps asking my daughter for photos",
    "she's fine, she's upstairs",
    "thank you",
]
DANGER_SCRIPT = ["my daughter is meeting a man she met online tonight, we're in Brisbane"]
STOCK_SCRIPT = ["hello", "I am sad", "yes", "are you a bot?", "goodbye", "hi"]
STOCK_DIR = ROOT / "var" / "bench" / "stock"


@dataclass
class Result:
    """Latencies of every turn and the errors seen."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def merge(self, other: Result) -> None:
        """Adds another round's turns to these."""
        self.latencies.extend(other.latencies)
        self.errors += other.errors
        self.seconds += other.seconds

    def line(self, name: str, concurrency: int) -> str:
        lat = sorted(self.latencies)

        def pct(p: float) -> float:
            return lat[min(len(lat) - 1, int(p * len(lat)))] * 1000 if lat else float("nan")

        rate = len(lat) / self.seconds if self.seconds else 0.0
        return (
            f"| {name:<22} | {concurrency:>3} | {len(lat):>5} | {pct(0.50):>7.0f} | {pct(0.95):>7.0f} "
            f"| {pct(0.99):>7.0f} | {rate:>7.1f} | {self.errors:>6} |"
        )


async def conversation(
    client: httpx.AsyncClient, url: str, script: list[str], result: Result
) -> None:
    sender = f"bench-{uuid.uuid4().hex[:10]}"
    for text in script:
        start = time.perf_counter()
        try:
            response = await client.post(url, json={"sender": sender, "message": text}, timeout=60)
            if response.status_code != 200 or not isinstance(response.json(), list):
                result.errors += 1
                continue
        except (httpx.HTTPError, ValueError):
            result.errors += 1
            continue
        result.latencies.append(time.perf_counter() - start)


async def drive(url: str, script: list[str], concurrency: int, conversations: int) -> Result:
    result = Result()
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits) as client:
        await conversation(client, url, script, Result())  # warm-up, not counted
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(conversations):
            queue.put_nowait(i)

        async def worker() -> None:
            while not queue.empty():
                queue.get_nowait()
                await conversation(client, url, script, result)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        result.seconds = time.perf_counter() - start
    return result


def stock_model() -> Path:
    """Trains the stock `rasa init` bot once, in var/bench/stock."""
    models = sorted((STOCK_DIR / "models").glob("*.tar.gz")) if STOCK_DIR.exists() else []
    if models:
        return models[-1]
    shutil.rmtree(STOCK_DIR, ignore_errors=True)
    STOCK_DIR.mkdir(parents=True)
    print("training the stock `rasa init` bot (once)...", flush=True)
    subprocess.run(
        [RASA, "init", "--no-prompt", "--init-dir", str(STOCK_DIR)],
        check=True,
        cwd=STOCK_DIR.parent,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
        stdout=subprocess.DEVNULL,
    )
    return sorted((STOCK_DIR / "models").glob("*.tar.gz"))[-1]


def start_stock(model: Path, log: Path) -> tuple[Server, str]:
    port = free_port()
    server = Server(
        [
            RASA,
            "run",
            "--model",
            str(model),
            "--port",
            str(port),
            "--interface",
            "127.0.0.1",
            "--endpoints",
            str(STOCK_DIR / "endpoints.yml"),
            "--credentials",
            str(STOCK_DIR / "credentials.yml"),
        ],  # fmt: skip
        {"RASA_TELEMETRY_ENABLED": "false"},
        f"http://127.0.0.1:{port}/webhooks/rest/",
        log,
    )
    server.wait_ready()
    return server, f"http://127.0.0.1:{port}/webhooks/rest/webhook"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=40, help="per bot and concurrency")
    parser.add_argument("--rounds", type=int, default=4, help="alternating rounds per concurrency")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    content = f"sqlite:///{tmp / 'content.db'}"
    upgrade(content)
    seed(content)
    servers: list[Server] = []
    rows: list[str] = []
    try:
        action_port = free_port()
        servers.append(start_action_server(action_port, content, tmp / "actions.log"))
        ours_port = free_port()
        servers.append(
            start_rasa(
                ours_port,
                f"http://127.0.0.1:{action_port}/webhook",
                f"sqlite:///{tmp / 'tracker.db'}",
                ROOT / "models" / "assistant.tar.gz",
                tmp / "rasa.log",
            )
        )
        ours = f"http://127.0.0.1:{ours_port}/webhooks/rest/webhook"
        stock_server, stock = start_stock(stock_model(), tmp / "stock.log")
        servers.append(stock_server)
        bots = (
            ("parent safety assistant", ours, OUR_SCRIPT),
            ("stock rasa init", stock, STOCK_SCRIPT),
            ("danger now (1st reply)", ours, DANGER_SCRIPT),
        )
        for concurrency in (1, 20):
            # The bots take turns in rounds, so a burst of load from anything else on the
            # machine falls on all of them rather than on whichever ran at that moment.
            results = {name: Result() for name, _, _ in bots}
            rounds = args.rounds if concurrency == 1 else 1  # 20 workers need 20+ conversations
            per_round = max(1, args.conversations // rounds)
            for round_number in range(rounds):
                order = bots if round_number % 2 == 0 else tuple(reversed(bots))
                for name, url, script in order:
                    part = asyncio.run(drive(url, script, concurrency, per_round))
                    results[name].merge(part)
            for name, _, _ in bots:
                rows.append(results[name].line(name, concurrency))
                print(rows[-1], flush=True)
        # The action server hangs (SIGSTOP: it accepts connections and never answers).
        servers[0].process.send_signal(signal.SIGSTOP)
        try:
            result = asyncio.run(drive(ours, DANGER_SCRIPT, 1, min(args.conversations, 10)))
        finally:
            servers[0].process.send_signal(signal.SIGCONT)
        rows.append(result.line("danger now, actions hung", 1))
        print(rows[-1], flush=True)
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print()
    print(
        f"{args.conversations} conversations of 6 turns per bot and concurrency (danger now: 1 turn; "
        "with the action server hung: 10); latency in ms"
    )
    print(
        "| bot                    |   c | turns |     p50 |     p95 |     p99 | turns/s | errors |"
    )
    print(
        "|------------------------|-----|-------|---------|---------|---------|---------|--------|"
    )
    for row in rows:
        print(row)
    print(f"cores: {os.cpu_count()}; python {sys.version.split()[0]}; one run, warm servers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
