"""Hands the NLU the parent's recent messages, and lets the classifier read them together.

Rasa parses a message with the conversation's tracker in hand but gives NLU components only the
message. One patch to `MessageProcessor._parse_message_with_graph` does two things with the last
user texts of the current session (already in the tracker store, under its retention limit;
nothing is copied elsewhere):

- it puts them in a context variable for the duration of the parse, so the triage reads a
  disclosure told in pieces (`bot/safety/context.py`);
- when no disclosure is open and neither the triage nor the classifier found one in the new
  message, it parses the last messages joined, once, and takes a disclosure the classifier is
  sure of there (`read_with_context`): the learned layer reading the conversation, not only
  the last message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from bot.safety.cues import HAPPENED
from bot.safety.vocabulary import normalise
from bot.situations import EMERGENCY, situation_for

RECENT_USER_TEXTS: ContextVar[tuple[str, ...]] = ContextVar("recent_user_texts", default=())
_KEEP = 3
_JOIN = 2  # earlier messages the classifier reads with the new one
CONTEXT_CONFIDENCE = 0.9
# Only a message the classifier could not place is read again with the ones before it: a
# second parse costs a turn's worth of NLU, so clear topic questions skip it.
UNSURE_BELOW = 0.6
_VAGUE_INTENTS = frozenset(
    {"nlu_fallback", "out_of_scope", "affirm", "deny", "greet", "thank", "inform_age", "inform_region",
     "report_concern"}
)  # fmt: skip
_APPLIED = False
# Danger now from the joined messages needs the new one to say something of time or danger.
_NEW_DANGER = re.compile(
    r"\b(?:now|tonight|today|just|still|gone|missing|hurt\w*|hit\w*|help|scared|answering|"
    r"outside|here|with him|with her|coming|meet\w*)\b",
    re.I,
)


def recent_user_texts(tracker: Any, keep: int = _KEEP) -> tuple[str, ...]:
    """The last `keep` user texts of the tracker's current session, oldest first."""
    from rasa.shared.core.events import SessionStarted, UserUttered

    texts: list[str] = []
    for event in reversed(list(getattr(tracker, "events", []) or [])):
        if isinstance(event, SessionStarted):
            break
        if isinstance(event, UserUttered) and event.text and not event.text.startswith("/"):
            texts.append(event.text)
            if len(texts) >= keep:
                break
    return tuple(reversed(texts))


def read_with_context(
    parse: dict[str, Any],
    text: str,
    recent: tuple[str, ...],
    reparse: Callable[[str], dict[str, Any]],
    after_topic: bool = False,
) -> dict[str, Any]:
    """The parse of the new message, or a disclosure the classifier finds in the last ones joined.
    `after_topic`: the bot's last answer was a topic's, so a short message follows it up."""
    found_intent = parse.get("intent") or {}
    intent = found_intent.get("name")
    safeguarding = parse.get("safeguarding") or {}
    if not recent or situation_for(intent) is not None or safeguarding.get("question"):
        return parse
    if after_topic and len(text.split()) <= FOLLOW_UP_WORDS:
        return parse  # "he's 11 and takes the bus on his own" after the first-phone answer
    sure = float(found_intent.get("confidence") or 0.0) >= UNSURE_BELOW
    if sure and intent not in _VAGUE_INTENTS:
        return parse  # a clear topic question or request: one parse is enough
    if text.startswith("/"):
        return parse  # a button
    joined = reparse(" . ".join([*recent[-_JOIN:], text]))
    found = joined.get("intent") or {}
    situation = situation_for(found.get("name"))
    if situation is None or float(found.get("confidence") or 0.0) < CONTEXT_CONFIDENCE:
        return parse
    if situation == EMERGENCY and not _NEW_DANGER.search(text):
        return parse
    chosen = {"name": found["name"], "confidence": float(found["confidence"])}
    ranking = [
        chosen,
        *[r for r in parse.get("intent_ranking") or [] if r.get("name") != chosen["name"]],
    ]
    rules = [*safeguarding.get("rules", []), "ml_context"]
    return {
        **parse,
        "intent": chosen,
        "intent_ranking": ranking,
        "safeguarding": {**safeguarding, "rules": rules},
    }


