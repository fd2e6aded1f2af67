"""Regression bars on the blind conversation sets, through the real model, triage and action server.

The sets were written blind and each was run once before being tuned on (README, "Measured
figures"); since then they guard against regressions: a change that drops a disclosure, loses a
conversation or says "Call 999 now" to an everyday question fails here. The bars sit a little
below today's figures on these (tuned) sets; the honest measure of new words is a fresh set.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.content.db import session_scope
from bot.content.migrate import upgrade
from bot.content.queries import load_route_table
from bot.content.service import seed
from bot.conversation_eval import Judge, load_conversations, run, summarise
from tests.conftest import free_port
from tests.conversation import ChatClient
from tests.servers import start_action_server

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
SETS = ["blind6", "blind7"]
BARS = {  # check -> the least share of conversations that must pass it
    "route_first_reply": 0.90,
    "right_number": 0.95,
    "number_first_reply": 0.70,
    "never_lost": 0.85,
    "no_call_now": 0.97,
}


@pytest.fixture(scope="module")
def stack(
    tmp_path_factory: pytest.TempPathFactory, model_path: Path
) -> Iterator[tuple[ChatClient, Judge]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('content') / 'content.db'}"
    upgrade(url)
    seed(url)
    port = free_port()
    server = start_action_server(port, url, tmp_path_factory.mktemp("logs") / "actions.log")
    try:
        with session_scope(url) as session:
            judge = Judge(load_route_table(session))
        yield ChatClient(model_path, f"http://127.0.0.1:{port}/webhook"), judge
    finally:
        server.stop()


@pytest.mark.parametrize("name", SETS)
def test_blind_conversations_stay_above_the_bars(
    stack: tuple[ChatClient, Judge], name: str
) -> None:
    client, judge = stack
    conversations = load_conversations([ROOT / "tests" / "data" / name])
    assert len(conversations) >= 150
    summary = summarise(run(conversations, client.send, judge))
    shares = {check: summary.by_check[check] / summary.of_check[check] for check in BARS}
    print(f"\n{name}: " + ", ".join(f"{check} {share:.1%}" for check, share in shares.items()))
    failing = {check: share for check, share in shares.items() if share < BARS[check]}
    assert not failing, failing
