"""Alembic environment: migrates the content database named by the settings (or the caller)."""

from __future__ import annotations

from alembic import context

from bot.content.db import get_engine
from bot.content.models import Base

config = context.config


def run_migrations() -> None:
    """Runs online migrations on the URL the caller passed, else the configured one."""
    url = config.attributes.get("database_url") or None
    connectable = config.attributes.get("connection") or get_engine(url).connect()
    with connectable as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
