"""The real Rasa server over REST: bad input, a restart that loses nothing, and logs without the parent's words."""

from __future__ import annotations

import json
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.content.migrate import upgrade
from bot.content.service import seed
from tests.conftest import free_port
from tests.servers import Server, start_action_server, start_rasa

pytestmark = pytest.mark.model

SECRET_PHRASE = "zebra-marmalade-lighthouse"


class Stack:
    """An action server and a Rasa server sharing one SQL tracker store file."""

    def __init__(self, model: Path, tmp: Path) -> None:
        self.model = model
        self.tmp = tmp
        content = f"sqlite:///{tmp / 'content.db'}"
        upgrade(content)
        seed(content)
        self.tracker_url = f"sqlite:///{tmp / 'tracker.db'}"
        action_port = free_port()
        self.actions = start_action_server(action_port, content, tmp / "actions.log")
        self.action_url = f"http://127.0.0.1:{action_port}/webhook"
        self.rasa: Server | None = None
        try:
            self.start_rasa()
        except Exception:
            self.actions.stop()
            raise

    def start_rasa(self) -> None:
        self.port = free_port()
        self.rasa = start_rasa(
            self.port,
            self.action_url,
            self.tracker_url,
            self.model,
            self.tmp / f"rasa-{self.port}.log",
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhooks/rest/webhook"

    def post(self, content: bytes | str, content_type: str = "application/json") -> httpx.Response:
        data = content.encode() if isinstance(content, str) else content
        return httpx.post(
            self.url, content=data, headers={"content-type": content_type}, timeout=60
        )

    def say(self, sender: str, message: object, **extra: object) -> httpx.Response:
        return self.post(json.dumps({"sender": sender, "message": message, **extra}))

    def logs(self) -> str:
        return "".join(p.read_text(errors="replace") for p in self.tmp.glob("*.log"))

    def stop(self) -> None:
        if self.rasa:
            self.rasa.stop()
        self.actions.stop()


@pytest.fixture(scope="module")
def stack(model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(model_path, tmp_path_factory.mktemp("stack"))
    yield running
    running.stop()


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        (b"", 400),
        (b"{not json", 400),
        (b"[]", 400),
        (json.dumps({"sender": "bad-1"}), 400),
        (json.dumps({"sender": "bad-1", "message": ""}), 400),
        (json.dumps({"sender": "bad-1", "message": "   "}), 400),
        (json.dumps({"sender": "bad-1", "message": 12}), 400),
        (json.dumps({"sender": ["x"], "message": "hi"}), 400),
        (json.dumps({"sender": "bad-1", "message": "hi", "metadata": "UK"}), 400),
        (json.dumps({"sender": "bad-1", "message": "x" * 10_001}), 413),
        (b"[" * 40_000, 400),  # nested past json's recursion limit: a 400, not a 500
    ],
)
def test_bad_input_gets_a_clear_4xx(stack: Stack, payload: bytes | str, status: int) -> None:
    response = stack.post(payload)
    assert response.status_code == status
    assert response.json()["error"]


def test_a_body_over_the_limit_is_refused_by_the_server(stack: Stack) -> None:
    assert stack.post(b"x" * 200_000).status_code == 413


@pytest.mark.parametrize(
    "message",
    [
        "x" * 10_000,
        "🙂🙂🙂🙂",
        "<script>alert('hi')</script><img src=x onerror=alert(1)>",
        "' OR 1=1; DROP TABLE events; --",
        "\u202e\u0000\ufeff odd characters",
    ],
)
def test_odd_but_valid_messages_get_a_safe_reply(stack: Stack, message: str) -> None:
    response = stack.say("odd-sender", message)
    assert response.status_code == 200
    replies = response.json()
    assert replies and all("<script" not in (r.get("text") or "") for r in replies)


def test_bad_input_never_sticks_a_conversation(stack: Stack) -> None:
    assert stack.say("sticky", 12).status_code == 400
    assert stack.post(b"{oops").status_code == 400
    replies = stack.say("sticky", "hello").json()
    assert replies and replies[0]["buttons"]


def test_emergency_over_rest_with_region_metadata(stack: Stack) -> None:
    replies = stack.say(
        "rest-emergency", "my son is missing right now", metadata={"region": "CA"}
    ).json()
    assert replies[0]["text"].startswith("Call 911 now")


def test_a_restart_loses_no_conversation_and_logs_hold_no_message_text(stack: Stack) -> None:
    first = stack.say(
        "restart-1", f"a man keeps asking my daughter for photos {SECRET_PHRASE}"
    ).json()
    assert first[-1]["text"] == "Is the child safe right now?"
    assert stack.rasa is not None
    stack.rasa.stop()
    stack.start_rasa()
    second = stack.say("restart-1", "she's fine, she's upstairs").json()
    # The open disclosure survived the restart: the answer in words goes on with it.
    assert any("CEOP" in (r.get("text") or "") for r in second)
    assert not any("didn't quite understand" in (r.get("text") or "") for r in second)
    assert SECRET_PHRASE not in stack.logs()


def test_a_hung_action_server_still_gives_the_emergency_number_within_two_seconds(
    stack: Stack,
) -> None:
    """SIGSTOP: the action server accepts connections and never answers (overload, a DB lock)."""
    stack.actions.process.send_signal(signal.SIGSTOP)
    try:
        started = time.monotonic()
        danger = stack.say(
            "hung-1",
            "my daughter is meeting a man from snapchat right now",
            metadata={"region": "AU"},
        )
        danger_seconds = time.monotonic() - started
        started = time.monotonic()
        disclosure = stack.say("hung-2", "my son's swimming coach touched him")
        disclosure_seconds = time.monotonic() - started
    finally:
        stack.actions.process.send_signal(signal.SIGCONT)
    assert danger.status_code == 200 and danger_seconds < 2.0
    assert danger.json()[0]["text"].startswith("Call 000 now")
    assert disclosure.status_code == 200 and disclosure_seconds < 2.0
    assert "call 999" in disclosure.json()[0]["text"]
    # Once the action server answers again, the same conversation goes on with its route.
    time.sleep(1.0)
    after = stack.say("hung-2", "ok").json()
    assert any("101" in (r.get("text") or "") for r in after)
