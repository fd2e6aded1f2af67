"""Builds what the bot would say from a content pack in memory: the console's preview of a draft."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.fill import fill
from bot.content.info import SituationInfo, TopicInfo
from bot.content.schema import ContentPack
from bot.replies import route_reply as compose_route_reply
from bot.replies import topic_message
from bot.routing import RegionInfo, RouteTable, SiteInfo, channel_info, lineage, listed
from bot.situations import SITUATIONS


def route_table(pack: ContentPack) -> RouteTable:
    """The same table load_route_table reads from the database, from a pack instead."""
    channels = {c.key: channel_info(c) for c in pack.channels}
    regions = {
        r.code: RegionInfo(r.code, r.name, r.emergency_number, r.parent, r.note)
        for r in pack.regions
    }
    routes = {
        (region, situation): tuple(channels[key] for key in keys)
        for region, by_situation in pack.routes.items()
        for situation, keys in by_situation.items()
    }
    return RouteTable(regions=regions, routes=routes)


@dataclass(frozen=True)
class MatrixCell:
    """What a parent in one region gets for one situation: the channels shown, in order."""

    shown: tuple[str, ...]  # channel names parents see
    unverified: tuple[str, ...]  # channels in the list held back until checked
    inherited_from: str | None  # the country whose list a nation uses


@dataclass(frozen=True)
class MatrixRow:
    region: str
    name: str
    emergency_number: str
    cells: tuple[MatrixCell, ...]


def route_matrix(pack: ContentPack) -> list[MatrixRow]:
    """Region x situation, as the bot would route with this pack: for staff to spot gaps."""
    table = route_table(pack)
    rows = []
    for region in pack.regions:
        chain = lineage(table.regions[region.code], table)
        cells = []
        for situation in SITUATIONS:
            source, channels = listed(situation, chain, table) or (None, ())
            cells.append(
                MatrixCell(
                    shown=tuple(c.name for c in channels if c.verified),
                    unverified=tuple(c.name for c in channels if not c.verified),
                    inherited_from=source.code if source and source.code != region.code else None,
                )
            )
        rows.append(MatrixRow(region.code, region.name, region.emergency_number, tuple(cells)))
    return rows


def route_reply(
    pack: ContentPack, situation: str, region: str, site_slug: str | None = None
) -> list[str]:
    """The messages that route a disclosure, as the bot would send them with this pack live."""
    info = next((s for s in pack.situations if s.key == situation), None)
    situation_info = (
        SituationInfo(info.key, info.title, info.advice, info.ask_if_safe) if info else None
    )
    site = next((s for s in pack.sites if s.slug == site_slug), None)
    site_info = (
        SiteInfo(
            site.slug, site.name, site.region, site.safeguarding_lead_name,
            site.safeguarding_lead_contact, site.police_force, site.police_contact,
        )
        if site
        else None
    )  # fmt: skip
    return compose_route_reply(route_table(pack), situation_info, situation, region, site_info)


def topic_reply(
    pack: ContentPack, topic_key: str, age_band: str | None, region: str | None = None
) -> str | None:
    """A topic's answer for an age band and region, as the bot would send it with this pack live."""
    topic = next((t for t in pack.topics if t.key == topic_key), None)
    if topic is None:
        return None
    info = TopicInfo(
        key=topic.key, intent=topic.intent, title=topic.title, summary=topic.summary,
        follow_up=topic.follow_up, sources=tuple(topic.sources), by_age=dict(topic.by_age or {}),
    )  # fmt: skip
    table, facts = route_table(pack), {f.key: f.text for f in pack.facts}
    return topic_message(info, age_band, lambda text: fill(text, region, table, facts))
