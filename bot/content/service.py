"""The one way content is written: validated, all or nothing. The CLI and the import use it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bot.content.db import session_scope
from bot.content.models import Region
from bot.content.packs import ContentPack, dump_pack, export_pack, read_pack_files, replace_content
from bot.settings import ROOT

SEED_DIR = ROOT / "data" / "content"


def is_empty(database_url: str | None = None) -> bool:
    """True when the database holds no content yet."""
    with session_scope(database_url) as session:
        return session.execute(select(func.count()).select_from(Region)).scalar_one() == 0


def import_pack(pack: ContentPack, database_url: str | None = None) -> None:
    """Replaces all content with a validated pack in one transaction."""
    with session_scope(database_url) as session:
        replace_content(session, pack)


def import_files(paths: list[Path], database_url: str | None = None) -> ContentPack:
    """Validates the files first, so a bad file changes nothing; then imports them."""
    pack = read_pack_files(paths)
    import_pack(pack, database_url)
    return pack


def seed(database_url: str | None = None, *, force: bool = False) -> bool:
    """Loads the seed packs into an empty database (or any, with force); says whether it did."""
    if not force and not is_empty(database_url):
        return False
    import_files([SEED_DIR], database_url)
    return True


def export_text(database_url: str | None = None) -> str:
    """All content as one YAML document that import accepts unchanged."""
    with session_scope(database_url) as session:
        return dump_pack(export_pack(session))
