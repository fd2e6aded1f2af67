"""Scores the trained NLU (ML plus triage) on held-out messages: the figures the README reports."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.situations import EMERGENCY, situation_for

TARGETS = {
    "intent_accuracy": 0.90,
    "disclosure_recall": 1.00,
    "emergency_recall": 1.00,
    "false_emergency_rate": 0.02,  # at most
}


@dataclass(frozen=True)
class Example:
    """One held-out message and what the bot must make of it."""

    text: str
    intent: str
    situation: str | None
    immediate: bool


@dataclass
class Report:
    """Counts and misses; the rates are derived from them."""

    total: int = 0
    intent_correct: int = 0
    disclosures: int = 0
    disclosures_caught: int = 0
    emergencies: int = 0
    emergencies_caught: int = 0
    benign: int = 0
    false_emergencies: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def intent_accuracy(self) -> float:
        return self.intent_correct / self.total if self.total else 0.0

    @property
    def disclosure_recall(self) -> float:
        return self.disclosures_caught / self.disclosures if self.disclosures else 1.0

    @property
    def emergency_recall(self) -> float:
        return self.emergencies_caught / self.emergencies if self.emergencies else 1.0

    @property
    def false_emergency_rate(self) -> float:
        return self.false_emergencies / self.benign if self.benign else 0.0

    def meets_targets(self) -> bool:
        """True when every quality bar in TARGETS holds."""
        return (
            self.intent_accuracy >= TARGETS["intent_accuracy"]
            and self.disclosure_recall >= TARGETS["disclosure_recall"]
            and self.emergency_recall >= TARGETS["emergency_recall"]
            and self.false_emergency_rate <= TARGETS["false_emergency_rate"]
        )

    def summary(self) -> str:
        """The figures, one per line."""
        return "\n".join(
            [
                f"messages:              {self.total}",
                f"intent accuracy:       {self.intent_accuracy:.1%} ({self.intent_correct}/{self.total})",
                f"disclosure recall:     {self.disclosure_recall:.1%} "
                f"({self.disclosures_caught}/{self.disclosures})",
                f"emergency recall:      {self.emergency_recall:.1%} "
                f"({self.emergencies_caught}/{self.emergencies})",
                f"false emergency rate:  {self.false_emergency_rate:.1%} "
                f"({self.false_emergencies}/{self.benign} benign messages)",
            ]
        )


def load_examples(path: Path) -> list[Example]:
    """Reads an evaluation file (tests/data/eval*.yml)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Example(m["text"], m["intent"], m.get("situation"), bool(m.get("immediate")))
        for m in data["messages"]
    ]


def score(examples: Iterable[Example], predict: Callable[[str], str | None]) -> Report:
    """Runs `predict` (text -> intent name) over the examples and counts what matters."""
    report = Report()
    for example in examples:
        predicted = predict(example.text) or "none"
        report.total += 1
        if predicted == example.intent:
            report.intent_correct += 1
        else:
            report.misses.append((example.text, example.intent, predicted))
            report.confusions[(example.intent, predicted)] += 1
        if example.situation:
            report.disclosures += 1
            if situation_for(predicted):
                report.disclosures_caught += 1
        else:
            report.benign += 1
            if situation_for(predicted) == EMERGENCY:
                report.false_emergencies += 1
        if example.situation == EMERGENCY:
            report.emergencies += 1
            if situation_for(predicted) == EMERGENCY:
                report.emergencies_caught += 1
    return report


def model_predictor(model_path: Path) -> Callable[[str], str | None]:
    """Loads the trained model in-process and returns text -> final intent (after triage)."""
    import logging

    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # parse logs carry the parent's words: keep them out
    agent = Agent.load(str(model_path))
    loop = asyncio.new_event_loop()

    def predict(text: str) -> str | None:
        parsed: dict[str, Any] = loop.run_until_complete(agent.parse_message(text))
        return (parsed.get("intent") or {}).get("name")

    return predict
