"""How the triage and the classifier together decide a message's intent, as one pure function.

The triage is the floor: a disclosure it finds always wins. Around it, a few policies keep the
classifier from frightening or losing a parent: "call 999 now" on the classifier's word alone
needs a danger word or the danger-now model's score; a disclosure needs words about someone
(markup is not one); the danger-now model (or a sure classifier) may lift a disclosure the rules
hold to danger now, and the model alone may name danger now the rules missed, never in a
general question or when the parent says the child is safe; a short message with a place
says where they are; only asking to start again restarts; "please help" alone asks what
happened; a worry the classifier cannot place gets one question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.safety.cues import (
    BULLIED,
    BULLYING_OTHERS,
    DANGER,
    DEFINITIONAL,
    PERSON,
    QUESTION_START,
    RIGHT_NOW,
)
from bot.safety.triage import Triage
from bot.safety.vocabulary import IMAGE
from bot.situations import ABUSE_IMAGES, EMERGENCY, OWN_CHILD_IMAGE, intent_for, situation_for

# An opening message this long, about someone, that nothing could place, is a parent telling
# something: it gets the one question ("tell me what happened"), never "I didn't understand".
OPENING_WORDS = 10
_HE_OR_SHE = re.compile(r"\b(?:he|hes|she|shes)\b")
# Asking whether to allow something ("should I let her meet him?", "is it ok for my 12 year old
# to..."): a plan, not danger now. Only the rules' own danger now (she has already gone) wins.
_ASKS_PERMISSION = re.compile(
    r"\b(?:should|can|do|would|could) (?:i|we|you) (?:let|allow)\b|"
    r"\bis it (?:ok|okay|safe|alright|all right|wise|normal|a good idea) (?:for|if|to)\b|"
    r"\b(?:am i|are we) (?:right|wrong|ok|okay) to (?:let|allow|say no|stop)\b"
)
# A question the classifier is sure is about a topic ("what is sextortion? my boys are 15 and
# 16"), with no word of reporting, gets the topic's answer, not a route: the rules saw the
# topic's words and a child, the classifier saw a question. (Topic answers end by offering
# the route if something has happened.)
TOPIC_SURE_AT = 0.45
CONCERN_OVER_TOPIC_BELOW = 0.85
QUESTION_TOPIC_AT = 0.25  # a question the fallback caught gets its best topic from this score  # the triage's worry beats a topic the classifier is less sure of
_ASKS_TO_REPORT = re.compile(
    r"\b(?:report|reporting|police|cops|guards|garda|who (?:do|should|can) (?:i|we)|where (?:do|should|can) "
    r"(?:i|we)|what (?:do|should) (?:i|we) do|help me|what now|(?:do|should) (?:i|we) call)\b"
)
# A disclosure the classifier alone reads, in a question asking what to do, needs this much.
ML_DISCLOSURE_IN_QUESTION_AT = 0.85
ADVICE_ASKED = re.compile(
    r"^(?:is|are|does|do|can|should|how|what age|at what age)\b|\b(?:should|can|could|shall) "
    r"(?:i|we)\b|\bhow (?:do|can|should|would) (?:i|we)\b|\bis (?:it|this|that) (?:ok|okay|safe|"
    r"normal|alright)\b|\bwhat age\b|\bwhats the (?:safest|best|right|easiest) way\b"
)
_EVENT_TOLD = re.compile(
    r"\b(?:sent|asked (?:her|him|them|my)|told (?:me|her|him)|touched|threatened|posted|shared|found|caught|"
    r"hurt|hit|has been|have been|had been|messaging|messaged|contacted|groomed|met|meeting|"
    r"happened|showed (?:her|him|them)|sending)\b"
)
# Asking whether the worry is justified: a disclosure's question, not a topic's.
_WORRY_ASKED = re.compile(
    r"\b(?:am i|are we|im|i am) (?:just |being |probably )?(?:paranoid|overreacting|overthinking|"
    r"over reacting|over thinking|silly|crazy|mad)\b|\b(?:should|do) (?:i|we) be (?:worried|concerned)\b"
)
ESCALATE_AT = 0.85  # the classifier's confidence that lifts a rule-held disclosure to danger now
# The danger-now model's score (bot/safety/danger_model.py) that lifts a disclosure to danger now,
# and the higher score that names danger now when neither the rules nor the classifier found a
# disclosure. Chosen on sets 8 and 9 with the model trained without them (README).
DANGER_LIFTS_AT = 0.6
DANGER_ALONE_AT = 0.7
QUESTION_FLOOR = 0.1  # below this score, a danger word in a question does not back the classifier
FALLBACK = {"name": "nlu_fallback", "confidence": 1.0}

_PLEA = re.compile(
    r"^(?:please |pls |plz )?(?:help|urgent|emergency|sos)(?: (?:me|us|please|pls|now))*$"
)
_ASKS_MEANING = re.compile(r"\bwhat (?:is|s|does) (?:that|this|it)\b|\bwhat does \w+ mean\b")
_STARTS_NO = re.compile(r"^(?:no|nope|nah|not|na)\b")
_RESTART_WORDS = re.compile(r"\b(?:start|starting|restart|reset|new conversation|begin|clear)\b")
# Intents that mean the classifier did not really understand a short message.
_NOT_UNDERSTOOD = frozenset(
    {"nlu_fallback", "out_of_scope", "restart_conversation", "inform_age", "greet", "affirm", "deny",
     "ask_capabilities", None}
)  # fmt: skip
# A disclosure is about someone: the classifier's word alone needs a person in the text.
_ABOUT_SOMEONE = re.compile(
    r"\b(?:i|im|me|my|we|our|us|he|hes|him|his|she|shes|her|they|theyre|them|their|someone|somebody|"
    r"son|daughter|child|kid|kids|boy|girl|man|guy|teen|baby|lad|lass|wean|bairn|dad|mum|mom|stepdad|"
    r"stepmum|uncle|aunt|grandad|grandpa|nan|gran|neighbour|neighbor|coach|teacher|wee one|little one)\b"
)

_SERVICE_WORDS = re.compile(
    r"\b(?:report\w*|helplines?|hotlines?|numbers?|ring|call|phone|contact|services?|charity|charities|"
    r"agency|agencies|organisations?|organizations?|police|ceop|nspcc|iwf|childline|esafety|ncmec|"
    r"cybertip\w*|netsafe|tusla|garda|samaritans|equivalent|version of|who (?:do|would|can|should) "
    r"(?:i|we|you)|where (?:do|would|can|should) (?:i|we|you))\b"
)
# A message that only gives the child's age or a place is short ("she's 9", "we're in Ohio").
SHORT_ANSWER_WORDS = 12
# Thanks or goodbye needs its own words unless the classifier is sure.
CLOSING_SURE_AT = 0.8
_CLOSING_WORDS = re.compile(
    r"\b(?:bye|goodbye|see (?:you|ya)|(?:catch you|talk|speak) (?:later|soon)|later|ttyl|take care|"
    r"(?:im|i am|thats me|me) (?:done|off|going)|(?:gotta|got to|have to|need to) go|go now|"
    r"night|leave it|thats all|ciao|ta ra|end chat|signing off|farewell|thank|thanks|thankyou|"
    r"cheers|ta|thx|ty|appreciated?|helped|helpful|great|brilliant|perfect|lovely|useful|"
    r"reassuring|good|grand|fab|ace|nice|sound|ok|okay|okey|kk|alright|all right)\b"
)

Intent = dict[str, Any]


@dataclass(frozen=True)
class Combined:
    """The intent to act on, the ranking to show, and whether the classifier lifted it to danger now."""

    intent: Intent
    ranking: list[Intent] = field(default_factory=list)
    escalated: bool = False


def combine(
    norm: str,
    result: Triage,
    intent: Intent,
    ranking: list[Intent],
    has_place: bool,
    danger_score: float = 0.0,
    opening_statement: bool = False,
    question_mark: bool = False,
    has_age: bool = True,
) -> Combined:
    """Decides the intent from the normalised text, the triage, the classifier, a found place and
    the danger-now model's score. `opening_statement`: the conversation's first message, with
    no question mark; `question_mark`: the message has one; `has_age`: a child's age was found."""
    a_plan = bool(_ASKS_PERMISSION.search(norm))
    advice = bool(ADVICE_ASKED.search(norm))
    may_be_danger = not (result.question or result.safe_now or a_plan)
    if _a_topic_question(norm, result, intent, question_mark):
        return Combined(intent, ranking)
    if result.situation is not None:
        situation = result.situation
        escalated = not result.immediate and (
            (not a_plan and _sure_of_danger_now(norm, intent))
            or (may_be_danger and danger_score >= DANGER_LIFTS_AT)
        )
        if escalated:
            situation = EMERGENCY
        chosen = {"name": intent_for(situation), "confidence": 1.0}
        # The classifier's ranking stays for inspection, below the triage's certain answer.
        below = [
            {**entry, "confidence": 0.0} for entry in ranking if entry.get("name") != chosen["name"]
        ]
        return Combined(chosen, [chosen, *below], escalated)
    intent = _with_its_own_words(norm, intent, ranking, question_mark, has_age)
    name = intent.get("name")
    if _PLEA.match(norm) and name in _NOT_UNDERSTOOD:
        intent = {"name": "report_concern", "confidence": 1.0}  # "please help": what happened?
    elif has_place and len(norm.split()) <= 6 and name in _NOT_UNDERSTOOD:
        intent = {"name": "inform_region", "confidence": 1.0}  # "im in winnipeg"
    asks_meaning = result.situation is None and DEFINITIONAL.match(norm) and question_mark
    if result.question or asks_meaning or not _ABOUT_SOMEONE.search(norm):
        # A question ("what does 'unalive' mean? my 10 year old keeps saying it"), or words
        # about nobody: the classifier's disclosure alone does not route.
        if situation_for(intent.get("name")) is not None:
            intent = _best_other(ranking, lambda n: situation_for(n) is None, keep_fallback=True)
    elif may_be_danger and danger_score >= DANGER_ALONE_AT:
        chosen = {"name": intent_for(EMERGENCY), "confidence": 1.0}
        return Combined(chosen, [chosen, *ranking], escalated=True)
    elif situation_for(intent.get("name")) == EMERGENCY:
        # The classifier's "danger now" stands with a danger word, or with the model's score.
        # In a question the danger-now model must not rule it out: "any tips for the kids on
        # the hotel wifi?" has a danger word (hotel) and no danger.
        worded = DANGER.search(norm) and not (question_mark and danger_score < QUESTION_FLOOR)
        if worded and advice and not RIGHT_NOW.search(norm):
            # "...she came home upset and told me. how do I talk to her about it?": a danger
            # word ("came home") in a question about what to do needs the danger-now model.
            worded = danger_score >= DANGER_LIFTS_AT
        backed = worded or (may_be_danger and danger_score >= DANGER_LIFTS_AT)
        if a_plan or not backed:
            # Not danger now, but the classifier heard a worry about a child: its next
            # disclosure, or the one question, never "I can't help with that".
            intent = _best_other(
                ranking, lambda n: situation_for(n) not in (None, EMERGENCY), keep_fallback=False
            )
            if intent is FALLBACK:
                intent = _best_other(
                    ranking, lambda n: situation_for(n) != EMERGENCY, keep_fallback=False
                )
            unplaced = intent.get("name") in ("nlu_fallback", "out_of_scope")
            asking = question_mark and advice and not _EVENT_TOLD.search(norm)
            if unplaced and not (
                QUESTION_START.match(norm) or asking or _ASKS_MEANING.search(norm)
            ):
                intent = {"name": "report_concern", "confidence": 1.0}
    if situation_for(intent.get("name")) in _IMAGE_SITUATIONS and not _SOMETHING_SEEN.search(norm):
        # "so I don't want to come across heavy handed": no image, film or material named, so
        # no image situation, whatever the classifier heard in "come across".
        intent = _best_other(
            ranking, lambda n: situation_for(n) not in _IMAGE_SITUATIONS, keep_fallback=True
        )
    if _unsure_disclosure_in_advice_question(norm, result, intent, question_mark, a_plan, advice):
        # "is discord 13+? my son is 11 and his whole class is on a server": the rules heard no
        # event and the classifier is unsure; the question's topic (or its app) answers it.
        intent = _best_other(ranking, lambda n: situation_for(n) is None, keep_fallback=True)
    if intent.get("name") == "nlu_fallback" and result.situation is None and not result.concern:
        asked = question_mark or result.question or advice
        intent = _nearest_topic_for_a_question(norm, ranking, asked) or intent
    bullying = _bullying_topic(norm, result, intent)
    if bullying is not None:
        return Combined(bullying, ranking)
    unplaced = intent.get("name") in ("nlu_fallback", "out_of_scope", None)
    unsure_topic = (
        str(intent.get("name") or "").startswith("ask_")
        and float(intent.get("confidence") or 0.0) < CONCERN_OVER_TOPIC_BELOW
    )
    asks_who = bool(_ASKS_TO_REPORT.search(norm))  # "...the man at home. Who do I tell?"
    # "worried about my neighbours kid... how do i bring it up with his mum": the topic for
    # another family's child says where to go with a worry; it stands when advice is asked.
    other_family = intent.get("name") == OTHER_CHILD_TOPIC and (question_mark or advice)
    if (
        result.concern
        and (unsure_topic or unplaced)
        and (not question_mark or asks_who)
        and not other_family
    ):
        # "my son doesn't want to go to his uncle's anymore and won't say why": a worry, not
        # a question about body autonomy the classifier half heard.
        intent = {"name": "report_concern", "confidence": 1.0}
    elif unplaced and (result.concern or _telling_something(norm, result, opening_statement)):
        intent = {"name": "report_concern", "confidence": 1.0}
    return Combined(intent, ranking)


