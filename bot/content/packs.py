"""Content packs: the YAML form of all content, validated before anything touches the database."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError, root_validator, validator
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.content.models import (
    AGE_BANDS,
    Channel,
    Region,
    Route,
    Site,
    Situation,
    Topic,
    TopicGuidance,
)
from bot.situations import SITUATIONS

MAX_TEXT = 2000
MAX_FILE_BYTES = 2_000_000
ANONYMITY = ("yes", "no", "partly", "unknown")

_KEY = r"^[a-z0-9][a-z0-9_-]{1,63}$"
_REGION = r"^[A-Z]{2,5}(-[A-Z]{2,5})?$"
_PHONE = re.compile(r"^\+?[0-9][0-9 ()-]{1,30}$")
_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[^\s<>\"']*)?$")
_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")
_EMAIL = re.compile(r"^[^@\s<>]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
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
    url: str | None = None
    email: str | None = None
    hours: str | None = Field(None, max_length=300)
    anonymous: str = "unknown"
    anonymity_note: str | None = None
    what_happens: str | None = None
    source: str = Field(..., min_length=2)
    verified: bool = False
    verified_on: dt.date | None = None

    @validator("phone")
    def _phone(cls, value: str | None) -> str | None:  # noqa: N805
        if value is not None and not _PHONE.match(value):
            raise ValueError("a phone number may hold only digits, spaces, +, - and brackets")
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

    @validator("by_age")
    def _all_bands(cls, value: dict[str, str] | None) -> dict[str, str] | None:  # noqa: N805
        if value is not None and set(value) != set(AGE_BANDS):
            raise ValueError(f"by_age needs exactly the bands {', '.join(AGE_BANDS)}")
        return value


class ContentPack(_Model):
    version: int = 1
    regions: list[RegionIn] = []
    situations: list[SituationIn] = []
    channels: list[ChannelIn] = []
    routes: dict[str, dict[str, list[str]]] = {}
    sites: list[SiteIn] = []
    topics: list[TopicIn] = []

    @root_validator(skip_on_failure=True)
    def _references(cls, values: dict[str, Any]) -> dict[str, Any]:  # noqa: N805
        problems: list[str] = []
        regions = _unique("region", [r.code for r in values["regions"]], problems)
        situations = _unique("situation", [s.key for s in values["situations"]], problems)
        channels = _unique("channel", [c.key for c in values["channels"]], problems)
        _unique("site", [s.slug for s in values["sites"]], problems)
        _unique("topic", [t.key for t in values["topics"]], problems)
        _unique("topic intent", [t.intent for t in values["topics"]], problems)
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


def parse_pack(documents: Iterable[tuple[str, str]]) -> ContentPack:
    """Merges and validates YAML documents (name, text); raises PackError naming the fault."""
    merged: dict[str, Any] = {}
    for name, text in documents:
        if len(text.encode("utf-8", "replace")) > MAX_FILE_BYTES:
            raise PackError(f"{name}: larger than {MAX_FILE_BYTES} bytes")
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise PackError(f"{name}: not valid YAML ({exc})") from None
        if data is None:
            continue
        if not isinstance(data, dict):
            raise PackError(f"{name}: expected a mapping of sections at the top level")
        for section, value in data.items():
            if section == "version":
                if value != 1:
                    raise PackError(f"{name}: unsupported version {value!r}")
                continue
            if section == "routes" and isinstance(value, dict):
                merged.setdefault("routes", {}).update(value)
            elif isinstance(value, list):
                merged.setdefault(section, []).extend(value)
            else:
                merged[section] = value
    try:
        return ContentPack.parse_obj(merged)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"] if part != "__root__")
            lines.append(f"{where or 'pack'}: {error['msg']}")
        raise PackError("the content is not valid:\n  " + "\n  ".join(lines)) from None


def read_pack_files(paths: Iterable[Path]) -> ContentPack:
    """Reads pack files from disk (a folder means every .yml in it) and validates them together."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.yml")) + sorted(path.glob("*.yaml")))
        elif path.is_file():
            files.append(path)
        else:
            raise PackError(f"{path}: no such file")
    documents = []
    for file in files:
        try:
            documents.append((file.name, file.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            raise PackError(f"{file.name}: not UTF-8 text") from None
    return parse_pack(documents)


def _lines(items: list[str]) -> str:
    return "\n".join(items)


def replace_content(session: Session, pack: ContentPack) -> None:
    """Replaces all content with the pack's, in the caller's transaction (all or nothing)."""
    for model in (Route, TopicGuidance, Topic, Site, Channel, Situation):
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
        session.add(row)
    session.flush()


def _split(text: str | None) -> list[str]:
    return [line for line in (text or "").splitlines() if line.strip()]


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
                    "allowed_origins": _split(s.allowed_origins),
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
                    "sources": _split(t.sources),
                    "summary": t.summary,
                    "by_age": {g.age_band: g.text for g in t.guidance} or None,
                    "follow_up": t.follow_up,
                }
            )
            for t in session.execute(select(Topic).order_by(Topic.position)).scalars()
        ],
    }
    return pack


def _drop_none(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}


def dump_pack(pack: dict[str, Any]) -> str:
    """Writes a pack as YAML a person can read and edit."""
    return yaml.safe_dump(pack, sort_keys=False, allow_unicode=True, width=100)
