"""Fills the region's channels and facts into advice text, so one edit reaches every answer.

Topic advice names laws and services ("in England and Wales it is an offence...", "report it
to CEOP"), which are wrong for a parent in Texas or Perth. Advice text holds placeholders
instead, filled for the region in play when the answer is sent:

- `{fact:KEY}`: the fact's text for the region, else its country's, else its `default`;
- `{report:SITUATION}`: the first checked channel of that situation's route in the region,
  with its number or address (else "your local police");
- `{emergency}`: the region's emergency number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from bot.routing import ChannelInfo, RouteTable, lineage, resolve_region, route

PLACEHOLDER = re.compile(r"\{(?:(fact|report):([a-z0-9_-]+)|(emergency))\}")
DEFAULT = "default"


def placeholders(text: str) -> Iterator[tuple[str, str]]:
    """The (kind, key) of every placeholder in a text; `{emergency}` is ("emergency", "")."""
    for match in PLACEHOLDER.finditer(text or ""):
        if match.group(3):
            yield "emergency", ""
        else:
            yield match.group(1), match.group(2)


def fact_text(by_region: Mapping[str, str], codes: list[str]) -> str:
    """The text for the nearest region in the lineage (codes), else the default."""
    for code in codes:
        if code in by_region:
            return by_region[code]
    return by_region.get(DEFAULT, "")


def channel_mention(channel: ChannelInfo | None) -> str:
    """A channel named in a sentence, with how to reach it."""
    if channel is None:
        return "your local police"
    contact = channel.phone or channel.url or channel.email
    if contact and contact not in channel.name:
        return f"{channel.name} ({contact})"
    return channel.name


def fill(
    text: str,
    region_code: str | None,
    table: RouteTable,
    facts: Mapping[str, Mapping[str, str]],
) -> str:
    """The text with every placeholder filled for the region; sentences left empty are dropped."""
    region = resolve_region(region_code, table)
    codes = [r.code for r in lineage(region, table)]

    def one(match: re.Match[str]) -> str:
        if match.group(3):
            return region.emergency_number
        kind, key = match.group(1), match.group(2)
        if kind == "fact":
            return fact_text(facts.get(key, {}), codes)
        channels = route(key, region.code, table).channels
        return channel_mention(channels[0] if channels else None)

    filled = PLACEHOLDER.sub(one, text or "")
    return re.sub(r"[ \t]{2,}", " ", filled).replace(" .", ".").strip()
