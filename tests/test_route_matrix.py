"""Every region times every situation, generated from the shipped content pack, not listed by hand.

A parent in each of the nine regions, for each situation, is sent to a checked channel that
serves that region, or told plainly that none is held and what to do instead; the few cells
below that hand-check the first channel are the ones a review found wrong before.
"""

from __future__ import annotations

from functools import cache

import pytest

from bot.content.pack_io import read_pack_files
from bot.content.preview import route_table
from bot.content.schema import ContentPack
from bot.content.service import SEED_DIR
from bot.replies import route_messages
from bot.routing import RouteTable, route
from bot.situations import (
    ABUSE_IMAGES,
    ABUSE_IN_PERSON,
    ADULT_BEHAVIOUR,
    CONCERN,
    EMERGENCY,
    GROOMING,
    SELF_HARM,
    SEXTORTION,
    SITUATIONS,
)

# Services that serve families in every region (named in the facts without a country limit).
WORLDWIDE = {"us-take-it-down"}
# The only region whose cells may hold no checked channel: the facts cover six countries.
EMPTY_ALLOWED = {"OTHER"}


@cache
def pack() -> ContentPack:
    return read_pack_files([SEED_DIR])


@cache
def table() -> RouteTable:
    return route_table(pack())


def country(code: str) -> str:
    regions = {r.code: r for r in pack().regions}
    while regions[code].parent:
        code = regions[code].parent
    return code


def channel_region(key: str) -> str:
    return next(c.region for c in pack().channels if c.key == key)


REGIONS = [r.code for r in read_pack_files([SEED_DIR]).regions]
CELLS = [(region, situation) for region in REGIONS for situation in SITUATIONS]


@pytest.mark.parametrize(("region", "situation"), CELLS)
def test_every_cell_routes_to_checked_channels_that_serve_the_region(
    region: str, situation: str
) -> None:
    found = route(situation, region, table())
    if region not in EMPTY_ALLOWED:
        assert found.channels, f"{region}/{situation} has no checked channel"
    for channel in found.channels:
        assert channel.verified
        home = channel_region(channel.key)
        if channel.key not in WORLDWIDE:
            # No UK-only channel outside the UK, and a nation's own channel only in that nation.
            assert country(home) == country(region), f"{channel.key} routed in {region}"
            assert home in (region, country(region)), f"{channel.key} routed in {region}"
    text = "\n".join(route_messages(found, None))
    assert found.emergency_number in text
    if not found.channels:
        assert "I don't hold a checked specialist service" in text
        assert "local police" in text


@pytest.mark.parametrize("region", REGIONS)
def test_an_emergency_is_followed_by_the_channels_for_its_kind(region: str) -> None:
    for kind in (SELF_HARM, ABUSE_IN_PERSON, GROOMING, SEXTORTION):
        follow = route(EMERGENCY, region, table(), follow_up=kind)
        own = route(kind, region, table())
        assert follow.channels == (own.channels or route(EMERGENCY, region, table()).channels)
        assert follow.emergency_number == own.emergency_number
    images = route(EMERGENCY, region, table(), follow_up=ABUSE_IMAGES)
    assert images.channels == (
        route(ABUSE_IN_PERSON, region, table()).channels
        or route(EMERGENCY, region, table()).channels
    )
    # An emergency of no known kind (a missing child): never the online-abuse centre first.
    unknown = route(EMERGENCY, region, table())
    assert not unknown.channels or unknown.channels[0].key not in {
        "uk-ceop",
        "us-cybertipline",
        "au-accce",
        "ca-cybertip",
    }


def test_every_channel_is_sourced_and_every_unconfirmed_one_is_held_back() -> None:
    for channel in pack().channels:
        assert len(channel.source) > 10, channel.key
        if "UNCONFIRMED" in channel.source.split("(via")[0]:
            assert not channel.verified, channel.key
    shown = {c.key for cell in table().routes.values() for c in cell if c.verified}
    held = {c.key for c in pack().channels if not c.verified}
    assert held and not shown & held


@pytest.mark.parametrize(
    ("region", "situation", "first"),
    [
        ("UK-NIR", ABUSE_IN_PERSON, "nir-gateway"),  # not England's "council social care"
        ("UK-NIR", SELF_HARM, "nir-lifeline"),
        ("UK", SELF_HARM, "uk-papyrus"),  # a line for the worried parent, beside Childline
        ("IE", SELF_HARM, "ie-samaritans"),
        ("US", SELF_HARM, "us-988"),
        ("CA", SELF_HARM, "ca-988"),
        ("AU", SELF_HARM, "au-lifeline"),
        ("NZ", SELF_HARM, "nz-1737"),
        ("US", ABUSE_IN_PERSON, "us-cps"),  # Childhelp is not a reporting line
        ("CA", ABUSE_IN_PERSON, "ca-child-welfare"),
        ("AU", ABUSE_IN_PERSON, "au-child-protection"),
        ("NZ", ABUSE_IN_PERSON, "nz-oranga-tamariki"),
        ("US", ADULT_BEHAVIOUR, "us-stop-it-now"),
        ("AU", ADULT_BEHAVIOUR, "au-stop-it-now"),
        ("IE", ADULT_BEHAVIOUR, "ie-stop-it-now"),
        ("UK-SCT", GROOMING, "uk-ceop"),
        ("US", SEXTORTION, "us-fbi"),
        ("UK", CONCERN, "uk-nspcc"),
        ("US", CONCERN, "us-childhelp"),
        ("OTHER", ABUSE_IMAGES, "inhope"),
    ],
)
def test_the_first_channel_is_right_where_a_review_found_it_wrong(
    region: str, situation: str, first: str
) -> None:
    assert route(situation, region, table()).channels[0].key == first


def test_northern_ireland_never_gets_englands_council_social_care() -> None:
    for situation in SITUATIONS:
        keys = {c.key for c in route(situation, "UK-NIR", table()).channels}
        assert "uk-social-care" not in keys, situation


def test_self_harm_gives_a_crisis_line_for_the_parent_beside_the_childs_helpline() -> None:
    for region in ("UK", "IE", "CA", "AU"):
        keys = [c.key for c in route(SELF_HARM, region, table()).channels]
        assert len(keys) >= 2, region