# A follow-up to a topic answer ("she's 13. what settings", "and for his 14 year old sister?
# she'll hate it") that only the classifier, unsure, reads as a disclosure stays with the topic.
FOLLOW_UP_BELOW = 0.9
FOLLOW_UP_WORDS = 12  # a longer message tells something new: the classifier's reading stands
# Worded as going on from the answer, and asked: "and can she turn it off herself?", "what if
# it ever happened to him?". Only the rules' reading, never the classifier's alone, leaves the topic.
_CONTINUES = re.compile(r"^\s*(?:and|also|what if|what about|how about)\b[^.!]*\?\s*$", re.I)


_BEEN = re.compile(r"\b(?:hes|shes|theyve|theyre|ive|weve|its) been\b")


def _continues_the_answer(text: str) -> bool:
    """Asked as going on from the answer, and telling no event ("and he's been messaging her
    every night?" tells one: the classifier's reading stands)."""
    norm = normalise(text)
    return bool(_CONTINUES.match(text)) and not (HAPPENED.search(norm) or _BEEN.search(norm))


def follow_up_of_topic(parse: dict[str, Any], last_topic: str) -> dict[str, Any]:
    """The parse, or the last topic when the classifier alone, unsure, heard a disclosure in a
    short follow-up."""
    if len(str(parse.get("text") or "").split()) > FOLLOW_UP_WORDS:
        return parse
    found = parse.get("intent") or {}
    situation = situation_for(found.get("name"))
    safeguarding = parse.get("safeguarding") or {}
    # "and at her dad's house?" read as a worry the classifier cannot place: still the topic.
    unplaced_worry = found.get("name") == "report_concern" and not safeguarding.get("concern")
    # "he's 11 and takes the bus on his own": the child's age, for the topic just answered.
    an_age = found.get("name") == "nlu_fallback" and any(
        entity.get("entity") == "age_band" for entity in parse.get("entities") or []
    )
    if an_age and not safeguarding.get("concern") and not safeguarding.get("rules"):
        return _the_topic_again(parse, last_topic)
    if situation is None and not unplaced_worry:
        return parse
    if situation == EMERGENCY or safeguarding.get("rules"):
        return parse  # the rules found something, or it is danger now: never softened
    sure = float(safeguarding.get("ml_confidence") or found.get("confidence") or 0.0)
    if sure >= FOLLOW_UP_BELOW and not _continues_the_answer(str(parse.get("text") or "")):
        return parse
    if float(safeguarding.get("danger_now_score") or 0.0) >= 0.5:
        return parse
    return _the_topic_again(parse, last_topic)


def _the_topic_again(parse: dict[str, Any], last_topic: str) -> dict[str, Any]:
    """The parse, read as a follow-up of the topic just answered."""
    safeguarding = {**(parse.get("safeguarding") or {}), "rules": ["topic_follow_up"]}
    return {
        **parse,
        "intent": {"name": last_topic, "confidence": 1.0},
        "safeguarding": safeguarding,
    }


def _context_reading() -> bool:
    """CONTEXT_READING=0 turns the joined reading off (to measure what it adds); on by default."""
    import os

    return os.environ.get("CONTEXT_READING", "1") != "0"


def apply() -> None:
    """Wraps the parse once per process (the Rasa server's, or a test's agent)."""
    global _APPLIED
    if _APPLIED:
        return
    from rasa.core.channels.channel import UserMessage
    from rasa.core.processor import MessageProcessor

    original = MessageProcessor._parse_message_with_graph

    def parse_with_recent(self: Any, message: Any, tracker: Any, *args: Any, **kwargs: Any) -> Any:
        recent = recent_user_texts(tracker) if tracker is not None else ()
        token = RECENT_USER_TEXTS.set(recent)
        try:
            parse = original(self, message, tracker, *args, **kwargs)
        finally:
            RECENT_USER_TEXTS.reset(token)
        if (
            tracker is None
            or tracker.get_slot("disclosure_open")
            or tracker.get_slot("concern_pending")
        ):
            return parse  # an open disclosure goes on whatever is said next
        last_topic = tracker.get_slot("last_topic")
        if last_topic:
            parse = follow_up_of_topic(parse, last_topic)

        def reparse(text: str) -> dict[str, Any]:
            joined = UserMessage(text, sender_id=message.sender_id, metadata=message.metadata)
            return original(self, joined, None, *args, **kwargs)

        return read_with_context(parse, message.text or "", recent, reparse, bool(last_topic))

    MessageProcessor._parse_message_with_graph = parse_with_recent  # type: ignore[method-assign]
    _APPLIED = True
