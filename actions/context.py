"""What every action reads from the tracker: region, site, age band, the latest intent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasa_sdk import Tracker

from bot.regions import normalise_region
from bot.routing import effective_region


@dataclass(frozen=True)
class TurnContext:
    """The parts of the conversation an action needs, read once."""

    intent: str | None
    region: str
    site: str | None
    age_band: str | None
    safeguarding: dict[str, Any]


def read_context(tracker: Tracker) -> TurnContext:
    """Reads the turn's context; the parent's stated region wins over the site's."""
    latest = tracker.latest_message or {}
    said = normalise_region(tracker.get_slot("region"))
    site_region = normalise_region(tracker.get_slot("site_region"))
    return TurnContext(
        intent=(latest.get("intent") or {}).get("name"),
        region=effective_region(said, site_region),
        site=tracker.get_slot("site"),
        age_band=tracker.get_slot("age_band"),
        safeguarding=latest.get("safeguarding") or {},
    )
