"""A site's widget settings, read from the content store, and the origin check."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from bot.content.db import session_scope
from bot.content.models import Region, Site
from bot.web.settings import PortalSettings

DEFAULT_GREETING = "Hello. I can help you talk with your child about staying safe online."
DEFAULT_COLOUR = "#1d4ed8"


@dataclass(frozen=True)
class SiteConfig:
    """What the widget shows for one embedding site."""

    slug: str
    name: str
    region: str
    emergency_number: str
    greeting: str
    primary_colour: str
    safeguarding_lead: str | None
    allowed_origins: tuple[str, ...]
    quick_exit_url: str

    def public(self) -> dict[str, Any]:
        """The JSON the widget reads."""
        return {
            "slug": self.slug,
            "name": self.name,
            "region": self.region,
            "emergency_number": self.emergency_number,
            "greeting": self.greeting,
            "primary_colour": self.primary_colour,
            "safeguarding_lead": self.safeguarding_lead,
            "allowed_origins": list(self.allowed_origins),
            "quick_exit_url": self.quick_exit_url,
        }


def load_site(slug: str, settings: PortalSettings) -> SiteConfig | None:
    """Reads a site and its region's emergency number; None for an unknown slug."""
    with session_scope() as session:
        row = session.execute(
            select(Site, Region)
            .join(Region, Site.region_code == Region.code)
            .where(Site.slug == slug)
        ).first()
        if row is None:
            return None
        site, region = row
        lead = site.safeguarding_lead_name
        if lead and site.safeguarding_lead_contact:
            lead = f"{lead} ({site.safeguarding_lead_contact})"
        return SiteConfig(
            slug=site.slug,
            name=site.name,
            region=site.region_code,
            emergency_number=region.emergency_number,
            greeting=site.greeting or DEFAULT_GREETING,
            primary_colour=site.primary_colour or DEFAULT_COLOUR,
            safeguarding_lead=lead,
            allowed_origins=tuple(
                o for o in (site.allowed_origins or "").splitlines() if o.strip()
            ),
            quick_exit_url=settings.quick_exit_url,
        )


def origin_allowed(origin: str | None, site: SiteConfig, own_origin: str) -> bool:
    """A browser request is allowed from the site's origins and the portal's own; no Origin is a non-browser client."""
    if origin is None:
        return True
    return origin == own_origin or origin in site.allowed_origins
