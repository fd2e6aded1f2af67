"""The portal's settings, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

NEUTRAL_SITE = "https://www.bbc.co.uk/weather"  # GOV.UK "Exit this page" pattern


@dataclass(frozen=True)
class PortalSettings:
    """Where Rasa is, how fast a sender may write, where quick exit goes."""

    rasa_url: str = "http://127.0.0.1:5005"
    rasa_timeout: float = 30.0
    messages_per_minute: int = 20
    max_senders: int = 10_000
    quick_exit_url: str = NEUTRAL_SITE
    demo_site: str = "demo-primary"
    console_secret: str | None = None  # None: CONSOLE_SECRET or var/console-secret
    console_https_only: bool = False


def portal_settings() -> PortalSettings:
    """Reads RASA_URL, PORTAL_MESSAGES_PER_MINUTE and QUICK_EXIT_URL."""
    return PortalSettings(
        rasa_url=os.environ.get(
            "RASA_URL", f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}"
        ),
        messages_per_minute=int(os.environ.get("PORTAL_MESSAGES_PER_MINUTE", "20")),
        quick_exit_url=os.environ.get("QUICK_EXIT_URL", NEUTRAL_SITE),
        console_https_only=os.environ.get("CONSOLE_HTTPS_ONLY", "") == "1",
    )
