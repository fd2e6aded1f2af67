"""Advice that fits the parent's region: channels and facts filled in by key, for every topic."""

from __future__ import annotations

from functools import cache

import pytest
import yaml

from bot.content.fill import fill, placeholders
from bot.content.pack_io import parse_pack, read_pack_files
from bot.content.preview import route_table, topic_reply
from bot.content.schema import ContentPack, PackError
from bot.content.service import SEED_DIR
from bot.routing import RegionInfo, RouteTable

UK_REGIONS = {"UK", "UK-SCT", "UK-NIR"}


@cache
def pack() -> ContentPack:
    return read_pack_files([SEED_DIR])


def test_placeholders_are_found_and_filled_by_region_then_country_then_default() -> None:
    table = RouteTable(
        regions={
            "UK": RegionInfo("UK", "United Kingdom", "999"),
            "UK-SCT": RegionInfo("UK-SCT", "Scotland", "999", "UK"),
            "AU": RegionInfo("AU", "Australia", "000"),
        }
    )
    facts = {"law": {"UK": "E&W law.", "default": "Ask locally."}, "blank": {"default": ""}}
    text = "{fact:law} Call {emergency}. {fact:blank} Report to {report:grooming}."
    assert list(placeholders(text)) == [
        ("fact", "law"),
        ("emergency", ""),
        ("fact", "blank"),
        ("report", "grooming"),
    ]
    assert fill(text, "UK-SCT", table, facts) == ("E&W law. Call 999. Report to your local police.")
    assert fill(text, "AU", table, facts).startswith("Ask locally. Call 000.")
    assert fill("no placeholders here", "AU", table, facts) == "no placeholders here"


def test_a_topic_naming_an_unknown_fact_or_situation_is_refused() -> None:
    data = {"topics": [], "facts": []}
    for name in ("regions.yml", "topics.yml", "facts.yml", "sites.yml"):
        loaded = yaml.safe_load((SEED_DIR / name).read_text())
        for section, value in loaded.items():
            if section != "version":
                data.setdefault(section, value if not isinstance(value, list) else [])
                if isinstance(value, list):
                    data[section] = data[section] + value if section in data else value
    data["topics"][0]["summary"] += " {fact:no_such_fact} {report:no_such_situation}"
    with pytest.raises(PackError) as refused:
        parse_pack([("x", yaml.safe_dump(data))])
    assert "unknown fact {fact:no_such_fact}" in str(refused.value)
    assert "unknown situation {report:no_such_situation}" in str(refused.value)
    data["facts"][0]["text"].pop("default")
    with pytest.raises(PackError, match="default"):
        parse_pack([("x", yaml.safe_dump(data))])


REGIONS = [r.code for r in read_pack_files([SEED_DIR]).regions]
TOPICS = [(t.key, band) for t in read_pack_files([SEED_DIR]).topics for band in (None, "14_17")]


@pytest.mark.parametrize("region", [code for code in REGIONS if code not in UK_REGIONS])
def test_no_uk_only_channel_or_law_reaches_a_parent_elsewhere(region: str) -> None:
    uk_channels = [c.name for c in pack().channels if c.region in UK_REGIONS]
    # The region's own services may share a word with a UK one ("Samaritans Ireland", the US
    # "988 Suicide & Crisis Lifeline"): those are taken out before looking for UK names.
    own = sorted(
        (c.name for c in pack().channels if c.region not in UK_REGIONS), key=len, reverse=True
    )
    for key, band in TOPICS:
        text = topic_reply(pack(), key, band, region) or ""
        assert "{" not in text, (key, text)
        for name in own:
            text = text.replace(name, "")
        assert "England and Wales" not in text or "only for England and Wales" in text, key
        for name in uk_channels:
            assert name not in text, (region, key, name)


def test_australia_gets_the_under_16_rule_and_the_uk_its_own_law() -> None:
    assert "under-16s" in topic_reply(pack(), "social_media_age", "11_13", "AU")
    assert "13 as the minimum age" in topic_reply(pack(), "social_media_age", "11_13", "US")
    assert "Protection of Children Act 1978" in topic_reply(pack(), "nudes", None, "UK")
    assert "Protection of Children Act" not in topic_reply(pack(), "nudes", None, "UK-SCT")
    assert "Take It Down" in topic_reply(pack(), "nudes", "14_17", "US")
    assert route_table(pack()).regions["UK-SCT"].parent_code == "UK"
