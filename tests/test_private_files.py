"""What the product writes to disk is its owner's only: the content database made by `bot setup`,
the console secret (private from the moment it exists), and a CONSOLE_SECRET too short to trust
is refused."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.web.console import security

ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_setup_makes_the_content_database_private(tmp_path: Path) -> None:
    database = tmp_path / "content.db"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    subprocess.run([sys.executable, "-m", "bot", "setup"], cwd=ROOT, env=env, check=True)
    assert mode(database) == 0o600


def test_the_console_secret_is_created_private_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONSOLE_SECRET", raising=False)
    path = tmp_path / "var" / "console-secret"
    first = security.console_secret(path)
    assert len(first) >= security.MIN_SECRET_BYTES
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert security.console_secret(path) == first  # made once, then read


def test_a_short_console_secret_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_SECRET", "short")
    with pytest.raises(ValueError, match="at least 32 bytes"):
        security.console_secret()
    monkeypatch.setenv("CONSOLE_SECRET", "x" * 32)
    assert security.console_secret() == "x" * 32
