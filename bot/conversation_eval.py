"""Scores whole conversations the way a parent meets the bot: what each reply gives, turn by turn.

`bot/evaluation.py` scores single messages against intents; that hid the failures parents hit
(a disclosure recognised, then dropped when the parent answered the bot's own question in
words). This module plays multi-turn conversations written blind (`tests/data/blind*/`)
through a running bot and checks what the replies carry: the emergency number of the region in
play, a route (channels of that region), no alarm for an everyday question, and no generic menu
while a disclosure is open. The checks read the replies against the content store's channels,
not against the bot's intents, so they hold whatever wording the replies use.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.content.info import PlatformInfo
from bot.platforms import find_platforms
from bot.routing import ChannelInfo, RouteTable, resolve_region, route
from bot.situations import SITUATIONS

KINDS = ("danger_now", "disclosure", "unclear", "question")

# Reply texts that mean the bot lost the thread: its generic "not understood" or topic menu.
_LOST = re.compile(
    r"didn.t quite understand|here are some things i can help with|"
    r"i.m not sure what to do with that",
    re.I,
)
# The danger-now reply opens a message: "Call 999 now." (or "Call your local emergency number now.").
_CALL_NOW = re.compile(r"(?:^|\n)Call ([^.\n]{1,40}?) now\b")
# A reply that treats the message as a disclosure: the acknowledgement, the one question, a route.
_TREATED_AS_DISCLOSURE = re.compile(
    r"thank you for telling me\. reaching out|tell me what has happened, in your own words|"
    r"where to report or get help in",
    re.I,
)

# The parent asks where to report or whom to contact ("who do you contact in NZ if something
# goes wrong online?"): the region's services, listed, answer it; that is no disclosure.
_ASKS_SERVICES = re.compile(
    r"\b(?:report\w*|helplines?|hotlines?|what number|which (?:service|number|helpline)|who (?:do|would|"
    r"should|can) (?:i|we|you) (?:contact|call|ring|phone|tell|go to)|where (?:do|would|should|can) (?:i|we|"
    r"you) (?:go|turn|report))\b",
    re.I,
)
_SERVICES_OVERVIEW = re.compile(
    r"where to report or get help in [^\n]*, and what each is for:", re.I
)
_ACKNOWLEDGED = re.compile(
    r"thank you for telling me\. reaching out|tell me what has happened, in your own words", re.I
)


def _services_asked_and_listed(turn: str, reply: str) -> bool:
    return bool(_ASKS_SERVICES.search(turn) and _SERVICES_OVERVIEW.search(reply))


def _treated_as_disclosure(turn: str, reply: str) -> bool:
    """The reply acknowledges a disclosure, asks what happened, or routes one; a list of the
    services given to a parent who asked for them is an answer, not a route."""
    if _services_asked_and_listed(turn, reply) and not _ACKNOWLEDGED.search(reply):
        return False
    return bool(_TREATED_AS_DISCLOSURE.search(reply))


Send = Callable[[str, str, dict[str, Any]], list[dict[str, Any]]]


@dataclass(frozen=True)
class Conversation:
    """One blind conversation: the parent's turns and what a good bot must do with them."""

    id: str
    kind: str
    situation: str | None
    region: str
    site_region: str | None
    disclosed_at: int | None
    turns: tuple[str, ...]
    topic: str | None = None  # question sets (issue 12): what is asked, in the writer's words
    asks_about: str | None = None  # the platform, age or scenario a good answer must address


@dataclass
class Outcome:
    """What the bot did in one conversation."""

    conversation: Conversation
    replies: list[str]
    checks: dict[str, bool] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        return all(self.checks.values())


