"""One settings object, read from the environment, so every process agrees on where things are."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Where the content store lives."""

    database_url: str


def get_settings() -> Settings:
    """Reads the environment each call, so tests and processes can point at their own database."""
    default_db = f"sqlite:///{ROOT / 'var' / 'content.db'}"
    return Settings(
        database_url=os.environ.get("DATABASE_URL") or default_db,
    )
