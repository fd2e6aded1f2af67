"""Form fields for each kind of content, derived from the content pack's models, and form parsing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.content.models import AGE_BANDS
from bot.content.schema import (
    ANONYMITY,
    PLATFORM_KINDS,
    ChannelIn,
    FactIn,
    PlatformIn,
    RegionIn,
    SiteIn,
    SituationIn,
    TopicIn,
)

LONG_TEXT = {
    "purpose", "what_happens", "advice", "summary", "note", "greeting", "anonymity_note",
    "follow_up", "source", "au_note",
}  # fmt: skip
# Fields that hold one text per option: advice by age band, a fact by region.
PER_OPTION = {
    "by_age": "Advice by age band",
    "words": "Words a parent can say, by age band",
    "text": "Text by region (default: everywhere else)",
}


@dataclass(frozen=True)
class FieldSpec:
    """One form field: its name, label, widget and whether a value is required."""

    name: str
    label: str
    widget: str  # text, textarea, checkbox, date, lines, bands, select
    required: bool
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Kind:
    """A kind of content the console edits."""

    name: str  # plural, as in the pack: channels, regions, sites, topics, situations
    title: str
    model: type
    id_field: str
    columns: tuple[str, ...]
    content: bool  # editors' content; False for sites (site managers edit their own)
    can_create: bool = True


KINDS: dict[str, Kind] = {
    "channels": Kind("channels", "Reporting channels", ChannelIn, "key", ("key", "region", "name", "phone", "verified_on"), True),
    "regions": Kind("regions", "Regions", RegionIn, "code", ("code", "name", "emergency_number", "parent"), True),
    "situations": Kind("situations", "Situations", SituationIn, "key", ("key", "title", "ask_if_safe"), True, can_create=False),
    "topics": Kind("topics", "Topics", TopicIn, "key", ("key", "title", "intent"), True, can_create=False),
    "facts": Kind("facts", "Facts by region", FactIn, "key", ("key", "source"), True),
    "platforms": Kind("platforms", "Apps and games", PlatformIn, "key", ("key", "name", "min_age", "checked"), True),
    "sites": Kind("sites", "Sites", SiteIn, "slug", ("slug", "name", "region", "safeguarding_lead_name"), False),
}  # fmt: skip


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def field_specs(kind: Kind, regions: list[str]) -> list[FieldSpec]:
    """The form for a kind, in the model's field order."""
    specs = []
    for name, field in kind.model.__fields__.items():
        required = field.required
        outer = field.outer_type_
        if name in ("region", "parent"):
            options = tuple(regions) if name == "region" else ("", *regions)
            specs.append(FieldSpec(name, _label(name), "select", required, options))
        elif name == "anonymous":
            specs.append(FieldSpec(name, "Anonymous", "select", required, ANONYMITY))
        elif name == "kind":
            specs.append(FieldSpec(name, "Kind", "select", required, PLATFORM_KINDS))
        elif outer is bool:
            specs.append(FieldSpec(name, _label(name), "checkbox", False))
        elif outer is dt.date:
            specs.append(FieldSpec(name, _label(name), "date", required))
        elif name in PER_OPTION:
            options = ("default", *regions) if name == "text" else AGE_BANDS
            specs.append(FieldSpec(name, PER_OPTION[name], "bands", required, options))
        elif name in ("sources", "allowed_origins", "aliases", "settings"):
            specs.append(FieldSpec(name, f"{_label(name)} (one per line)", "lines", required))
        elif name in LONG_TEXT:
            specs.append(FieldSpec(name, _label(name), "textarea", required))
        else:
            specs.append(FieldSpec(name, _label(name), "text", required))
    return specs


def parse_form(specs: list[FieldSpec], form: Any) -> dict[str, Any]:
    """Turns submitted form values into a pack entity; empty optional fields become absent."""
    data: dict[str, Any] = {}
    for spec in specs:
        if spec.widget == "checkbox":
            data[spec.name] = form.get(spec.name) == "on"
        elif spec.widget == "lines":
            data[spec.name] = [
                line.strip() for line in str(form.get(spec.name, "")).splitlines() if line.strip()
            ]
        elif spec.widget == "bands":
            bands = {o: str(form.get(f"{spec.name}.{o}", "")).strip() for o in spec.options}
            if spec.name == "text":  # a fact: the regions given, and always the default
                data[spec.name] = {o: t for o, t in bands.items() if t or o == "default"}
            elif any(bands.values()):
                data[spec.name] = bands
        else:
            value = str(form.get(spec.name, "")).strip()
            if value or spec.required:
                data[spec.name] = value
    return data


def form_values(specs: list[FieldSpec], item: dict[str, Any] | None) -> dict[str, Any]:
    """The values a form shows for an entity (or a new one)."""
    item = item or {}
    values: dict[str, Any] = {}
    for spec in specs:
        value = item.get(spec.name)
        if spec.widget == "lines":
            values[spec.name] = "\n".join(value or [])
        elif spec.widget == "bands":
            for band in spec.options:
                values[f"{spec.name}.{band}"] = (value or {}).get(band, "")
        elif spec.widget == "checkbox":
            values[spec.name] = bool(value)
        else:
            values[spec.name] = "" if value is None else str(value)
    return values
