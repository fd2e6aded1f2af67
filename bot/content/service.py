"""The one way content is written: validated, all or nothing, and audited.

The CLI, the import and the staff console all come through here, so neither validation nor
the audit log can be bypassed. Staff edits go to one shared draft (a whole content pack,
validated on every save); the bot reads only published content, which `publish` replaces in
one transaction, writing an audit entry for every entity that changed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.content.db import session_scope
from bot.content.models import AuditEntry, ContentBase, ContentConflict, ContentDraft, Region
from bot.content.pack_io import dump_pack, parse_pack, read_pack_files
from bot.content.schema import ContentPack
from bot.content.store import export_pack, replace_content
from bot.settings import ROOT

SEED_DIR = ROOT / "data" / "content"
KEYED_KINDS = {
    "regions": "code",
    "situations": "key",
    "channels": "key",
    "sites": "slug",
    "topics": "key",
    "facts": "key",
    "platforms": "key",
}


@dataclass(frozen=True)
class Change:
    """One entity that differs between two packs."""

    kind: str
    key: str
    before: Any
    after: Any

    @property
    def action(self) -> str:
        """created, deleted or updated."""
        if self.before is None:
            return "created"
        if self.after is None:
            return "deleted"
        return "updated"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def plain(pack: dict[str, Any]) -> dict[str, Any]:
    """A pack as JSON-ready data (dates as ISO strings), so two packs compare by value."""
    return json.loads(json.dumps(pack, default=str))


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """The entities that changed between two packs (exported or pack-shaped dicts)."""
    before, after = plain(before), plain(after)
    changes: list[Change] = []
    for kind, id_field in KEYED_KINDS.items():
        old = {item[id_field]: item for item in before.get(kind, [])}
        new = {item[id_field]: item for item in after.get(kind, [])}
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                changes.append(Change(kind[:-1], key, old.get(key), new.get(key)))
    old_routes, new_routes = before.get("routes", {}), after.get("routes", {})
    for region in sorted(set(old_routes) | set(new_routes)):
        old_r, new_r = old_routes.get(region, {}), new_routes.get(region, {})
        for situation in sorted(set(old_r) | set(new_r)):
            if old_r.get(situation) != new_r.get(situation):
                changes.append(
                    Change(
                        "route", f"{region}/{situation}", old_r.get(situation), new_r.get(situation)
                    )
                )
    return changes


def _audit(session: Session, actor: str, changes: list[Change], action: str | None = None) -> None:
    now = _now()
    for change in changes:
        session.add(
            AuditEntry(
                at=now,
                actor=actor,
                action=action or change.action,
                kind=change.kind,
                key=change.key,
                before=None if change.before is None else json.dumps(change.before, sort_keys=True),
                after=None if change.after is None else json.dumps(change.after, sort_keys=True),
            )
        )


def published(session: Session) -> dict[str, Any]:
    """The live content, as a pack-shaped dict."""
    return plain(export_pack(session))


def replace_published(session: Session, pack: ContentPack, actor: str) -> list[Change]:
    """Makes `pack` the live content and audits every entity that changed."""
    before = published(session)
    replace_content(session, pack)
    changes = diff(before, published(session))
    _audit(session, actor, changes)
    return changes


# --- the draft ------------------------------------------------------------------------------
def draft(session: Session) -> dict[str, Any]:
    """The shared draft, or a copy of the published content when nobody is editing."""
    row = session.get(ContentDraft, 1)
    return json.loads(row.pack) if row else published(session)


def save_draft(session: Session, pack: dict[str, Any], actor: str) -> ContentPack:
    """Validates the whole pack (as an import would) and stores it as the draft; PackError if invalid."""
    validated = parse_pack([("draft", json.dumps(pack))])
    data = plain(pack)
    row = session.get(ContentDraft, 1)
    if row is None:
        session.add(ContentDraft(id=1, pack=json.dumps(data), updated_at=_now(), updated_by=actor))
    else:
        row.pack, row.updated_at, row.updated_by = json.dumps(data), _now(), actor
    return validated


def pending(session: Session) -> list[Change]:
    """What publishing the draft would change."""
    row = session.get(ContentDraft, 1)
    return diff(published(session), json.loads(row.pack)) if row else []


def discard_draft(session: Session) -> None:
    """Drops the draft (and an upgrade waiting in it); published content is untouched."""
    session.execute(delete(ContentDraft))
    session.execute(delete(ContentConflict))
    base = session.get(ContentBase, 1)
    if base is not None:
        base.pending = None


def publish(session: Session, actor: str) -> list[Change]:
    """Makes the draft live in one transaction, audits it, and clears the draft."""
    row = session.get(ContentDraft, 1)
    if row is None:
        return []
    pack = parse_pack([("draft", row.pack)])
    changes = replace_published(session, pack, actor)
    base = session.get(ContentBase, 1)
    if base is not None and base.pending:  # an upgrade is live: its seed is the next base
        base.pack, base.pending, base.updated_at = base.pending, None, _now()
    session.execute(delete(ContentDraft))
    session.execute(delete(ContentConflict))
    return changes


# --- upgrades: the seed last taken in, and conflicts for a person to decide ------------------
def seed_base(session: Session) -> dict[str, Any] | None:
    """The seed pack as last taken in, or None for a database seeded before upgrades existed."""
    row = session.get(ContentBase, 1)
    return json.loads(row.pack) if row is not None and row.pack else None


def record_base(session: Session, pack: dict[str, Any], *, pending: bool = False) -> None:
    """Remembers a seed: as the base now, or (pending) once the draft holding it is published."""
    row = session.get(ContentBase, 1)
    if row is None:
        row = ContentBase(id=1, updated_at=_now())
        session.add(row)
    data = json.dumps(plain(pack))
    if pending:
        row.pending = data
    else:
        row.pack, row.pending = data, None
    row.updated_at = _now()


def conflicts(session: Session) -> list[ContentConflict]:
    """Entities waiting for a person to choose between the staff's version and the seed's."""
    return list(session.execute(select(ContentConflict).order_by(ContentConflict.id)).scalars())


def replace_conflicts(session: Session, found: list[tuple[str, str, Any, Any]]) -> None:
    """Stores an upgrade's conflicts (kind, key, ours, theirs), replacing any earlier ones."""
    session.execute(delete(ContentConflict))
    for kind, key, ours, theirs in found:
        session.add(
            ContentConflict(
                kind=kind,
                key=key,
                ours=None if ours is None else json.dumps(ours, sort_keys=True),
                theirs=None if theirs is None else json.dumps(theirs, sort_keys=True),
                created_at=_now(),
            )
        )


