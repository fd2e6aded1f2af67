"""Taking a new seed pack into a database whose content staff have edited, without losing an edit.

A three-way merge per entity (a channel, a region, a topic, a fact, a site) and per route cell
(region x situation). The base is the seed as last taken in (stored beside the content); ours
is what is live now; theirs is the new seed:

- ours equals theirs: nothing to do;
- ours equals the base: staff never touched it, so the new seed's version is taken;
- theirs equals the base: the seed did not change it, so the staff edit stays;
- all three differ: a conflict. The staff version stays and the seed's version is kept for a
  person to decide in the console. With no base (a database seeded before upgrades existed),
  anything the seed and the live content disagree on is a conflict, never overwritten.

The result goes into the console's draft, not live: staff see every change before publishing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.content.service import KEYED_KINDS, plain

ROUTE_KIND = "route"

Pack = dict[str, Any]


@dataclass(frozen=True)
class Conflict:
    """One entity both the staff and the new seed changed: ours stays until a person decides."""

    kind: str  # a pack section ("channels", "topics", ...) or "route"
    key: str  # the entity's key, or "REGION/situation" for a route cell
    ours: Any
    theirs: Any


@dataclass
class Merge:
    """The merged pack and what happened to each entity."""

    pack: Pack
    taken: list[str] = field(default_factory=list)  # the seed's new or changed entities taken in
    kept: list[str] = field(default_factory=list)  # staff edits left in place
    conflicts: list[Conflict] = field(default_factory=list)


def _pick(base: Any, ours: Any, theirs: Any, has_base: bool) -> tuple[Any, str]:
    """Which version wins, and why: same, taken, kept or conflict."""
    if ours == theirs:
        return ours, "same"
    if has_base and ours == base:
        return theirs, "taken"
    if has_base and theirs == base:
        return ours, "kept"
    if not has_base and ours is None:
        return theirs, "taken"  # new in the seed
    if not has_base and theirs is None:
        return ours, "kept"  # added by staff
    return ours, "conflict"


def three_way(base: Pack | None, ours: Pack, theirs: Pack) -> Merge:
    """Merges the new seed (theirs) into the live content (ours) given the last seed (base)."""
    base, ours, theirs = _plain(base or {}), _plain(ours), _plain(theirs)
    has_base = bool(base)
    merged: Pack = {"version": theirs.get("version", 1)}
    result = Merge(merged)
    for kind, id_field in KEYED_KINDS.items():
        old = {item[id_field]: item for item in base.get(kind, [])}
        mine = {item[id_field]: item for item in ours.get(kind, [])}
        new = {item[id_field]: item for item in theirs.get(kind, [])}
        order = list(mine) + [key for key in new if key not in mine]
        items = []
        for key in order:
            value, why = _pick(old.get(key), mine.get(key), new.get(key), has_base)
            _note(result, why, kind, key, mine.get(key), new.get(key))
            if value is not None:
                items.append(value)
        merged[kind] = items
    routes: dict[str, dict[str, list[str]]] = {}
    cells = _cells(ours) + [cell for cell in _cells(theirs) if cell not in _cells(ours)]
    for region, situation in cells:
        old_cell = base.get("routes", {}).get(region, {}).get(situation)
        mine_cell = ours.get("routes", {}).get(region, {}).get(situation)
        new_cell = theirs.get("routes", {}).get(region, {}).get(situation)
        value, why = _pick(old_cell, mine_cell, new_cell, has_base)
        _note(result, why, ROUTE_KIND, f"{region}/{situation}", mine_cell, new_cell)
        if value is not None:
            routes.setdefault(region, {})[situation] = value
    merged["routes"] = routes
    return result


def _note(result: Merge, why: str, kind: str, key: str, ours: Any, theirs: Any) -> None:
    label = f"{kind} {key}"
    if why == "taken":
        result.taken.append(label)
    elif why == "kept":
        result.kept.append(label)
    elif why == "conflict":
        result.conflicts.append(Conflict(kind, key, ours, theirs))


def _cells(pack: Pack) -> list[tuple[str, str]]:
    return [
        (region, situation)
        for region, by_situation in pack.get("routes", {}).items()
        for situation in by_situation
    ]


def _plain(pack: Pack) -> Pack:
    """JSON-ready, with absent and empty-None fields alike, so an export and a seed compare."""
    return _drop_none(plain(pack))


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


def apply_choice(draft: Pack, conflict: Conflict) -> Pack:
    """The draft with the seed's version of one conflicting entity (or its removal)."""
    pack = _plain(draft)
    if conflict.kind == ROUTE_KIND:
        region, situation = conflict.key.split("/", 1)
        cells = pack.setdefault("routes", {}).setdefault(region, {})
        if conflict.theirs is None:
            cells.pop(situation, None)
        else:
            cells[situation] = conflict.theirs
        return pack
    id_field = KEYED_KINDS[conflict.kind]
    items = [item for item in pack.get(conflict.kind, []) if item[id_field] != conflict.key]
    if conflict.theirs is not None:
        position = next(
            (
                i
                for i, item in enumerate(pack.get(conflict.kind, []))
                if item[id_field] == conflict.key
            ),
            len(items),
        )
        items.insert(position, conflict.theirs)
    pack[conflict.kind] = items
    return pack


def run_upgrade(
    database_url: str | None = None,
    *,
    publish: bool = False,
    seed_dir: Any = None,
    base_dir: Any = None,
) -> Merge:
    """Merges the seed under data/content into the draft; publishes it only when asked and
    nothing conflicts. Raises PackError (nothing changed) if the merge is not a valid pack.

    `base_dir`: the seed this database was first loaded from (say, the release's data/content),
    for a database that has no base recorded; a recorded base always wins."""
    from bot.content import service
    from bot.content.db import session_scope
    from bot.content.pack_io import read_pack_files

    new_seed = read_pack_files([seed_dir or service.SEED_DIR]).dict()
    with session_scope(database_url) as session:
        base = service.seed_base(session)
        if base is None and base_dir is not None:
            base = read_pack_files([base_dir]).dict()
        merge = three_way(base, service.published(session), new_seed)
        service.save_draft(session, merge.pack, "content upgrade")
        service.record_base(session, new_seed, pending=True)
        service.replace_conflicts(
            session, [(c.kind, c.key, c.ours, c.theirs) for c in merge.conflicts]
        )
        if publish and not merge.conflicts:
            service.publish(session, "content upgrade")
    return merge
