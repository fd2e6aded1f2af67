"""What the bot does with each message around a disclosure, as pure decisions the actions carry out.

A disclosure is routed in its first reply; a question ("is the child safe?") may follow the
route, never gate it. Once routed it stays open, and every later message goes on with it:
parents answer in their own words, ask something back, or say "ok", and none of that may drop
them at the generic menu. Only a worry that cannot be told gets one question first, and the
next reply routes whatever the answer says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.cues import WARNING_SIGNS
from bot.safety.vocabulary import normalise
from bot.situations import CONCERN, EMERGENCY, GROOMING, OWN_CHILD_IMAGE, SEXTORTION, situation_for

ROUTE = "route"
ASK_WHAT_HAPPENED = "ask_what_happened"
CONTINUE = "continue"

# Continuations: what the parent's next message asks of an open disclosure.
REGION_CHANGED = "region_changed"  # a new place: the route for that place
NOT_SAFE = "not_safe"  # the child is not safe or they are not sure (the number came first)
SAFE = "safe"  # the child is safe now: how to talk to them, then where to go
HOW_TO_TALK = "how_to_talk"  # a question about the child or talking: advice, then where to go
ROUTE_AGAIN = "route_again"  # "how do I report it?", "show me again": the whole route
CLOSING = "closing"  # thanks or goodbye: kind words, and where to go once more
REMIND = "remind"  # "ok", nonsense, anything else: where to go, and what else helps
CALL_FIRST = "call_first"  # danger now, and "do I call her worker first or 911?": the number first

# "do I call her worker first or 911", "who do I ring?", "should I phone the police?"
WHOM_TO_CALL = re.compile(
    r"\b(?:call|ring|phone|contact|tell|report to)\b(?: \w+){0,4} (?:first|or)\b|"
    r"\b(?:who|which|what number) (?:do|should|can) (?:i|we) (?:call|ring|phone|contact|tell)\b|"
    r"\b(?:should|do|can|shall) (?:i|we) (?:call|ring|phone|get) (?:the )?(?:police|cops|guards|"
    r"gardai|ambulance|911|999|000|111|112)\b",
    re.IGNORECASE,
)

# A worry told at this length has been told: it gets the broad route at once.
TOLD_WORDS = 20


def is_told(text: str) -> bool:
    """A worry already told: long enough, or naming a sign of a child hiding something ("keeps
    getting packages and won't tell me who they're from"), which asking "what happened?" would
    only make the parent repeat."""
    if len(text.split()) >= TOLD_WORDS:
        return True
    norm = normalise(text)
    return any(sign.search(norm) for sign in WARNING_SIGNS)


# A topic question given as the answer to "what happened?" says what kind of worry it is.
TOPIC_SITUATIONS = {
    "ask_grooming": GROOMING,
    "ask_sextortion": SEXTORTION,
    "ask_nudes": OWN_CHILD_IMAGE,
}


@dataclass(frozen=True)
class Step:
    """The action's decision: route a situation, ask what happened, or go on with the open one."""

    kind: str
    situation: str | None = None


def on_route_request(
    intent: str | None,
    *,
    open_situation: str | None,
    concern_pending: bool,
    region: str,
    routed_region: str | None,
    ml_only: bool = False,
    told: bool = False,
) -> Step:
    """Decides what `action_route_disclosure` does with the latest message.

    `ml_only`: the classifier, not the triage, named the situation. In an open disclosure that
    is most often an answer in words ("she's at her dad's this week") read as a new one, so it
    goes on with the open disclosure unless the place changed. `told`: the message already
    tells a lot (TOLD_WORDS or more): a worry nothing could place is routed at once to the
    region's broad route, not asked "what happened?" again.
    """
    situation = situation_for(intent)
    if situation is not None:
        same_place = region == routed_region
        if open_situation and same_place and (situation == open_situation or ml_only):
            return Step(CONTINUE, open_situation)  # no second full route for the same worry
        return Step(ROUTE, situation)
    if concern_pending:
        return Step(ROUTE, TOPIC_SITUATIONS.get(intent or "", CONCERN))
    if open_situation:
        return Step(CONTINUE, open_situation)
    if told:
        return Step(ROUTE, CONCERN)
    return Step(ASK_WHAT_HAPPENED)


def continuation(
    intent: str | None,
    *,
    awaiting_safety: bool,
    safe_now: bool,
    region_changed: bool,
    situation: str | None = None,
    text: str = "",
) -> str:
    """Decides how `action_continue_disclosure` goes on with an open disclosure. `situation`:
    the open one; in danger now, a question about whom to call gets the number first."""
    if region_changed:
        return REGION_CHANGED
    if situation == EMERGENCY and WHOM_TO_CALL.search(text):
        return CALL_FIRST
    if intent == "deny" and awaiting_safety:
        return NOT_SAFE
    if safe_now or (intent == "affirm" and awaiting_safety):
        return SAFE
    if intent == "report_concern":
        return ROUTE_AGAIN
    if intent in ("thank", "goodbye"):
        return CLOSING
    if intent == "inform_age" or (intent or "").startswith("ask_"):
        return HOW_TO_TALK  # any topic question, asked now, is about this child and this worry
    return REMIND