# --- whole-database helpers for the CLI ---------------------------------------------------
def is_empty(database_url: str | None = None) -> bool:
    """True when the database holds no content yet."""
    with session_scope(database_url) as session:
        return session.execute(select(func.count()).select_from(Region)).scalar_one() == 0


def import_pack(pack: ContentPack, database_url: str | None = None, actor: str = "cli") -> None:
    """Replaces all content with a validated pack in one transaction, audited."""
    with session_scope(database_url) as session:
        replace_published(session, pack, actor)


def import_files(
    paths: list[Path], database_url: str | None = None, actor: str = "cli"
) -> ContentPack:
    """Validates the files first, so a bad file changes nothing; then imports them."""
    pack = read_pack_files(paths)
    import_pack(pack, database_url, actor)
    return pack


def seed(database_url: str | None = None, *, force: bool = False) -> bool:
    """Loads the seed packs into an empty database (or any, with force); says whether it did."""
    if not force and not is_empty(database_url):
        return False
    import_files([SEED_DIR], database_url, actor="seed")
    with session_scope(database_url) as session:
        record_base(session, published(session))
        session.execute(delete(ContentDraft))
        session.execute(delete(ContentConflict))
    return True


def export_text(database_url: str | None = None) -> str:
    """All published content as one YAML document that import accepts unchanged."""
    with session_scope(database_url) as session:
        return dump_pack(export_pack(session))
