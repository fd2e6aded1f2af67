"""The content pack's schema: every field and cross-reference checked before anything is stored.

A pack is all the content (regions, situations, channels, routes, sites, topics) in the shape
of the YAML files under data/content; the console's forms and drafts use the same models, so
each rule is written once, here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, Field, root_validator, validator

from bot.content.fill import placeholders
from bot.content.models import AGE_BANDS
from bot.situations import SITUATIONS

MAX_TEXT = 2000
ANONYMITY = ("yes", "no", "partly", "unknown")

_KEY = r"^[a-z0-9][a-z0-9_-]{1,63}$"
_REGION = r"^[A-Z]{2,5}(-[A-Z]{2,5})?$"
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{1,30}$")
_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\s<>\"']*)?$")
_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
_EMAIL = re.compile(r"^[^@\s<>]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_SMS_KEYWORD = re.compile(r"^[A-Za-z0-9]{1,20}$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class PackError(ValueError):
    """A content pack that cannot be used; the message says where and why, for a person."""


class _Model(BaseModel):
    class Config:
        extra = "forbid"
        anystr_strip_whitespace = True
        max_anystr_length = MAX_TEXT


class RegionIn(_Model):
    code: str = Field(..., regex=_REGION)
    name: str = Field(..., min_length=2, max_length=100)
    emergency_number: str = Field(..., min_length=2, max_length=32)
    parent: str | None = Field(None, regex=_REGION)
    note: str | None = None


class SituationIn(_Model):
    key: str
    title: str = Field(..., min_length=2, max_length=200)
    advice: str = Field(..., min_length=2)
    ask_if_safe: bool = True
    source: str | None = None

    @validator("key")
    def _known_situation(cls, value: str) -> str:  # noqa: N805
        if value not in SITUATIONS:
            raise ValueError(f"unknown situation {value!r}; known: {', '.join(SITUATIONS)}")
        return value


class ChannelIn(_Model):
    key: str = Field(..., regex=_KEY)
    region: str = Field(..., regex=_REGION)
    name: str = Field(..., min_length=2, max_length=200)
    purpose: str = Field(..., min_length=2)
    phone: str | None = None
    sms: str | None = None
    sms_keyword: str | None = None
    url: str | None = None
    email: str | None = None
    hours: str | None = Field(None, max_length=300)
    anonymous: str = "unknown"
    anonymity_note: str | None = None
    what_happens: str | None = None
    source: str = Field(..., min_length=2)
    verified: bool = False
    verified_on: dt.date | None = None

    @validator("phone", "sms")
    def _phone(cls, value: str | None) -> str | None:  # noqa: N805
        if value is not None and not _PHONE.match(value):
            raise ValueError("a phone number may hold only digits, spaces, +, - and brackets")
        return value

    @validator("sms_keyword")
    def _keyword(cls, value: str | None) -> str | None:  # noqa: N805
        if value is not None and not _SMS_KEYWORD.match(value):
            raise ValueError("a text keyword is one word of letters and digits, like SHOUT")
        return value

    @validator("url")
    def _url(cls, value: str | None) -> str | None:  # noqa: N805
        if value is not None and not _URL.match(value):
            raise ValueError("a web address must start with https:// or http:// and hold no spaces")
        return value

    @validator("email")
    def _email(cls, value: str | None) -> str | None:  # noqa: N805
        if value is not None and not _EMAIL.match(value):
            raise ValueError("not an email address")
        return value

    @validator("anonymous")
    def _anonymous(cls, value: str) -> str:  # noqa: N805
        if value not in ANONYMITY:
            raise ValueError(f"must be one of {', '.join(ANONYMITY)}")
        return value

    @root_validator(skip_on_failure=True)
    def _verified_has_date(cls, values: dict[str, Any]) -> dict[str, Any]:  # noqa: N805
        if values.get("verified") and not values.get("verified_on"):
            raise ValueError("a verified channel needs verified_on (the date it was checked)")
        if values.get("sms_keyword") and not values.get("sms"):
            raise ValueError("a text keyword needs the number to text (sms)")
        return values


class SiteIn(_Model):
    slug: str = Field(..., regex=_KEY)
    name: str = Field(..., min_length=2, max_length=200)
    region: str = Field(..., regex=_REGION)
    safeguarding_lead_name: str | None = Field(None, max_length=200)
    safeguarding_lead_contact: str | None = Field(None, max_length=300)
    police_force: str | None = Field(None, max_length=200)
    police_contact: str | None = Field(None, max_length=300)
    greeting: str | None = None
    primary_colour: str | None = None
    allowed_origins: list[str] = []

    @validator("primary_colour")
    def _colour(cls, value: str | None) -> str | None:  # noqa: N805
        if value is not None and not _COLOUR.match(value):
            raise ValueError("a colour is written #RRGGBB")
        return value

    @validator("allowed_origins", each_item=True)
    def _origin(cls, value: str) -> str:  # noqa: N805
        if not _ORIGIN.match(value):
            raise ValueError(f"{value!r} is not an origin like https://school.example")
        return value


class TopicIn(_Model):
    key: str = Field(..., regex=_KEY)
    intent: str = Field(..., regex=r"^ask_[a-z_]+$")
    title: str = Field(..., min_length=2, max_length=200)
    sources: list[str] = Field(..., min_items=1)
    summary: str = Field(..., min_length=2)
    by_age: dict[str, str] | None = None
    follow_up: str | None = None
    # Words a parent can say to the child, by age band: every answer can offer them.
    words: dict[str, str] | None = None

    @validator("by_age", "words")
    def _all_bands(cls, value: dict[str, str] | None) -> dict[str, str] | None:  # noqa: N805
        if value is not None and set(value) != set(AGE_BANDS):
            raise ValueError(f"needs exactly the bands {', '.join(AGE_BANDS)}")
        return value


PLATFORM_KINDS = ("game", "social", "messaging", "video", "console", "ai", "livestream", "chat")


class PlatformIn(_Model):
    """An app, game or service parents name: its minimum age, rating and the settings that
    matter, each backed by a source with the date it was read, as channels are."""

    key: str = Field(..., regex=_KEY)
    name: str = Field(..., min_length=2, max_length=100)
    aliases: list[str] = Field(..., min_items=1)  # how parents write it, lower case
    kind: str
    min_age: int | None = Field(None, ge=0, le=21)  # in the platform's own terms
    rating: str | None = Field(None, max_length=300)
    summary: str = Field(..., min_length=2)
    settings: list[str] = []
    au_note: str | None = None  # Australia's under-16 rule, where it applies or not
    sources: list[str] = Field(..., min_items=1)
    checked: dt.date | None = None

    @validator("kind")
    def _known_kind(cls, value: str) -> str:  # noqa: N805
        if value not in PLATFORM_KINDS:
            raise ValueError(f"kind must be one of {', '.join(PLATFORM_KINDS)}")
        return value

    @validator("aliases", each_item=True)
    def _alias(cls, value: str) -> str:  # noqa: N805
        value = value.strip().lower()
        if len(value) < 2:
            raise ValueError("an alias needs at least two characters")
        return value


class FactIn(_Model):
    key: str = Field(..., regex=_KEY)
    source: str = Field(..., min_length=2)
    text: dict[str, str]

    @validator("text")
    def _has_default(cls, value: dict[str, str]) -> dict[str, str]:  # noqa: N805
        if "default" not in value:
            raise ValueError("a fact needs a default text, for regions without their own")
        for code in value:
            if code != "default" and not re.match(_REGION, code):
                raise ValueError(f"{code!r} is not a region code")
        return value


class ContentPack(_Model):
    version: int = 1
    regions: list[RegionIn] = []
    situations: list[SituationIn] = []
    channels: list[ChannelIn] = []
    routes: dict[str, dict[str, list[str]]] = {}
    sites: list[SiteIn] = []
    topics: list[TopicIn] = []
    facts: list[FactIn] = []
    platforms: list[PlatformIn] = []

    @root_validator(skip_on_failure=True)
    def _references(cls, values: dict[str, Any]) -> dict[str, Any]:  # noqa: N805
        problems: list[str] = []
        regions = _unique("region", [r.code for r in values["regions"]], problems)
        situations = _unique("situation", [s.key for s in values["situations"]], problems)
        channels = _unique("channel", [c.key for c in values["channels"]], problems)
        _unique("site", [s.slug for s in values["sites"]], problems)
        _unique("topic", [t.key for t in values["topics"]], problems)
        _unique("topic intent", [t.intent for t in values["topics"]], problems)
        facts = _unique("fact", [f.key for f in values["facts"]], problems)
        _unique("platform", [p.key for p in values["platforms"]], problems)
        _unique("platform alias", [a for p in values["platforms"] for a in p.aliases], problems)
        if not regions:
            problems.append("the pack holds no regions: an import replaces all content")
        missing = [key for key in SITUATIONS if key not in situations]
        if missing:
            problems.append(f"situations missing: {', '.join(missing)}")
        for region in values["regions"]:
            if region.parent and region.parent not in regions:
                problems.append(f"region {region.code}: unknown parent {region.parent}")
        for channel in values["channels"]:
            if channel.region not in regions:
                problems.append(f"channel {channel.key}: unknown region {channel.region}")
        for site in values["sites"]:
            if site.region not in regions:
                problems.append(f"site {site.slug}: unknown region {site.region}")
        for fact in values["facts"]:
            for code in fact.text:
                if code != "default" and code not in regions:
                    problems.append(f"fact {fact.key}: unknown region {code}")
        for topic in values["topics"]:
            texts = [
                topic.summary,
                topic.follow_up or "",
                *(topic.by_age or {}).values(),
                *(topic.words or {}).values(),
            ]
            for kind, key in (found for text in texts for found in placeholders(text)):
                if kind == "fact" and key not in facts:
                    problems.append(f"topic {topic.key}: unknown fact {{fact:{key}}}")
                if kind == "report" and key not in situations:
                    problems.append(f"topic {topic.key}: unknown situation {{report:{key}}}")
        for region, by_situation in values["routes"].items():
            if region not in regions:
                problems.append(f"routes: unknown region {region}")
            for situation, keys in by_situation.items():
                if situation not in situations:
                    problems.append(f"routes {region}: unknown situation {situation}")
                for key in keys:
                    if key not in channels:
                        problems.append(f"routes {region}/{situation}: unknown channel {key}")
        if problems:
            raise ValueError("; ".join(problems))
        return values


def _unique(kind: str, keys: list[str], problems: list[str]) -> set[str]:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            problems.append(f"{kind} {key!r} appears twice")
        seen.add(key)
    return seen