def _with_its_own_words(
    norm: str, intent: Intent, ranking: list[Intent], question_mark: bool, has_age: bool
) -> Intent:
    """Small-talk intents the classifier may hear in anything, kept only with their own words:
    a restart, a place, an age, a question about the services, thanks, goodbye, "no"."""
    name = intent.get("name")
    if name == "restart_conversation" and not _RESTART_WORDS.search(norm):
        intent, name = FALLBACK, FALLBACK["name"]
    if name == "inform_region" and question_mark and len(norm.split()) > SHORT_ANSWER_WORDS:
        # "What are snapchat streaks and why is she obsessed? We're in Belfast": the place is
        # read anyway; the question is what is asked.
        intent, name = FALLBACK, FALLBACK["name"]
    if name == "inform_age" and (not has_age or len(norm.split()) > SHORT_ANSWER_WORDS):
        # "about 30 mins", "what if he's 18?", a long question with an age in it: not the age
        # of the child, and not only an age.
        intent, name = FALLBACK, FALLBACK["name"]
    if name == "ask_which_service" and not _SERVICE_WORDS.search(norm):
        # A question about the services names one, or reporting, or a number to ring.
        intent = _best_other(
            ranking, lambda n: n != name and situation_for(n) is None, keep_fallback=True
        )
        name = intent.get("name")
    if name in ("goodbye", "thank") and not _CLOSING_WORDS.search(norm):
        # "he'll go off his head" is no goodbye, and "you're welcome" would be cruel.
        if float(intent.get("confidence") or 0.0) < CLOSING_SURE_AT:
            intent, name = FALLBACK, FALLBACK["name"]
    if name == "deny" and question_mark and not _STARTS_NO.match(norm) and not DANGER.search(norm):
        # "so it's not something to panic about?" is a question, not a "no" to "is the child
        # safe?" (which says "call 999 now") nor to "anything else?" (which says goodbye).
        intent, name = FALLBACK, FALLBACK["name"]
    return intent


