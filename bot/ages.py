"""Reads a child's age or school year from a message and names its age band."""

from __future__ import annotations

import re

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17,
}  # fmt: skip
_NUMBER = r"(\d{1,2}|" + "|".join(WORD_NUMBERS) + r")"
_AGE = re.compile(
    rf"\b{_NUMBER} ?(?:yo|y/o|yr|yrs|year|years)(?:[ -]?old)?s?\b"
    rf"|\b(?:aged?|ages|is|shes|hes|theyre|turned|turning|just turned|both|are both) {_NUMBER}\b(?! (?:minutes|mins|hours|pounds|quid|dollars|am|pm|%))"
)
_SCHOOL_YEAR = re.compile(
    r"\byear {_n}\b|\b(?:grade) {_n}\b|\b{_n}(?:st|nd|rd|th) grade\b".format(_n=r"(\d{1,2})")
)
_WORDS = (
    (re.compile(r"\b(?:baby|babies|toddler|toddlers|preschool\w*|nursery|pre k)\b"), "under_5"),
    (re.compile(r"\b(?:tween|tweens|preteen|pre teen)\b"), "11_13"),
    (re.compile(r"\b(?:teen|teens|teenager|teenagers|teenage)\b"), "14_17"),
    (re.compile(r"\bprimary school\b"), "5_10"),
)


def band_for_age(age: int) -> str | None:
    """Names the band for an age in years, or None outside childhood."""
    if age < 0 or age > 17:
        return None
    if age < 5:
        return "under_5"
    if age <= 10:
        return "5_10"
    if age <= 13:
        return "11_13"
    return "14_17"


def _number(token: str) -> int:
    return int(token) if token.isdigit() else WORD_NUMBERS[token]


def age_band(text: str) -> str | None:
    """Finds an age band in a parent's words: "my 12 year old", "she's 9", "year 7", "a toddler"."""
    text = re.sub(r"[\u2018\u2019']", "", (text or "")[:2000].lower())
    match = _AGE.search(text)
    if match:
        token = next(group for group in match.groups() if group)
        return band_for_age(_number(token))
    match = _SCHOOL_YEAR.search(text)
    if match:
        token = next(group for group in match.groups() if group)
        grade = int(token)
        # UK "year 7" is about age 11-12; US "7th grade" about 12-13: both sit in 11_13.
        offset = 5 if "year" in match.group(0) else 6
        return band_for_age(grade + offset) if 0 < grade <= 13 else None
    for pattern, band in _WORDS:
        if pattern.search(text):
            return band
    return None