def load_conversations(paths: Iterable[Path]) -> list[Conversation]:
    """Reads conversation files (a folder means every .yml in it), refusing malformed entries."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.yml")) if path.is_dir() else [path])
    conversations: list[Conversation] = []
    for file in files:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        for raw in data.get("conversations") or []:
            kind = raw.get("kind")
            if kind not in KINDS:
                raise ValueError(f"{file}: {raw.get('id')}: unknown kind {kind!r}")
            turns = tuple(str(t) for t in raw.get("turns") or [])
            if not turns:
                raise ValueError(f"{file}: {raw.get('id')}: no turns")
            site_region = raw.get("site_region")
            conversations.append(
                Conversation(
                    id=str(raw["id"]),
                    kind=kind,
                    situation=raw.get("situation"),
                    region=str(raw.get("region") or site_region or "UK"),
                    site_region=site_region,
                    disclosed_at=raw.get("disclosed_at"),
                    turns=turns,
                    topic=raw.get("topic"),
                    asks_about=raw.get("asks_about"),
                )
            )
    return conversations


def _markers(channel: ChannelInfo) -> list[str]:
    """The strings that show a channel is in a reply: its phone, text number, web address or
    email; a channel reached only through its own words (no single number) by its name."""
    found = []
    for value in (channel.phone, channel.sms, channel.url, channel.email):
        if value:
            text = value.lower().removeprefix("https://").removeprefix("http://").rstrip("/")
            found.append(text.split(" ")[0])
    return found or [channel.name.lower()]


@dataclass(frozen=True)
class Judge:
    """Reads replies against the live route table: which region's channels and number they carry."""

    table: RouteTable
    topic_titles: tuple[
        str, ...
    ] = ()  # the content store's topic titles: a topic answer opens with one
    platforms: tuple[PlatformInfo, ...] = ()  # the apps the store knows, to check they are named

    def region_channels(self, region: str) -> list[ChannelInfo]:
        """Every channel a parent in the region can be sent to, whatever the situation."""
        channels: dict[str, ChannelInfo] = {}
        for situation in SITUATIONS:
            for channel in route(situation, region, self.table).channels:
                channels[channel.key] = channel
        return list(channels.values())

    def routes(self, text: str, region: str | None = None) -> bool:
        """True when the reply names at least one channel (of the region, when one is given)."""
        lowered = text.lower()
        regions = [region] if region else list(self.table.regions)
        for code in regions:
            for channel in self.region_channels(code):
                if any(marker in lowered for marker in _markers(channel)):
                    return True
        # A region with no specialist service for this is still routed when the reply says so.
        return "local police" in lowered and "specialist service" in lowered

    def emergency_number(self, region: str) -> str:
        return resolve_region(region, self.table).emergency_number

    def says_call_now(self, text: str) -> bool:
        """True for the danger-now reply ("Call 999 now."), which an everyday question must never get."""
        return bool(_CALL_NOW.search(text))

    def has_number(self, text: str, region: str) -> bool:
        """True when the reply gives the region's emergency number (every part of "112 or 999")."""
        number = self.emergency_number(region)
        parts = re.findall(r"\d{3,}", number) or [number]
        return all(part.lower() in text.lower() for part in parts)


def judge(conversation: Conversation, replies: list[str], judge: Judge) -> Outcome:
    """Applies the checks that fit the conversation's kind."""
    outcome = Outcome(conversation, replies)
    checks = outcome.checks
    region = conversation.region
    if conversation.kind == "question":
        checks["no_call_now"] = not any(judge.says_call_now(r) for r in replies)
        checks["answered"] = not _LOST.search(replies[0]) if replies else False
        if conversation.topic is not None:  # a question set: neither a disclosure nor off topic
            turns = list(conversation.turns)
            checks["no_disclosure"] = not any(
                _treated_as_disclosure(turn, reply)
                for turn, reply in zip(turns, replies, strict=False)
            )
            # A topic answer opens with the topic's title, or with the app the parent named; a
            # question about where to report is answered by the region's services.
            openers = (*judge.topic_titles, *(f"{p.name}:" for p in judge.platforms))
            checks["topic_answer"] = bool(replies) and (
                replies[0].startswith(openers) or _services_asked_and_listed(turns[0], replies[0])
            )
            # The writer's "asks about" names an app the store knows: some reply must name it.
            asked = find_platforms(conversation.asks_about or "", judge.platforms)
            if asked:
                checks["names_platform"] = any(asked[0].name in reply for reply in replies)
        return outcome
    at = min(max(int(conversation.disclosed_at or 1), 1), len(replies)) - 1
    first = replies[at]
    after = replies[at:]
    if conversation.kind == "danger_now":
        # "Call N now" opens the first reply; N is the number of the region in play, which
        # can only be the parent's place once they have named it (checked by right_number).
        checks["number_first_reply"] = judge.says_call_now(first)
        checks["right_number"] = any(judge.has_number(r, region) for r in after)
        checks["route_by_end"] = any(judge.routes(r) for r in after)
    elif conversation.kind == "disclosure":
        checks["route_first_reply"] = judge.routes(first)
    else:  # unclear: one question may come first, then the route
        checks["route_within_two"] = any(judge.routes(r) for r in replies[at : at + 2])
    checks["right_region_route"] = any(judge.routes(r, region) for r in after)
    checks["never_lost"] = not any(_LOST.search(r) for r in after)
    return outcome


