"""Routing as a pure function: (situation, region, site) -> ordered channels."""

from __future__ import annotations

from bot.replies import overview_messages
from bot.routing import (
    ChannelInfo,
    RegionInfo,
    RouteTable,
    SiteInfo,
    effective_region,
    overview,
    route,
)

CEOP = ChannelInfo("uk-ceop", "CEOP", "online abuse")
NSPCC = ChannelInfo("uk-nspcc", "NSPCC", "any adult worried", phone="0808 800 5000")
UNCHECKED = ChannelInfo("us-fbi", "FBI", "tips", verified=False)
CYBERTIP = ChannelInfo("us-cybertip", "CyberTipline", "online enticement")
TABLE = RouteTable(
    regions={
        "UK": RegionInfo("UK", "United Kingdom", "999", note="E&W law"),
        "UK-SCT": RegionInfo("UK-SCT", "Scotland", "999", parent_code="UK", note="Scots law"),
        "US": RegionInfo("US", "United States", "911"),
        "OTHER": RegionInfo("OTHER", "Another country", "your local emergency number"),
    },
    routes={
        ("UK", "grooming"): (CEOP, NSPCC),
        ("US", "grooming"): (CYBERTIP, UNCHECKED),
    },
)
SCHOOL = SiteInfo("demo", "Demo School", "UK", "Ms Lead", "office", "Demo Police")


def test_orders_channels_for_the_region() -> None:
    result = route("grooming", "UK", TABLE)
    assert [c.key for c in result.channels] == ["uk-ceop", "uk-nspcc"]
    assert result.emergency_number == "999"


def test_a_nation_uses_its_countrys_routes_and_its_own_note() -> None:
    result = route("grooming", "UK-SCT", TABLE)
    assert [c.key for c in result.channels] == ["uk-ceop", "uk-nspcc"]
    assert result.region.name == "Scotland"
    assert result.notes == ("Scots law",)


def test_unverified_channels_never_reach_a_parent() -> None:
    assert [c.key for c in route("grooming", "US", TABLE).channels] == ["us-cybertip"]


def test_unknown_region_gets_anywhere_else_with_local_emergency_number() -> None:
    result = route("grooming", "FR", TABLE)
    assert result.region.code == "OTHER"
    assert result.channels == ()
    assert result.emergency_number == "your local emergency number"


def test_no_route_means_no_channels_not_an_error() -> None:
    assert route("self_harm", "US", TABLE).channels == ()


def test_site_is_added_for_school_situations_in_its_region() -> None:
    assert route("grooming", "UK", TABLE, SCHOOL).site == SCHOOL
    assert route("grooming", "UK-SCT", TABLE, SCHOOL).site == SCHOOL
    assert route("grooming", "US", TABLE, SCHOOL).site is None
    assert route("adult_behaviour", "UK", TABLE, SCHOOL).site is None


def test_region_precedence() -> None:
    assert effective_region("US", "UK") == "US"
    assert effective_region(None, "IE") == "IE"
    assert effective_region(None, None) == "UK"


def test_the_overview_lists_each_checked_channel_once_helpline_first() -> None:
    table = RouteTable(
        regions=TABLE.regions,
        routes={**TABLE.routes, ("UK", "concern"): (NSPCC,), ("UK", "sextortion"): (CEOP,)},
    )
    found = overview("UK-SCT", table)
    assert [c.key for c in found.channels] == ["uk-nspcc", "uk-ceop"]
    text = "\n".join(overview_messages(found))
    assert "Where to report or get help in Scotland" in text and "0808 800 5000" in text
    assert "call 999" in text and text.startswith("Scots law")
    assert [c.key for c in overview("US", table).channels] == ["us-cybertip"]
    abroad = overview_messages(overview("ES", table))
    assert "your local emergency number" in abroad[-1]
