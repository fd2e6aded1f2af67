"""Finds the apps and games a parent names, from the aliases staff keep in the content store.

A lookup, not a trained entity: staff add a platform or a spelling in the console and the bot
reads it at once, with no retraining (the NLU intent still says what the question is about).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.content.info import PlatformInfo

# The topic that answers a question naming only a platform, by the platform's kind.
TOPIC_FOR_KIND = {
    "game": "gaming",
    "console": "filters_and_controls",
    "social": "social_media_age",
    "messaging": "social_media_age",
    "video": "social_media_age",
    "chat": "social_media_age",
    "ai": "ai_chatbots",
    "livestream": "livestreaming",
}
_SPACES = re.compile(r"[\s\-_/]+")


def _plain(text: str) -> str:
    text = (text or "")[:2000].lower().replace("\u2019", "'")
    return _SPACES.sub(" ", text)


def find_platforms(text: str, platforms: Iterable[PlatformInfo]) -> list[PlatformInfo]:
    """The platforms a message names, in the order it names them (each once)."""
    plain = _plain(text)
    if not plain:
        return []
    found: list[tuple[int, PlatformInfo]] = []
    for platform in platforms:
        starts = [
            match.start()
            for alias in platform.aliases
            for match in re.finditer(rf"(?<![\w.]){re.escape(_plain(alias))}(?![\w])", plain)
        ]
        if starts:
            found.append((min(starts), platform))
    return [platform for _, platform in sorted(found, key=lambda item: item[0])]
