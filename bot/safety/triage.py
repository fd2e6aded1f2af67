"""Deterministic safeguarding triage: flags danger and disclosures in any message, so an ML miss never drops one.

A message discloses a situation when its cues fire and it is not a general or hypothetical
question ("what is grooming?" stays education). Danger now outranks every situation.
The words live in vocabulary.py, the patterns in cues.py; this module only decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.cues import (
    ABUSE_IN_PERSON_CUES,
    ABUSE_MATERIAL,
    ADULT_BEHAVIOUR_CUES,
    ALWAYS_EMERGENCY,
    ASKED_FOR_IMAGE,
    AT_THE_DOOR,
    CHILD_SAFE,
    COMING_FOR_CHILD,
    CONCERN_CUES,
    CONDITIONAL,
    DANGER,
    DEADLINE,
    DEFINITIONAL,
    EXPECTED_BACK,
    GONE_TO_MEET,
    GREETING_PREFIX,
    GROOMING_CUES,
    HAPPENED,
    HARM_IN_PROGRESS,
    HARMED_CHILD,
    HIDING_NOW,
    IMAGE_OUT,
    JUST_ASKING,
    KNOWN_ADULT,
    KNOWN_ADULT_HAS,
    MEANS_AT_HAND,
    MEETING,
    NOT_AN_EVENT,
    NOT_BACK,
    NUDES_AS_A_TOPIC,
    OWN_IMAGE_CUES,
    OWN_PERSON,
    PAST,
    PERSON,
    QUESTION_START,
    RESIDENCE_NOW,
    RIGHT_NOW,
    SAFE_NOW,
    SELF_HARM_CUES,
    SELF_NOW,
    SEXTORTION_CUES,
    STILL_THERE,
    STRONG_NOW,
    TALK_TO_SOMEONE,
    TEACHING,
    THREAT,
    THREAT_OF_HARM,
    UNREACHABLE,
    UNRESPONSIVE,
    WARNING_SIGNS,
    WITH_CHILD_NOW,
)
from bot.safety.vocabulary import HOUSEHOLD_ADULT, MAX_CHARS, OTHER_ADULT, normalise
from bot.situations import (
    ABUSE_IMAGES,
    ABUSE_IN_PERSON,
    ADULT_BEHAVIOUR,
    EMERGENCY,
    GROOMING,
    OWN_CHILD_IMAGE,
    SELF_HARM,
    SEXTORTION,
)

__all__ = ["MAX_CHARS", "SITUATION_RULES", "Triage", "normalise", "triage"]


@dataclass(frozen=True)
class Triage:
    """What the triage found: a situation or None, whether it is happening now, whether the text says the child is safe."""

    situation: str | None = None
    immediate: bool = False
    safe_now: bool = False
    rules: tuple[str, ...] = ()
    question: bool = False  # a general or teaching question, not a report of something
    concern: bool = False  # a worry about someone that does not say what happened


# Checked in this order: the first whose cues fire names the situation.
SITUATION_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (SEXTORTION, SEXTORTION_CUES),
    (ABUSE_IMAGES, ABUSE_MATERIAL),
    (SELF_HARM, SELF_HARM_CUES),
    (ADULT_BEHAVIOUR, ADULT_BEHAVIOUR_CUES),
    (OWN_CHILD_IMAGE, OWN_IMAGE_CUES),
    (ABUSE_IN_PERSON, ABUSE_IN_PERSON_CUES),
    (GROOMING, GROOMING_CUES),
)


def _has_real_person(text: str) -> bool:
    """True when some person the text names stands outside an if/when clause."""
    for match in PERSON.finditer(text):
        before = " ".join(text[max(0, match.start() - 60) : match.start()].split()[-6:])
        if not CONDITIONAL.search(before):
            return True
    return False


# A teenager writing about themselves ("im 15 and my stepdad..."): "he's downstairs" is the
# person they fear, not a sign that they are safe; only their own words about themselves are.
_WRITING_ABOUT_SELF = re.compile(
    r"\b(?:im|i am) (?:only )?(?:[5-9]|1[0-7])\b(?! (?:mins|minutes|hours|miles|km))"
)
_SELF_SAFE = re.compile(r"\b(?:im|i am) (?:now )?(?:safe|ok|okay|fine|with (?:my|a|the))\b")
# "what are the signs a teenager is being radicalised?": the question's own words, no event.
_SIGNS_OF = re.compile(r"\bsigns? (?:that |of )?(?:\w+ ){0,3}(?:is|are) being \w+")


def _says_safe(norm: str) -> bool:
    """The text says the child is safe now, or that it all happened in the past."""
    if _WRITING_ABOUT_SELF.search(norm):
        return bool(_SELF_SAFE.search(norm) or PAST.search(norm))
    return bool(SAFE_NOW.search(norm))


def _is_education_question(text: str) -> bool:
    """A general or teaching question: about a topic, not about something that happened."""
    text = _SIGNS_OF.sub("signs", text)
    if JUST_ASKING.search(text) and not _event_told(text):
        return True  # "is it a red flag if...? just asking generally, my son is 11"
    stripped = re.sub(r"\s+", " ", NOT_AN_EVENT.sub(" ", text)).strip()
    if (
        stripped != text
    ):  # "I read about a boy who...": news, unless it names someone of the parent's
        if not OWN_PERSON.search(stripped):
            return True
        if TEACHING.search(stripped) and not HAPPENED.search(stripped):
            return True
    if not QUESTION_START.match(text):
        text = GREETING_PREFIX.sub("", text)
        if not QUESTION_START.match(text):
            return False
    if TEACHING.search(text) and not HAPPENED.search(stripped):
        return True
    return not _has_real_person(text)


_SOMEONE_ELSE = re.compile(
    rf"\b(?:{HOUSEHOLD_ADULT}|{OTHER_ADULT}|man|men|guy|woman|stranger|someone|somebody|adult|"
    r"person|account|he|she|they)\b(?! (?:is|s) (?:\d|only|just))"
)
_SENTENCE = re.compile(r"(?<=[.?!])\s+|\n+")


def _asks_how_to_teach(text: str) -> bool:
    """A message whose question is how to teach or warn ("Foster carer. The lad in my care is
    12 and very trusting of adults online. How do I explain grooming to him?"), and whose other
    sentences tell no event: the question is the point, wherever it stands."""
    sentences = [normalise(part) for part in _SENTENCE.split(text or "")]
    sentences = [sentence for sentence in sentences if sentence]
    if len(sentences) < 2:
        return False
    teaching = [s for s in sentences if QUESTION_START.match(s) and TEACHING.search(s)]
    told = [s for s in sentences if s not in teaching]
    if not teaching or any(HAPPENED.search(s) for s in sentences):
        return False
    return not any(_SOMEONE_ELSE.search(s) for s in told)  # "his coach messages him..."


def _situation(text: str, fired: list[str]) -> str:
    """Which of the fired situations wins: the first, unless a tie-breaker says otherwise."""
    first = fired[0]
    if first == OWN_CHILD_IMAGE and GROOMING in fired and ASKED_FOR_IMAGE.search(text):
        if not IMAGE_OUT.search(text):
            return GROOMING  # someone asking a child for an image: CEOP, not a take-down service
    if first == ABUSE_IMAGES and KNOWN_ADULT_HAS.search(text) and ADULT_BEHAVIOUR in fired:
        return ADULT_BEHAVIOUR
    if first == ADULT_BEHAVIOUR and ABUSE_IN_PERSON in fired and HARMED_CHILD.search(text):
        return ABUSE_IN_PERSON
    if first == ADULT_BEHAVIOUR and GROOMING in fired and not KNOWN_ADULT.search(text):
        return GROOMING  # a stranger contacting the child online: CEOP, not Stop It Now
    if first in (SEXTORTION, OWN_CHILD_IMAGE, ADULT_BEHAVIOUR) and SELF_HARM in fired:
        return SELF_HARM  # the child's life comes before the images
    return first


# Words that tell an event even beside "just asking": "he sent her a photo, just asking if...".
PAST_EVENT_TOLD = re.compile(
    r"\b(?:sent|asked|told me|touched|threatened|posted|shared|found|caught|hurt|hit)\b"
)


def _event_told(norm: str) -> bool:
    """An event told outside an if-clause: "if my child ever told me someone had hurt them"
    tells nothing; "he sent her a photo, just asking if..." does."""
    for match in PAST_EVENT_TOLD.finditer(norm):
        before = " ".join(norm[: match.start()].split()[-8:])
        if not CONDITIONAL.search(before):
            return True
    return False


THIS_MINUTE = re.compile(
    r"\b(?:right now|just now|as we speak|at the moment|this minute|currently)\b"
)
SAID_SAFE = re.compile(r"\b(?:is|s|shes|hes|theyre|are|m|im) (?:now )?(?:safe|fine|ok|okay)\b")
_OWN_ROOM = re.compile(r"in (?:her|his|their) room|upstairs|downstairs|in bed")


def _safe_from_herself(norm: str) -> bool:
    """Said safe, or somewhere safe from herself (at school, with me); her own room is not."""
    if SAID_SAFE.search(norm):
        return True
    return any(not _OWN_ROOM.search(m.group(0)) for m in CHILD_SAFE.finditer(norm))


# Words that make what follows someone else's words, quoted: "she said 'i want to die'".
_QUOTING = re.compile(
    r"\b(?:said|says|saying|told|tells|wrote|writes|texted|messaged|note|diary|posted|searched)\b"
)


def _says_it_now(norm: str) -> bool:
    """The writer says, in their own words, that they want to die now."""
    for match in SELF_NOW.finditer(norm):
        before = " ".join(norm[: match.start()].split()[-6:])
        if not _QUOTING.search(before) and not CONDITIONAL.search(before):
            return True
    return False


def _gone_despite_the_question(norm: str) -> bool:
    """A question that also says the child has gone to meet someone ("should I have let her go?
    she left to meet him an hour ago"): the event, not the question, decides."""
    for pattern in (GONE_TO_MEET, MEETING):
        for match in pattern.finditer(norm):
            before = " ".join(norm[: match.start()].split()[-6:])
            if CONDITIONAL.search(before):
                continue
            if pattern is GONE_TO_MEET or UNREACHABLE.search(norm) or NOT_BACK.search(norm):
                return True
    return False


def _person_with_child_now(norm: str) -> bool:
    """The person feared is with a child at this moment ("he's upstairs giving her a bath right
    now"); "he's upstairs" there is about him, not a sign that the child is safe."""
    with_child = WITH_CHILD_NOW.search(norm)
    if not with_child or not RIGHT_NOW.search(norm):
        return False
    rest = norm[: with_child.start()] + " " + norm[with_child.end() :]
    return not CHILD_SAFE.search(rest) and _has_real_person(norm)


def triage(text: str) -> Triage:
    """Reads one message and says which safeguarding situation it discloses, if any."""
    norm = normalise(text or "")
    if not norm:
        return Triage()
    # "teens sending nudes" is the topic, not an event, unless an event is told beside it.
    rule_text = NUDES_AS_A_TOPIC.sub(" that topic ", norm)
    if rule_text != norm and _event_told(rule_text):
        rule_text = norm
    fired = [name for name, pattern in SITUATION_RULES if pattern.search(rule_text)]
    # Asking for a person to talk to ("is there someone I can talk to?") is asking for help.
    education = (
        not TALK_TO_SOMEONE.search(norm)
        and (_is_education_question(norm) or _asks_how_to_teach(text))
        and not _gone_despite_the_question(norm)
    )
    safe_now = _says_safe(norm) and not UNRESPONSIVE.search(norm)  # "fine but won't open the door"
    # Danger now, unless the message is only a question about it.
    if not education:
        # A past event mentioned beside "he just texted me" does not make today's danger past.
        past = PAST.search(norm) and not STRONG_NOW.search(norm)
        unreachable = UNREACHABLE.search(norm)
        not_back = NOT_BACK.search(norm)
        always = (
            ALWAYS_EMERGENCY.search(norm)
            or GONE_TO_MEET.search(norm)
            or (unreachable and (MEETING.search(norm) or not_back))
            or (not_back and (EXPECTED_BACK.search(norm) or RIGHT_NOW.search(norm)))
        )
        if always and not past:
            return Triage(EMERGENCY, immediate=True, rules=("always_emergency", *fired))
        current = not CHILD_SAFE.search(norm) and not past
        if current and RIGHT_NOW.search(RESIDENCE_NOW.sub(" ", norm)) and DANGER.search(norm):
            return Triage(EMERGENCY, immediate=True, rules=("danger_now", *fired))
        # A threat with a deadline is danger now wherever the child is: the harm is the threat.
        threat = bool(fired) and (
            fired[0] == SEXTORTION or (fired[0] == OWN_CHILD_IMAGE and THREAT.search(norm))
        )
        if threat and not past and DEADLINE.search(norm) and _has_real_person(norm):
            return Triage(EMERGENCY, immediate=True, rules=("sextortion_deadline", *fired))
        # The means or a plan at hand: her own room is no safety from herself.
        if SELF_HARM in fired and not past and MEANS_AT_HAND.search(norm):
            if not _safe_from_herself(norm) and _has_real_person(norm):
                return Triage(EMERGENCY, immediate=True, rules=("self_harm_means", *fired))
        if SELF_HARM in fired and not past and UNRESPONSIVE.search(norm):
            return Triage(EMERGENCY, immediate=True, rules=("self_harm_unresponsive", *fired))
        if SELF_HARM in fired and not past and _says_it_now(norm):
            return Triage(EMERGENCY, immediate=True, rules=("self_now", *fired))
        harmful = {ABUSE_IN_PERSON, ADULT_BEHAVIOUR, GROOMING} & set(fired)
        if harmful and not past and COMING_FOR_CHILD.search(norm) and _has_real_person(norm):
            return Triage(EMERGENCY, immediate=True, rules=("coming_for_child", *fired))

        # "She's in her room cutting herself right now": her room is no safety from herself.
        if (
            SELF_HARM in fired
            and not past
            and THIS_MINUTE.search(norm)
            and not _safe_from_herself(norm)
        ):
            if _has_real_person(norm):
                return Triage(EMERGENCY, immediate=True, rules=("self_harm_now", *fired))
        if (
            not past
            and {ABUSE_IMAGES, ABUSE_IN_PERSON} & set(fired)
            and _person_with_child_now(norm)
        ):
            return Triage(EMERGENCY, immediate=True, rules=("with_child_now", *fired))
        if ABUSE_IN_PERSON in fired and not past and HIDING_NOW.search(norm):
            return Triage(EMERGENCY, immediate=True, rules=("hiding_now", *fired))
        if ABUSE_IN_PERSON in fired and not past and STILL_THERE.search(norm):
            # Still there with a threat of more, or a child writing about themselves: danger
            # now. Not "he's still here" alone, where "he" may be the child at home.
            writer_is_child = bool(_WRITING_ABOUT_SELF.search(norm))
            if writer_is_child or THREAT_OF_HARM.search(norm):
                return Triage(EMERGENCY, immediate=True, rules=("still_there", *fired))
        if (
            {ABUSE_IN_PERSON, ADULT_BEHAVIOUR} & set(fired)
            and not past
            and AT_THE_DOOR.search(norm)
            and _has_real_person(norm)
        ):
            return Triage(EMERGENCY, immediate=True, rules=("at_the_door", *fired))
        if current and ABUSE_IN_PERSON in fired and HARM_IN_PROGRESS.search(norm):
            return Triage(EMERGENCY, immediate=True, rules=("harm_in_progress", *fired))
    if not fired:
        signs = sum(1 for sign in WARNING_SIGNS if sign.search(norm)) >= 2
        concern = (not education or signs) and bool(CONCERN_CUES.search(norm))
        concern = concern and _has_real_person(norm)
        return Triage(safe_now=safe_now, question=education, concern=concern)
    # Cues about nobody in particular, or a general question, disclose nothing.
    if fired[0] != ABUSE_IMAGES and not _has_real_person(norm):
        return Triage(rules=("no_person", *fired), question=education)
    if education and not (fired[0] == ABUSE_IMAGES and not DEFINITIONAL.match(norm)):
        return Triage(rules=("education_question", *fired), question=True)
    return Triage(_situation(norm, fired), safe_now=safe_now, rules=tuple(fired))
