"""Shared fixtures: a fresh seeded SQLite content database per test, and the trained model's path."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "assistant.tar.gz"

os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


@pytest.fixture()
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A migrated, seeded content database of this test's own; DATABASE_URL points at it."""
    from bot.content.db import get_engine
    from bot.content.migrate import upgrade
    from bot.content.service import seed

    url = f"sqlite:///{tmp_path / 'content.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    upgrade(url)
    seed(url)
    yield url
    get_engine(url).dispose()


@pytest.fixture(scope="session")
def model_path() -> Path:
    """The trained model; tests that need it are marked `model` and skipped loudly without it."""
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run `make train` (make test does it for you)")
    return MODEL


def free_port() -> int:
    """A free TCP port on loopback for a server a test starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium driven by Playwright, per module: Playwright's loop must not outlive it."""
    from playwright.sync_api import sync_playwright

    from tests.browser_support import CHROMIUM_ARGS, chromium_path

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()