def run(conversations: list[Conversation], send: Send, judge_: Judge) -> list[Outcome]:
    """Plays every conversation through `send` (one sender id each) and judges it."""
    outcomes = []
    run_id = uuid.uuid4().hex[:8]  # a fresh conversation each run, never a continued one
    for number, conversation in enumerate(conversations):
        metadata = {"region": conversation.site_region} if conversation.site_region else {}
        sender = f"eval-{run_id}-{number}"
        replies = []
        for turn in conversation.turns:
            messages = send(sender, turn, metadata)
            replies.append("\n".join(m.get("text") or "" for m in messages))
        outcomes.append(judge(conversation, replies, judge_))
    return outcomes


@dataclass
class Summary:
    """Pass counts per check, per kind and overall."""

    total: int = 0
    passed: int = 0
    by_check: Counter[str] = field(default_factory=Counter)
    of_check: Counter[str] = field(default_factory=Counter)
    by_kind: Counter[str] = field(default_factory=Counter)
    of_kind: Counter[str] = field(default_factory=Counter)


def summarise(outcomes: list[Outcome]) -> Summary:
    summary = Summary()
    for outcome in outcomes:
        summary.total += 1
        summary.passed += outcome.passed
        summary.of_kind[outcome.conversation.kind] += 1
        summary.by_kind[outcome.conversation.kind] += outcome.passed
        for name, ok in outcome.checks.items():
            summary.of_check[name] += 1
            summary.by_check[name] += ok
    return summary


def format_summary(name: str, summary: Summary) -> str:
    """The figures as the README reports them."""

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}% ({a}/{b})" if b else "n/a"

    lines = [
        f"{name}: {summary.total} conversations, all checks pass in {pct(summary.passed, summary.total)}"
    ]
    for kind in KINDS:
        if summary.of_kind[kind]:
            lines.append(f"  {kind:<11} {pct(summary.by_kind[kind], summary.of_kind[kind])}")
    for check in sorted(summary.of_check):
        lines.append(f"  check {check:<22} {pct(summary.by_check[check], summary.of_check[check])}")
    return "\n".join(lines)


def rest_sender(url: str, timeout: float = 30.0) -> Send:
    """Sends each turn to a running bot's REST channel, as the portal does."""
    import httpx

    client = httpx.Client(timeout=timeout)

    def send(sender: str, text: str, metadata: dict[str, Any]) -> list[dict[str, Any]]:
        response = client.post(
            f"{url.rstrip('/')}/webhooks/rest/webhook",
            json={"sender": sender, "message": text, "metadata": metadata},
        )
        if response.status_code != 200:
            return [{"text": f"<HTTP {response.status_code}>"}]
        return response.json()

    return send


__all__ = [
    "Conversation",
    "Judge",
    "Outcome",
    "format_summary",
    "judge",
    "load_conversations",
    "rest_sender",
    "run",
    "summarise",
]
