"""Brings a content database to the newest schema with Alembic, from the CLI or from tests."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from bot.settings import ROOT


def alembic_config(database_url: str | None = None) -> Config:
    """Builds the Alembic config from alembic.ini, aimed at the given database."""
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(ROOT / "bot" / "content" / "migrations"))
    config.attributes["database_url"] = database_url
    return config


def upgrade(database_url: str | None = None) -> None:
    """Migrates the database to head; safe to run on every start."""
    command.upgrade(alembic_config(database_url), "head")
