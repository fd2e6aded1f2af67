"""Starts the real action server and Rasa server as processes for tests, and stops them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
RASA = str(Path(sys.executable).parent / "rasa")


class Server:
    """A server process with its log file; stop() ends it and waits."""

    def __init__(self, args: list[str], env: dict[str, str], health: str, log: Path) -> None:
        self.log = log
        self.health = health
        self._log_file = log.open("w")
        self.process = subprocess.Popen(
            args,
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float = 180.0) -> None:
        """Polls the health URL until it answers, or fails with the log's tail."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.stop()
                raise RuntimeError(f"server exited early:\n{self.log.read_text()[-3000:]}")
            try:
                if httpx.get(self.health, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"server not ready in {timeout}s:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        """Ends the process (SIGTERM, then SIGKILL) and closes the log; safe to call twice."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self._log_file.close()


def start_action_server(port: int, database_url: str, log: Path) -> Server:
    """The real action server, reading content from `database_url`."""
    server = Server(
        [RASA, "run", "actions", "--port", str(port), "--actions", "actions"],
        {"DATABASE_URL": database_url, "RASA_TELEMETRY_ENABLED": "false"},
        f"http://127.0.0.1:{port}/health",
        log,
    )
    server.wait_ready()
    return server


def start_rasa(port: int, action_url: str, tracker_url: str, model: Path, log: Path) -> Server:
    """The real Rasa server with our REST channel and the SQL tracker store."""
    server = Server(
        [
            RASA, "run", "--model", str(model), "--endpoints", "endpoints.yml",
            "--credentials", "credentials.yml", "--port", str(port), "--interface", "127.0.0.1",
        ],
        {
            "ACTION_SERVER_URL": action_url,
            "TRACKER_STORE_URL": tracker_url,
            "RASA_TELEMETRY_ENABLED": "false",
            "SANIC_REQUEST_MAX_SIZE": "65536",  # as scripts/serve.sh sets it
        },
        f"http://127.0.0.1:{port}/webhooks/rest/",
        log,
    )  # fmt: skip
    server.wait_ready()
    return server


def start_portal(port: int, rasa_url: str, database_url: str, log: Path) -> Server:
    """The real portal (uvicorn), relaying to `rasa_url`; access logs off, as in production."""
    server = Server(
        [
            sys.executable, "-m", "uvicorn", "bot.web.app:create_app", "--factory",
            "--host", "127.0.0.1", "--port", str(port), "--no-access-log", "--ws", "none",
        ],
        {"DATABASE_URL": database_url, "RASA_URL": rasa_url},
        f"http://127.0.0.1:{port}/widget.js",
        log,
    )  # fmt: skip
    server.wait_ready()
    return server