def _a_topic_question(norm: str, result: Triage, intent: Intent, question_mark: bool) -> bool:
    """The rules held a disclosure, but the message asks a question the classifier is sure is a
    topic's, and asks nothing about reporting."""
    if result.situation is None or result.immediate or not question_mark:
        return False
    if _WORRY_ASKED.search(norm):
        return False  # "...then just stands there. am I being paranoid?": told, then asked
    if not str(intent.get("name") or "").startswith("ask_"):
        return False
    sure = float(intent.get("confidence") or 0.0) >= TOPIC_SURE_AT
    # "...who then put it in a group chat. Is there a way to get it off their phones?" tells.
    return sure and not _ASKS_TO_REPORT.search(norm) and not _EVENT_TOLD.search(norm)


def _nearest_topic_for_a_question(
    norm: str, ranking: list[Intent], question_mark: bool
) -> Intent | None:
    """A parent's question the classifier could not place with confidence, but whose best
    reading is a topic: the topic's answer (which ends by offering more) beats "I didn't
    understand"."""
    if not (question_mark or QUESTION_START.match(norm)):
        return None
    # "what if it's someone she likes" is no question about the services, whatever DIET heard.
    services = bool(_SERVICE_WORDS.search(norm))
    readings = [
        entry
        for entry in ranking
        if entry.get("name") != "nlu_fallback"
        and (services or entry.get("name") != "ask_which_service")
    ]
    if not readings or not str(readings[0].get("name") or "").startswith("ask_"):
        return None
    if float(readings[0].get("confidence") or 0.0) < QUESTION_TOPIC_AT:
        return None
    return readings[0]


