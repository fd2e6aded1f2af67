"""Deletes conversation events older than the retention limit from Rasa's SQL tracker store."""

from __future__ import annotations

import time

from sqlalchemy import create_engine, inspect, text

DEFAULT_RETENTION_DAYS = 30


def purge_tracker_store(url: str, days: int = DEFAULT_RETENTION_DAYS) -> int:
    """Removes events older than `days` days; returns how many. A missing table means nothing to do."""
    if days < 0:
        raise ValueError("days must be zero or more")
    engine = create_engine(url, future=True)
    try:
        if not inspect(engine).has_table("events"):
            return 0
        cutoff = time.time() - days * 86_400
        with engine.begin() as connection:
            result = connection.execute(
                text("DELETE FROM events WHERE timestamp < :cutoff"), {"cutoff": cutoff}
            )
            return int(result.rowcount or 0)
    finally:
        engine.dispose()
