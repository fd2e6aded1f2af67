"""Content packs in the database: replace all content with a pack, or read it all back as one."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.content.models import (
    Channel,
    Fact,
    FactText,
    Platform,
    Region,
    Route,
    Site,
    Situation,
    Topic,
    TopicGuidance,
    TopicWords,
)
from bot.content.schema import ContentPack
from bot.situations import SITUATIONS


def _lines(items: list[str]) -> str:
    return "\n".join(items)


def replace_content(session: Session, pack: ContentPack) -> None:
    """Replaces all content with the pack's, in the caller's transaction (all or nothing)."""
    for model in (
        Route, TopicWords, TopicGuidance, Topic, FactText, Fact, Platform, Site, Channel, Situation
    ):  # fmt: skip
        session.execute(delete(model))
    session.execute(delete(Region).where(Region.parent_code.is_not(None)))
    session.execute(delete(Region))
    session.flush()
    codes = [region.code for region in pack.regions]
    for has_parent in (False, True):  # a nation's row needs its country's row first
        for region in pack.regions:
            if (region.parent is not None) == has_parent:
                session.add(
                    Region(
                        code=region.code,
                        name=region.name,
                        emergency_number=region.emergency_number,
                        parent_code=region.parent,
                        note=region.note,
                        position=codes.index(region.code),
                    )
                )
        session.flush()
    for situation in pack.situations:
        session.add(Situation(**situation.dict()))
    channels = {}
    for channel in pack.channels:
        row = Channel(**{**channel.dict(exclude={"region"}), "region_code": channel.region})
        channels[channel.key] = row
        session.add(row)
    session.flush()
    for region, by_situation in pack.routes.items():
        for situation, keys in by_situation.items():
            for position, key in enumerate(keys):
                session.add(
                    Route(
                        region_code=region,
                        situation_key=situation,
                        position=position,
                        channel_id=channels[key].id,
                    )
                )
    for site in pack.sites:
        data = site.dict(exclude={"region", "allowed_origins"})
        session.add(
            Site(**data, region_code=site.region, allowed_origins=_lines(site.allowed_origins))
        )
    for position, topic in enumerate(pack.topics):
        row = Topic(
            key=topic.key,
            intent=topic.intent,
            title=topic.title,
            summary=topic.summary,
            follow_up=topic.follow_up,
            sources=_lines(topic.sources),
            position=position,
        )
        for band, text in (topic.by_age or {}).items():
            row.guidance.append(TopicGuidance(age_band=band, text=text))
        for band, text in (topic.words or {}).items():
            row.words.append(TopicWords(age_band=band, text=text))
        session.add(row)
    for position, platform in enumerate(pack.platforms):
        data = platform.dict(exclude={"aliases", "settings", "sources"})
        session.add(
            Platform(
                **data,
                aliases=_lines(platform.aliases),
                settings=_lines(platform.settings),
                sources=_lines(platform.sources),
                position=position,
            )
        )
    for position, fact in enumerate(pack.facts):
        row = Fact(key=fact.key, source=fact.source, position=position)
        for region, text in fact.text.items():
            row.texts.append(FactText(region=region, text=text))
        session.add(row)
    session.flush()


def split_lines(text: str | None) -> list[str]:
    """The non-empty lines of a stored list (aliases, settings, channel keys), stripped."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def export_pack(session: Session) -> dict[str, Any]:
    """Reads all content back into the pack's shape, so export -> import changes nothing."""
    regions = session.execute(select(Region).order_by(Region.position)).scalars().all()
    channels = session.execute(select(Channel).order_by(Channel.id)).scalars().all()
    routes: dict[str, dict[str, list[str]]] = {region.code: {} for region in regions}
    rows = session.execute(select(Route).order_by(Route.position)).scalars().all()
    for route in sorted(rows, key=lambda r: (SITUATIONS.index(r.situation_key), r.position)):
        routes[route.region_code].setdefault(route.situation_key, []).append(route.channel.key)
    routes = {region: by_situation for region, by_situation in routes.items() if by_situation}
    pack = {
        "version": 1,
        "regions": [
            _drop_none(
                {
                    "code": r.code,
                    "name": r.name,
                    "emergency_number": r.emergency_number,
                    "parent": r.parent_code,
                    "note": r.note,
                }
            )
            for r in regions
        ],
        "situations": [
            _drop_none(
                {
                    "key": s.key,
                    "title": s.title,
                    "ask_if_safe": s.ask_if_safe,
                    "advice": s.advice,
                    "source": s.source,
                }
            )
            for s in sorted(
                session.execute(select(Situation)).scalars(), key=lambda s: SITUATIONS.index(s.key)
            )
        ],
        "channels": [
            _drop_none(
                {
                    "key": c.key,
                    "region": c.region_code,
                    "name": c.name,
                    "purpose": c.purpose,
                    "phone": c.phone,
                    "sms": c.sms,
                    "sms_keyword": c.sms_keyword,
                    "url": c.url,
                    "email": c.email,
                    "hours": c.hours,
                    "anonymous": c.anonymous,
                    "anonymity_note": c.anonymity_note,
                    "what_happens": c.what_happens,
                    "source": c.source,
                    "verified": c.verified,
                    "verified_on": c.verified_on,
                }
            )
            for c in channels
        ],
        "routes": routes,
        "sites": [
            _drop_none(
                {
                    "slug": s.slug,
                    "name": s.name,
                    "region": s.region_code,
                    "safeguarding_lead_name": s.safeguarding_lead_name,
                    "safeguarding_lead_contact": s.safeguarding_lead_contact,
                    "police_force": s.police_force,
                    "police_contact": s.police_contact,
                    "greeting": s.greeting,
                    "primary_colour": s.primary_colour,
                    "allowed_origins": split_lines(s.allowed_origins),
                }
            )
            for s in session.execute(select(Site).order_by(Site.slug)).scalars()
        ],
        "topics": [
            _drop_none(
                {
                    "key": t.key,
                    "intent": t.intent,
                    "title": t.title,
                    "sources": split_lines(t.sources),
                    "summary": t.summary,
                    "by_age": {g.age_band: g.text for g in t.guidance} or None,
                    "follow_up": t.follow_up,
                    "words": {w.age_band: w.text for w in t.words} or None,
                }
            )
            for t in session.execute(select(Topic).order_by(Topic.position)).scalars()
        ],
        "platforms": [
            _drop_none(
                {
                    "key": p.key,
                    "name": p.name,
                    "aliases": split_lines(p.aliases),
                    "kind": p.kind,
                    "min_age": p.min_age,
                    "rating": p.rating,
                    "summary": p.summary,
                    "settings": split_lines(p.settings),
                    "au_note": p.au_note,
                    "sources": split_lines(p.sources),
                    "checked": p.checked.isoformat() if p.checked else None,
                }
            )
            for p in session.execute(select(Platform).order_by(Platform.position)).scalars()
        ],
        "facts": [
            {"key": f.key, "source": f.source, "text": {t.region: t.text for t in f.texts}}
            for f in session.execute(select(Fact).order_by(Fact.position)).scalars()
        ],
    }
    return pack


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}