_IMAGE_SITUATIONS = (ABUSE_IMAGES, OWN_CHILD_IMAGE)
_SOMETHING_SEEN = re.compile(
    rf"\b(?:{IMAGE}|material|content|stuff|files?|csam|cp|porn\w*|webcam|cam|camera|film\w*|"
    r"screenshots?|stream\w*|live|links?|sites?|websites?|apps?|sext\w*|online|internet|laptop|"
    r"computer|phone|tablet|ipad|device|drive)\b"
)
OTHER_CHILD_TOPIC = "ask_friend_child_at_risk"
BULLYING_TOPICS = ("ask_bullying", "ask_child_bullying_others")
_WORRY_INTENTS = ("report_concern", "nlu_fallback", "out_of_scope")


def _bullying_topic(norm: str, result: Triage, intent: Intent) -> Intent | None:
    """Bullying has no route of its own but a topic that says what to do (keep evidence, report
    on the platform, tell the school): a child bullied, told in plain words, gets that answer
    rather than an unrelated topic or "I didn't understand"."""
    if result.situation is not None or not BULLIED.search(norm):
        return None
    name = str(intent.get("name") or "")
    if name in BULLYING_TOPICS:
        return None
    if (
        name.startswith("ask_")
        and float(intent.get("confidence") or 0.0) >= CONCERN_OVER_TOPIC_BELOW
    ):
        return None  # the classifier is sure of another topic
    if not (name.startswith("ask_") or name in _WORRY_INTENTS):
        return None  # greetings, thanks, a place: not this
    topic = "ask_child_bullying_others" if BULLYING_OTHERS.search(norm) else "ask_bullying"
    return {"name": topic, "confidence": 1.0}


