"""Reading a child's age from a parent's words."""

from __future__ import annotations

import pytest

from bot.ages import age_band, band_for_age


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("my 12 year old", "11_13"),
        ("she's 9", "5_10"),
        ("he is fourteen", "14_17"),
        ("year 7", "11_13"),
        ("7th grade", "11_13"),
        ("a toddler", "under_5"),
        ("my teenager", "14_17"),
        ("my 10yo", "5_10"),
        ("give me 10 minutes", None),
        ("hello", None),
        ("", None),
    ],
)
def test_age_band(text: str, band: str | None) -> None:
    assert age_band(text) == band


def test_band_edges() -> None:
    assert [band_for_age(a) for a in (0, 4, 5, 10, 11, 13, 14, 17, 18)] == [
        "under_5", "under_5", "5_10", "5_10", "11_13", "11_13", "14_17", "14_17", None,
    ]  # fmt: skip
