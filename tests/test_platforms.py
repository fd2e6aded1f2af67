"""Finding the apps and games a parent names, with the seed pack's aliases."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content.info import PlatformInfo
from bot.content.pack_io import read_pack_files
from bot.platforms import TOPIC_FOR_KIND, find_platforms

SEED = Path(__file__).resolve().parents[1] / "data" / "content"
PLATFORMS = [
    PlatformInfo(p.key, p.name, tuple(p.aliases), p.kind, p.min_age, p.rating, p.summary, tuple(p.settings), p.au_note)
    for p in read_pack_files([SEED]).platforms
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("is Fortnite ok for my 8 year old?", ["fortnite"]),
        ("she wants insta and tiktok", ["instagram", "tiktok"]),
        ("how do I turn off snap map", ["snapchat"]),
        ("what about on the XBOX?", ["xbox"]),
        ("my son talks to character.ai every night", ["character_ai"]),
        ("he's saving robux", ["roblox"]),
    ],
)
def test_apps_are_found_in_the_order_named(text: str, keys: list[str]) -> None:
    assert [p.key for p in find_platforms(text, PLATFORMS)] == keys


@pytest.mark.parametrize(
    "text",
    [
        "to be real with you I'm worried",
        "he put a disc in the player",
        "her shorts are too short",
        "",
        "x" * 5000,
    ],
)
def test_ordinary_words_are_not_apps(text: str) -> None:
    assert find_platforms(text, PLATFORMS) == []


def test_every_kind_has_a_topic_and_every_app_a_source() -> None:
    assert {p.kind for p in PLATFORMS} <= set(TOPIC_FOR_KIND)
    topics = {t.key for t in read_pack_files([SEED]).topics}
    assert set(TOPIC_FOR_KIND.values()) <= topics
    assert all(p.summary for p in PLATFORMS) and len(PLATFORMS) >= 20
