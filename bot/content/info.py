"""Plain, read-only forms of stored content that replies are built from (no database here)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    words: dict[str, str] = field(default_factory=dict)  # what a parent can say, by age band

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


@dataclass(frozen=True)
class PlatformInfo:
    """An app or game parents name, with its sourced facts and the settings that matter."""

    key: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    min_age: int | None
    rating: str | None
    summary: str
    settings: tuple[str, ...]
    au_note: str | None
