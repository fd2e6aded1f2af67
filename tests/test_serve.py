"""`scripts/serve.sh` (what `make run` starts): Rasa and the action server listen on loopback
only, the portal on every interface, a message still reaches the action server, and the
conversations' file is private."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parent.parent


def listening_addresses(port: int) -> set[str]:
    """The local addresses with a listening TCP socket on `port`, read from /proc/net."""
    found: set[str] = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state != "0A" or int(hex_port, 16) != port:  # 0A: LISTEN
                continue
            if width == 8:
                found.add(".".join(str(int(address[i : i + 2], 16)) for i in (6, 4, 2, 0)))
            else:
                found.add("::" if int(address, 16) == 0 else address)
    return found


def wait_for(url: str, process: subprocess.Popen[bytes], log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"serve.sh exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} not ready in {timeout}s:\n{log.read_text()[-3000:]}")


def test_only_the_portal_is_public(database_url: str, model_path: Path, tmp_path: Path) -> None:
    ports = {name: free_port() for name in ("RASA_PORT", "ACTIONS_PORT", "PORTAL_PORT")}
    env = {
        **os.environ,
        **{name: str(port) for name, port in ports.items()},
        "DATABASE_URL": database_url,
        "TRACKER_STORE_URL": f"sqlite:///{tmp_path / 'tracker.db'}",
    }
    env.pop("ACTION_SERVER_URL", None)  # serve.sh's own default, as `make run` sets it
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            ["scripts/serve.sh"], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    try:
        wait_for(f"http://127.0.0.1:{ports['ACTIONS_PORT']}/health", process, log)
        wait_for(f"http://127.0.0.1:{ports['RASA_PORT']}/webhooks/rest/", process, log)
        wait_for(f"http://127.0.0.1:{ports['PORTAL_PORT']}/widget.js", process, log)
        assert listening_addresses(ports["RASA_PORT"]) == {"127.0.0.1"}
        assert listening_addresses(ports["ACTIONS_PORT"]) == {"127.0.0.1"}
        assert listening_addresses(ports["PORTAL_PORT"]) == {"0.0.0.0"}
        # Rasa still reaches the action server on loopback: a topic answer is the action's.
        reply = httpx.post(
            f"http://127.0.0.1:{ports['RASA_PORT']}/webhooks/rest/webhook",
            json={"sender": "serve-test", "message": "what is grooming?"},
            timeout=60,
        ).json()
        assert any("Grooming" in (message.get("text") or "") for message in reply), reply
        # Parents' words land in files only their owner can read.
        assert stat.S_IMODE((tmp_path / "tracker.db").stat().st_mode) == 0o600
        assert stat.S_IMODE((ROOT / "var").stat().st_mode) == 0o700
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
