"""Reads content for the bot. Each read checks the content revision (one small query a
session): what was read at the same revision is reused, so an edit shows in the next reply
without every turn reading the route table, facts, topics and apps again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from bot import routing
from bot.content.fill import fill
from bot.content.info import PlatformInfo, SituationInfo, TopicInfo
from bot.content.models import (
    Channel,
    ContentRevision,
    FactText,
    Platform,
    Region,
    Route,
    Site,
    Situation,
    Topic,
)
from bot.content.store import split_lines
from bot.routing import ChannelInfo, RegionInfo, RouteTable, SiteInfo

_CHANNEL_COLUMNS = [getattr(Channel, f.name) for f in fields(ChannelInfo)]

# What was read, by (database, revision, reader, arguments); old revisions age out at the cap.
_CACHE: dict[tuple[Any, ...], Any] = {}
CACHE_ENTRIES = 512
_MISSING = object()
_Read = TypeVar("_Read", bound=Callable[..., Any])


@event.listens_for(Session, "after_flush")
def _written(session: Session, _context: Any) -> None:
    """A session that has written reads what it wrote, uncached: its transaction may yet be
    rolled back, and its revision number with it."""
    session.info["content_written"] = True


@event.listens_for(Session, "do_orm_execute")
def _writes(state: Any) -> None:
    """The same for an UPDATE, INSERT or DELETE statement run through the session."""
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info["content_written"] = True


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _transaction_over(session: Session) -> None:
    """A new transaction reads the revision afresh (a session may outlive one)."""
    session.info.pop("content_revision", None)
    session.info.pop("content_written", None)


def _revision_key(session: Session) -> tuple[str, int] | None:
    """The database and its content revision, read once per session; None (no revision row,
    an unmigrated database, or a session that has written) means: do not cache."""
    if session.info.get("content_written"):
        return None
    if "content_revision" not in session.info:
        revision = session.execute(
            select(ContentRevision.revision).where(ContentRevision.id == 1)
        ).scalar_one_or_none()
        session.info["content_revision"] = revision
    revision = session.info["content_revision"]
    if revision is None:
        return None
    return str(session.get_bind().url), int(revision)


def _by_revision(read: _Read) -> _Read:
    """Reuses a read's result while the content revision stands. The results are frozen
    dataclasses, tuples and read-only mappings: callers must not change them."""

    @functools.wraps(read)
    def cached(session: Session, *args: Any, **kwargs: Any) -> Any:
        where = _revision_key(session)
        if where is None:
            return read(session, *args, **kwargs)
        key = (*where, read.__name__, args, tuple(sorted(kwargs.items())))
        value = _CACHE.get(key, _MISSING)  # one lookup: safe if another thread clears meanwhile
        if value is _MISSING:
            if len(_CACHE) >= CACHE_ENTRIES:
                _CACHE.clear()
            value = _CACHE[key] = read(session, *args, **kwargs)
        return value

    return cached  # type: ignore[return-value]


@_by_revision
def load_route_table(session: Session) -> RouteTable:
    """Loads all regions and routes (tens of rows) as plain rows: read on every turn, so it is
    two queries without ORM objects."""
    regions = {
        row.code: RegionInfo(row.code, row.name, row.emergency_number, row.parent_code, row.note)
        for row in session.execute(
            select(
                Region.code, Region.name, Region.emergency_number, Region.parent_code, Region.note
            )
        )
    }
    routes: dict[tuple[str, str], list[ChannelInfo]] = {}
    rows = session.execute(
        select(Route.region_code, Route.situation_key, *_CHANNEL_COLUMNS)
        .join(Channel, Route.channel_id == Channel.id)
        .order_by(Route.position)
    )
    for region_code, situation_key, *values in rows:
        routes.setdefault((region_code, situation_key), []).append(ChannelInfo(*values))
    return RouteTable(regions=regions, routes={key: tuple(value) for key, value in routes.items()})


@_by_revision
def load_facts(session: Session) -> dict[str, dict[str, str]]:
    """Every fact's text by region (a few rows), for filling advice."""
    facts: dict[str, dict[str, str]] = {}
    for key, region, text in session.execute(
        select(FactText.fact_key, FactText.region, FactText.text)
    ):
        facts.setdefault(key, {})[region] = text
    return facts


def region_filler(
    session: Session, region: str | None, table: RouteTable | None = None
) -> Callable[[str], str]:
    """Fills advice text with the region's channels and facts (bot/content/fill.py); pass the
    route table when the turn has already read it."""
    table = table or load_route_table(session)
    facts = load_facts(session)
    return lambda text: fill(text, region, table, facts)


@_by_revision
def get_site(session: Session, slug: str | None) -> SiteInfo | None:
    """Finds an embedding site by its slug."""
    if not slug:
        return None
    site = session.execute(select(Site).where(Site.slug == slug)).scalar_one_or_none()
    if site is None:
        return None
    return SiteInfo(
        slug=site.slug,
        name=site.name,
        region_code=site.region_code,
        safeguarding_lead_name=site.safeguarding_lead_name,
        safeguarding_lead_contact=site.safeguarding_lead_contact,
        police_force=site.police_force,
        police_contact=site.police_contact,
    )


@_by_revision
def get_topic(
    session: Session, *, intent: str | None = None, key: str | None = None
) -> TopicInfo | None:
    """Finds a topic by the intent that asks for it, or by its key."""
    query = select(Topic)
    if intent:
        query = query.where(Topic.intent == intent)
    elif key:
        query = query.where(Topic.key == key)
    else:
        return None
    topic = session.execute(query).scalar_one_or_none()
    if topic is None:
        return None
    return TopicInfo(
        key=topic.key,
        intent=topic.intent,
        title=topic.title,
        summary=topic.summary,
        follow_up=topic.follow_up,
        sources=tuple(line for line in topic.sources.splitlines() if line.strip()),
        by_age={g.age_band: g.text for g in topic.guidance},
        words={w.age_band: w.text for w in topic.words},
    )


@_by_revision
def list_platforms(session: Session) -> tuple[PlatformInfo, ...]:
    """Every app and game parents may name, in the content store's order."""
    rows = session.execute(select(Platform).order_by(Platform.position)).scalars()
    return tuple(
        PlatformInfo(
            key=row.key,
            name=row.name,
            aliases=tuple(split_lines(row.aliases)),
            kind=row.kind,
            min_age=row.min_age,
            rating=row.rating,
            summary=row.summary,
            settings=tuple(split_lines(row.settings)),
            au_note=row.au_note,
        )
        for row in rows
    )


@_by_revision
def get_situation(session: Session, key: str) -> SituationInfo | None:
    """Finds the advice for a situation."""
    row = session.get(Situation, key)
    if row is None:
        return None
    return SituationInfo(row.key, row.title, row.advice, row.ask_if_safe)


def route_and_advice(
    session: Session,
    situation: str,
    region: str,
    site_slug: str | None,
    follow_up: str | None = None,
    table: RouteTable | None = None,
) -> tuple[routing.Route, SituationInfo | None]:
    """The route for a situation in a region (with the site's lead) and the situation's advice.

    `follow_up`: for an emergency, the kind of emergency, whose channels follow the number;
    `table`: the route table, when the turn has already read it.
    """
    table = table or load_route_table(session)
    found = routing.route(situation, region, table, get_site(session, site_slug), follow_up)
    return found, get_situation(session, situation)