def _unsure_disclosure_in_advice_question(
    norm: str, result: Triage, intent: Intent, question_mark: bool, a_plan: bool, advice: bool
) -> bool:
    """The classifier alone reads a disclosure (not danger now), with less than
    ML_DISCLOSURE_IN_QUESTION_AT, in a message that asks what to do or whether to allow
    something, and asks nothing about reporting."""
    situation = situation_for(intent.get("name"))
    if situation in (None, EMERGENCY) or result.situation is not None or result.concern:
        return False
    if not (a_plan or advice) or not (question_mark or result.question or advice):
        return False
    if _ASKS_TO_REPORT.search(norm) or _EVENT_TOLD.search(norm):
        return False  # "his coach has been messaging her, how do I handle it?" is telling
    return float(intent.get("confidence") or 0.0) < ML_DISCLOSURE_IN_QUESTION_AT


def _telling_something(norm: str, result: Triage, opening_statement: bool) -> bool:
    """A long opening message about a child or someone close, not a question."""
    if not opening_statement or result.question or len(norm.split()) < OPENING_WORDS:
        return False
    if ADVICE_ASKED.search(norm) and not _EVENT_TOLD.search(norm):
        return False  # "my 14 yr old is on his phone till 1am. how do i get him to hand it over"
    return bool(PERSON.search(norm) or _HE_OR_SHE.search(norm))


def _sure_of_danger_now(norm: str, intent: Intent) -> bool:
    """The classifier, trained on far more varied words, is sure of danger now, and the text has
    a time or danger word."""
    if intent.get("name") != intent_for(EMERGENCY):
        return False
    if float(intent.get("confidence") or 0.0) < ESCALATE_AT:
        return False
    return bool(DANGER.search(norm) or RIGHT_NOW.search(norm))


def _best_other(
    ranking: list[Intent], allowed: Callable[[str | None], bool], *, keep_fallback: bool
) -> Intent:
    """The classifier's best allowed intent; an unsure one (< 0.1) means it did not understand."""
    others = [entry for entry in ranking if allowed(entry.get("name"))]
    best = others[0] if others else FALLBACK
    if best.get("confidence", 0.0) < 0.1 and not (
        keep_fallback and best.get("name") == "nlu_fallback"
    ):
        return FALLBACK
    return best
