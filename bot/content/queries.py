"""Reads content for the bot: every call hits the database, so an edit shows in the next reply."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import routing
from bot.content.models import Channel, Region, Route, Site, Situation, Topic
from bot.routing import ChannelInfo, RegionInfo, RouteTable, SiteInfo


@dataclass(frozen=True)
class TopicInfo:
    """A topic's advice, with the text for each age band it has."""

    key: str
    intent: str
    title: str
    summary: str
    follow_up: str | None
    sources: tuple[str, ...]
    by_age: dict[str, str]

    @property
    def depends_on_age(self) -> bool:
        """True when the advice differs by age, so the bot should ask the child's age."""
        return bool(self.by_age)


@dataclass(frozen=True)
class SituationInfo:
    """The advice that goes with every route for one situation."""

    key: str
    title: str
    advice: str
    ask_if_safe: bool


def channel_info(channel: Channel) -> ChannelInfo:
    """Copies a channel row into the plain form routing uses."""
    return ChannelInfo(
        key=channel.key,
        name=channel.name,
        purpose=channel.purpose,
        phone=channel.phone,
        url=channel.url,
        email=channel.email,
        hours=channel.hours,
        anonymous=channel.anonymous,
        anonymity_note=channel.anonymity_note,
        what_happens=channel.what_happens,
        verified=channel.verified,
    )


def load_route_table(session: Session) -> RouteTable:
    """Loads all regions and routes; the whole table is small (tens of rows)."""
    regions = {
        r.code: RegionInfo(r.code, r.name, r.emergency_number, r.parent_code, r.note)
        for r in session.execute(select(Region)).scalars()
    }
    routes: dict[tuple[str, str], list[ChannelInfo]] = {}
    rows = session.execute(
        select(Route, Channel)
        .join(Channel, Route.channel_id == Channel.id)
        .order_by(Route.position)
    ).all()
    for route, channel in rows:
        routes.setdefault((route.region_code, route.situation_key), []).append(
            channel_info(channel)
        )
    return RouteTable(regions=regions, routes={key: tuple(value) for key, value in routes.items()})


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
    )


def get_situation(session: Session, key: str) -> SituationInfo | None:
    """Finds the advice for a situation."""
    row = session.get(Situation, key)
    if row is None:
        return None
    return SituationInfo(row.key, row.title, row.advice, row.ask_if_safe)


def route_and_advice(
    session: Session, situation: str, region: str, site_slug: str | None
) -> tuple[routing.Route, SituationInfo | None]:
    """The route for a situation in a region (with the site's lead) and the situation's advice."""
    table = load_route_table(session)
    found = routing.route(situation, region, table, get_site(session, site_slug))
    return found, get_situation(session, situation)


def route_reply(session: Session, situation: str, region: str, site_slug: str | None) -> list[str]:
    """The messages that route a disclosure, from live content: what both routing actions send."""
    from bot.replies import route_messages

    return route_messages(*route_and_advice(session, situation, region, site_slug))


def continuation_reply(
    session: Session,
    kind: str,
    situation: str,
    region: str,
    site_slug: str | None,
    age_band: str | None,
) -> list[str]:
    """The messages that go on with an open disclosure; every one ends with where to go next."""
    from bot import disclosure_flow as flow
    from bot.replies import region_confirmation, route_messages, route_reminder, talk_advice

    routed, info = route_and_advice(session, situation, region, site_slug)
    if kind == flow.REGION_CHANGED:
        return [region_confirmation(routed.region.name), *route_messages(routed, info)]
    if kind == flow.ROUTE_AGAIN:
        return route_messages(routed, info)
    messages: list[str] = []
    if kind == flow.SAFE:
        messages.append("I'm glad the child is safe right now. Here is what can help next.")
    elif kind == flow.NOT_SAFE:
        messages.append("Stay with the child if you can. Once they are safe, these can help.")
    elif kind == flow.REMIND:
        messages.append("I'm still here. Here is where to go next.")
    elif kind == flow.CLOSING:
        messages.append(
            "You're welcome. You did the right thing by acting on this. You can come back any "
            "time, day or night."
        )
    if kind in (flow.SAFE, flow.HOW_TO_TALK):
        topic = get_topic(session, key="child_disclosed")
        if topic is not None:
            messages.append(talk_advice(topic, age_band))
    messages.append(route_reminder(routed))
    return messages
