"""Plain, read-only forms of stored content that replies are built from (no database here)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TopicInfo:
    """A topic's advice, with the text for each age band it has."""

    key: str
    intent: str
    title: str
    summary: str
    follow_up: str | None
    sources: tuple[str, ...]
    by_age: dict[str, str]

    @property
    def depends_on_age(self) -> bool:
        """True when the advice differs by age, so the bot should ask the child's age."""
        return bool(self.by_age)


@dataclass(frozen=True)
class SituationInfo:
    """The advice that goes with every route for one situation."""

    key: str
    title: str
    advice: str
    ask_if_safe: bool
