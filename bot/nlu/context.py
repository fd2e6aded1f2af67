"""Adds what the message's context says: the embedding site's region and slug, and the child's age."""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as LookupTimeout
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, METADATA, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import rasa_speedups
from bot.ages import age_band
from bot.message_checks import SITE_SLUG
from bot.nlu.untrained import UntrainedComponent
from bot.places import region_in_text
from bot.regions import normalise_region

rasa_speedups.apply()  # the Rasa server process loads this module

logger = logging.getLogger(__name__)

_CACHE_SECONDS = 60.0
# The NLU pipeline runs on Rasa's event loop: a database that hangs must not hold a danger-now
# message, so a site lookup that takes longer than this counts as "unknown".
_LOOKUP_SECONDS = 0.3
_lookups = ThreadPoolExecutor(max_workers=2, thread_name_prefix="site-lookup")


class SiteRegions:
    """Looks up a site's region in the content store, briefly cached; a database error means 'unknown'."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[float, str | None]] = {}

    def region_of(self, slug: str) -> str | None:
        """Returns the site's region code, or None when the site or the database is not there."""
        now = time.monotonic()
        cached = self._cache.get(slug)
        if cached and now - cached[0] < _CACHE_SECONDS:
            return cached[1]
        region: str | None = None
        try:
            region = _lookups.submit(_site_region, slug).result(timeout=_LOOKUP_SECONDS)
        except LookupTimeout:
            logger.warning("Site lookup took too long; using the default region for now.")
            self._cache[slug] = (now - _CACHE_SECONDS + 5.0, None)  # try again in 5 s
            return None
        except Exception:  # noqa: BLE001 - the emergency path must not depend on the database
            logger.warning("Site lookup failed; using the default region.")
        self._cache[slug] = (now, region)
        return region


def _site_region(slug: str) -> str | None:
    from bot.content.db import session_scope
    from bot.content.queries import get_site

    with session_scope() as session:
        site = get_site(session, slug)
        return site.region_code if site else None


def _entity(name: str, value: str, extractor: str) -> dict[str, Any]:
    return {"entity": name, "value": value, "start": 0, "end": 0, "extractor": extractor}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class MessageContext(UntrainedComponent):
    """Emits region, site, site_region and age_band entities so slots fill without the action server.

    The region comes from the place the parent names (bot/places.py, a gazetteer), in the same
    message, before any reply: the static danger-now reply then carries that place's number.
    DIET extracts no entities (config.yml); a button's region (a payload entity) stays.
    """

    def __init__(self) -> None:
        self.sites = SiteRegions()
        region_in_text(
            "warm up"
        )  # builds the gazetteer's index at start-up, not on a parent's message

    def process(self, messages: list[Message]) -> list[Message]:
        """Reads metadata and text of each message and adds the entities found."""
        for message in messages:
            entities = list(message.get(ENTITIES) or [])
            found = {entity.get("entity") for entity in entities}
            metadata = message.get(METADATA) or {}
            if not isinstance(metadata, dict):
                metadata = {}
            region = normalise_region(metadata.get("region"))
            slug = metadata.get("site")
            if isinstance(slug, str) and SITE_SLUG.match(slug):
                entities.append(_entity("site", slug, "metadata"))
                region = region or normalise_region(self.sites.region_of(slug))
            if region:
                entities.append(_entity("site_region", region, "metadata"))
            said = region_in_text(message.get(TEXT) or "", prefer=region)
            if said and "region" not in found:
                entities.append(_entity("region", said, "places"))
            if "age_band" not in found:
                band = age_band(message.get(TEXT) or "")
                if band:
                    entities.append(_entity("age_band", band, "MessageContext"))
            message.set(ENTITIES, entities, add_to_output=True)
        return messages
