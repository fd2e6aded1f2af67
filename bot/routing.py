"""Routing: (situation, region, site) -> the ordered places a parent should go, as a pure function."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from bot.situations import (
    ABUSE_IMAGES,
    ABUSE_IN_PERSON,
    ADULT_BEHAVIOUR,
    CONCERN,
    EMERGENCY,
    GROOMING,
    OWN_CHILD_IMAGE,
    SELF_HARM,
    SEXTORTION,
    SITUATIONS,
)

DEFAULT_REGION = "UK"
FALLBACK_REGION = "OTHER"
# Situations a school's safeguarding lead should hear about as well.
SCHOOL_SITUATIONS = frozenset(
    {EMERGENCY, GROOMING, OWN_CHILD_IMAGE, SEXTORTION, ABUSE_IN_PERSON, SELF_HARM}
)
# After the emergency number, the channels that fit the kind of emergency. Images found on the
# device of someone who is with a child now, or an adult behaving worryingly with a child now,
# are a child at risk from that person: the abuse-in-person route (police, social care).
EMERGENCY_FOLLOW_UP = {ABUSE_IMAGES: ABUSE_IN_PERSON, ADULT_BEHAVIOUR: ABUSE_IN_PERSON}


@dataclass(frozen=True)
class ChannelInfo:
    """A channel as a parent sees it."""

    key: str
    name: str
    purpose: str
    phone: str | None = None
    url: str | None = None
    email: str | None = None
    hours: str | None = None
    anonymous: str = "unknown"
    anonymity_note: str | None = None
    what_happens: str | None = None
    verified: bool = True
    sms: str | None = None
    sms_keyword: str | None = None


def channel_info(source: Any) -> ChannelInfo:
    """Copies a stored channel (a database row or a pack entry: same field names) for routing."""
    return ChannelInfo(**{f.name: getattr(source, f.name) for f in fields(ChannelInfo)})


@dataclass(frozen=True)
class RegionInfo:
    """A region's emergency number and the country it belongs to."""

    code: str
    name: str
    emergency_number: str
    parent_code: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SiteInfo:
    """An embedding school's region and local contacts."""

    slug: str
    name: str
    region_code: str
    safeguarding_lead_name: str | None = None
    safeguarding_lead_contact: str | None = None
    police_force: str | None = None
    police_contact: str | None = None


@dataclass(frozen=True)
class RouteTable:
    """Everything routing needs, read from the content store in one go."""

    regions: Mapping[str, RegionInfo]
    routes: Mapping[tuple[str, str], Sequence[ChannelInfo]] = field(default_factory=dict)


@dataclass(frozen=True)
class Route:
    """The answer to "where do I go?": the emergency number first, then channels in order."""

    situation: str
    region: RegionInfo
    emergency_number: str
    channels: tuple[ChannelInfo, ...]
    site: SiteInfo | None = None
    notes: tuple[str, ...] = ()


def effective_region(
    said: str | None, site_region: str | None, default: str = DEFAULT_REGION
) -> str:
    """What the parent said wins over the site's region, which wins over the default."""
    return said or site_region or default


def resolve_region(code: str | None, table: RouteTable) -> RegionInfo:
    """Finds the region for a code; an unknown code gets the 'anywhere else' region."""
    if code and code in table.regions:
        return table.regions[code]
    if FALLBACK_REGION in table.regions:
        return table.regions[FALLBACK_REGION]
    return RegionInfo(FALLBACK_REGION, "another country", "your local emergency number")


def lineage(region: RegionInfo, table: RouteTable) -> list[RegionInfo]:
    """The region, then its country (a nation inherits its country's lists and facts)."""
    chain = [region]
    while chain[-1].parent_code and chain[-1].parent_code in table.regions:
        parent = table.regions[chain[-1].parent_code]
        if parent in chain:
            break
        chain.append(parent)
    return chain


def emergency_kind(triage_situation: str | None, rules: Iterable[str] = ()) -> str | None:
    """The kind of an emergency, from what the triage found: the situation it lifted to danger
    now, else the first situation whose cues fired beside the danger."""
    if triage_situation and triage_situation not in (EMERGENCY, CONCERN):
        return triage_situation
    return next((rule for rule in rules if rule in SITUATIONS and rule != EMERGENCY), None)


def listed(
    situation: str, chain: list[RegionInfo], table: RouteTable
) -> tuple[RegionInfo, Sequence[ChannelInfo]] | None:
    """The nearest region in the lineage with a list for the situation, and that list (checked
    channels or not)."""
    for candidate in chain:
        found = table.routes.get((candidate.code, situation))
        if found is not None:
            return candidate, found
    return None


def _channels(
    situation: str, chain: list[RegionInfo], table: RouteTable
) -> tuple[ChannelInfo, ...] | None:
    """The checked channels of the nearest list for the situation."""
    found = listed(situation, chain, table)
    return None if found is None else tuple(channel for channel in found[1] if channel.verified)


def route(
    situation: str,
    region_code: str | None,
    table: RouteTable,
    site: SiteInfo | None = None,
    follow_up: str | None = None,
) -> Route:
    """Orders the channels for a situation in a region; a nation uses its country's list if it has none.

    For an emergency, `follow_up` (its kind) picks the channels that come after the number.
    """
    region = resolve_region(region_code, table)
    chain = lineage(region, table)
    channels: tuple[ChannelInfo, ...] | None = None
    if situation == EMERGENCY and follow_up and follow_up != EMERGENCY:
        channels = _channels(EMERGENCY_FOLLOW_UP.get(follow_up, follow_up), chain, table) or None
    if channels is None:
        channels = _channels(situation, chain, table) or ()
    notes = (region.note,) if region.note else ()
    use_site = site if site is not None and situation in SCHOOL_SITUATIONS else None
    if use_site is not None and use_site.region_code not in {r.code for r in chain}:
        use_site = None  # a school in another region cannot help with this one's routes
    return Route(
        situation=situation,
        region=region,
        emergency_number=region.emergency_number,
        channels=channels,
        site=use_site,
        notes=notes,
    )


# The order a parent reads the overview in: the helpline for a worry first, then the
# specialist services.
OVERVIEW_ORDER = (CONCERN, GROOMING, SEXTORTION, OWN_CHILD_IMAGE, ABUSE_IMAGES, ABUSE_IN_PERSON,
                  ADULT_BEHAVIOUR, SELF_HARM)  # fmt: skip


def overview(region_code: str | None, table: RouteTable) -> Route:
    """Every checked channel of a region, once each, for "who do you actually report to?":
    a question about the services, not a disclosure."""
    region = resolve_region(region_code, table)
    chain = lineage(region, table)
    seen: dict[str, ChannelInfo] = {}
    for situation in OVERVIEW_ORDER:
        for channel in _channels(situation, chain, table) or ():
            seen.setdefault(channel.key, channel)
    notes = (region.note,) if region.note else ()
    return Route(CONCERN, region, region.emergency_number, tuple(seen.values()), None, notes)
