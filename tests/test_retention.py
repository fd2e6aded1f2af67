"""Conversations older than the retention limit are deleted from the SQL tracker store."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import create_engine, text

from bot.retention import purge_tracker_store


def test_purge_deletes_only_old_events(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = create_engine(url, future=True)
    now = time.time()
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE events (id INTEGER PRIMARY KEY, timestamp FLOAT)"))
        for age_days in (0, 1, 29, 31, 400):
            connection.execute(
                text("INSERT INTO events (timestamp) VALUES (:t)"), {"t": now - age_days * 86_400}
            )
    assert purge_tracker_store(url, 30) == 2
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM events")).scalar_one() == 3


def test_purge_of_a_store_with_no_conversations_yet(tmp_path: Path) -> None:
    assert purge_tracker_store(f"sqlite:///{tmp_path / 'empty.db'}", 30) == 0
