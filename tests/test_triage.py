"""The deterministic triage: every situation, danger now, and the education questions it must leave alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.routing import emergency_kind
from bot.safety.triage import MAX_CHARS, normalise, triage
from bot.situations import situation_for

ROOT = Path(__file__).resolve().parent.parent


def training_examples(name: str) -> list[tuple[str, str]]:
    data = yaml.safe_load((ROOT / "data" / "nlu" / name).read_text())
    examples = []
    for block in data["nlu"]:
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                text = re.sub(r"\[([^\]]+)\]\{[^}]*\}", r"\1", line[2:])
                examples.append((text, block["intent"]))
    return examples


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is meeting a man from snapchat tonight",
        "i am 12 and being forced to have sex",
        "my son is missing and his phone is off",
        "there's a man at the door saying he's come to collect my daughter",
        "my son is standing on a bridge and says he is going to jump",
        "she's taken an overdose",
        "help he is hurting her right now",
        "child in danger now what do I do",
    ],
)
def test_danger_now_is_an_emergency(text: str) -> None:
    result = triage(text)
    assert result.situation == "emergency"
    assert result.immediate


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        ("a man on roblox keeps asking my 11 year old for pics", "grooming"),
        ("someone on discord told my son to keep their chats secret", "grooming"),
        ("I found child abuse images on a website", "abuse_images"),
        ("should I screenshot the images I found so I can send them to the police", "abuse_images"),
        ("my daughter's nudes have been shared in a group chat", "own_child_image"),
        ("someone is blackmailing my son, they want money or they'll post his pics", "sextortion"),
        ("my son told me his coach touched him", "abuse_in_person"),
        ("i think my husband is looking at images of children", "adult_behaviour"),
        ("I'm scared of my own thoughts about children", "adult_behaviour"),
        ("my daughter has been cutting herself", "self_harm"),
        ("my son says he wants to die", "self_harm"),
    ],
)
def test_each_situation_is_recognised(text: str, situation: str) -> None:
    result = triage(text)
    assert result.situation == situation
    assert not result.immediate


@pytest.mark.parametrize(
    "text",
    [
        "what is grooming?",
        "is sexting illegal?",
        "how do I know if my child is being groomed?",
        "how do i warn my teen about sextortion",
        "what should my kid do if someone ever tries to blackmail them with pics",
        "how do I teach my 4 year old about private parts",
        "how do I talk to my son about self-harm? Nothing has happened",
        "I keep hearing about financial sextortion. What is it?",
        "how do I turn off location sharing on snap map for my kid",
        "can you help with my son's maths homework",
        "gotta go now, goodbye",
        "",
        "   ",
        "🙂🙂🙂",
    ],
)
def test_education_questions_and_chat_are_not_disclosures(text: str) -> None:
    assert triage(text).situation is None


def test_safe_now_is_read_from_the_message() -> None:
    result = triage("my son told me his uncle touched him years ago, he is safe now")
    assert result.situation == "abuse_in_person"
    assert result.safe_now


def test_every_training_disclosure_is_flagged() -> None:
    missed = [
        (text, intent)
        for text, intent in training_examples("disclosure.yml")
        if triage(text).situation is None
    ]
    assert missed == []


def test_every_training_emergency_is_flagged_as_danger_now() -> None:
    missed = [
        text
        for text, intent in training_examples("disclosure.yml")
        if intent == "disclose_emergency" and not triage(text).immediate
    ]
    assert missed == []


@pytest.mark.parametrize("name", ["education.yml", "core.yml", "report.yml"])
def test_no_training_question_or_chat_is_flagged(name: str) -> None:
    flagged = [(text, triage(text).situation) for text, _ in training_examples(name)]
    assert [pair for pair in flagged if pair[1]] == []


def test_situation_matches_the_training_intent_for_most_examples() -> None:
    examples = training_examples("disclosure.yml")
    agree = sum(situation_for(intent) == triage(text).situation for text, intent in examples)
    assert agree / len(examples) >= 0.95


def test_hostile_and_huge_input_is_handled() -> None:
    assert triage("<script>alert(1)</script>").situation is None
    huge = "my daughter is meeting a man tonight " + "a" * 50_000
    assert triage(huge).situation == "emergency"
    assert len(normalise("x" * 50_000)) == MAX_CHARS


@pytest.mark.parametrize(
    "text",
    [
        "i'm 16 and i have the pills in front of me. i don't really know why i'm writing here",
        "i have a bunch of my moms pills counted out on my bed and i dont think i want to be here",
        "ive written letters for everyone and put them in my drawer. im 16",
        "found pictures of kids on his laptop, not normal ones. hes upstairs giving my 4 year old "
        "a bath right now",
        "my brother in law touched my son at christmas. hes babysitting my daughter tonight",
    ],
)
def test_a_teenager_at_risk_now_and_an_abuser_with_a_child_now_are_danger_now(text: str) -> None:
    result = triage(text)
    assert result.situation == "emergency" and result.immediate, result


@pytest.mark.parametrize(
    "text",
    [
        "my daughter takes her pills in front of me every morning",
        "she wrote thank you notes for everyone at her party",
        "my ex touched my daughter last year, she is with me now and safe",
        "my husband is bathing our daughter right now, is it normal she doesnt want dad in the bath?",
    ],
)
def test_the_same_words_without_danger_now_are_not_an_emergency(text: str) -> None:
    assert not triage(text).immediate


def test_a_question_that_also_says_the_child_has_gone_to_meet_someone_is_danger_now() -> None:
    text = "should i let her go? she already left to meet him an hour ago and isnt answering"
    assert triage(text).immediate
    for hypothetical in (
        "what should i do if she goes to meet someone from online?",
        "what do i do if my son has gone to meet a stranger from a game?",
    ):
        assert not triage(hypothetical).immediate


@pytest.mark.parametrize(
    ("text", "immediate"),
    [
        ("my boyfriend is slapping my son", True),
        ("she's laying into my daughter", True),
        ("the babysitter is shaking my baby", True),
        ("someone says they'll send his video to everyone in the next hour unless he pays. "
         "he's crying in his room", True),
        ("my ex was hitting my son when he was little", False),
        ("my husband keeps smacking our son when he's naughty, is that abuse?", False),
    ],
)  # fmt: skip
def test_harm_in_progress_and_a_threat_with_a_deadline_are_danger_now(
    text: str, immediate: bool
) -> None:
    assert triage(text).immediate is immediate


@pytest.mark.parametrize(
    ("text", "immediate"),
    [
        ("she's after taking a load of tablets I think paracetamol, she keeps saying she's grand", True),
        ("he took a load of paracetamol an hour ago", True),
        ("shes taken her mums pills", True),
        ("my daughter just text me she's taken a load of her nans tablets, she's 15", True),
        ("she took an overdose last year", False),
        ("my son has taken his adhd meds today, is it ok to give him paracetamol?", False),
    ],
)  # fmt: skip
def test_an_overdose_taken_is_danger_now_whatever_the_child_says(
    text: str, immediate: bool
) -> None:
    result = triage(text)
    assert result.immediate is immediate
    if immediate:  # a self-harm emergency: the crisis lines follow the number
        assert emergency_kind(result.situation, result.rules) == "self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "Looked after child in my care, 13, not back from school and her phone's been off since 4. It's 11pm now.",
        "The wee girl from next door's been away since this morning and her ma's in an awful state",
        "my daughter isn't at the sleepover she told me about, she's gone to the cinema with a guy from tiktok who's 24",
        "There's a man at the skatepark who's just offered two of the younger boys a ride home",
        "her daughter is 14 and hasnt been seen since last night, she's been talking to some fella online",
        "my son is gone",
    ],
)
def test_missing_or_lured_now_is_danger_now(text: str) -> None:
    result = triage(text)
    assert result.situation == "emergency" and result.immediate, result


@pytest.mark.parametrize(
    "text",
    [
        "she went to the cinema with a guy from school last week",
        "my son is gone to school",
        "my daughter has been away since monday on a school trip, she is having a great time",
        "she hasn't been herself since last night",
    ],
)
def test_ordinary_absences_are_not_danger_now(text: str) -> None:
    assert triage(text).situation is None


def test_going_missing_again_and_again_with_unexplained_money_is_routed() -> None:
    result = triage(
        "My 15 year old keeps going missing overnight. She comes back but won't say where she's "
        "been. She had new trainers and £200 cash last time"
    )
    assert result.situation == "abuse_in_person" and not result.immediate


def test_a_phone_slipped_to_a_child_in_secret_is_grooming() -> None:
    text = "the birth dad tried to slip her a phone 'so they can talk'"
    assert triage(text).situation == "grooming"


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        (
            "im 13 and my step brother whos 17 comes in my room at night and does stuff to me i dont want",
            "abuse_in_person",
        ),
        (
            "my son is 16 and I saw on the family computer he searched how many tylenol would kill you",
            "self_harm",
        ),
        (
            "A colleague has been messaging a year 10 girl on Instagram from his personal account",
            "adult_behaviour",
        ),
        (
            "someone on minecraft called my grandson 'my special guy' and asked him to take his shirt off",
            "grooming",
        ),
    ],
)
def test_teens_own_words_searches_and_pupils_are_read(text: str, situation: str) -> None:
    assert triage(text).situation == situation


def test_a_parent_checking_on_a_child_at_night_is_not_abuse() -> None:
    assert triage("my dad comes into my room at night to check on me").situation is None


@pytest.mark.parametrize(
    "text",
    [
        "she just rang me crying saying hes come in her room and wont leave and shes locked herself in the toilet",
        "my daughter is in her room cutting herself right now and she won't open the door",
        "she was meant to be at her friend's tonight, the friend's mum just rang to say she never turned up",
        "he didnt come home last night, his phone is off. last month older guys took him to the city",
    ],
)
def test_danger_now_read_from_the_tuned_sets(text: str) -> None:
    result = triage(text)
    assert result.situation == "emergency" and result.immediate, result


def test_self_harm_today_is_a_worry_not_call_now_and_her_room_is_not_safety_from_herself() -> None:
    assert not triage("she won't leave her room today, she's been cutting herself").immediate
    assert not triage("she's been cutting herself but she's ok now, she's asleep").immediate


def test_a_teenager_about_themselves_is_not_made_safe_by_where_he_is() -> None:
    text = "im 15 and my stepdad comes into my room at night. he does stuff to me i dont want. hes downstairs drinking"
    assert not triage(text).safe_now
    assert triage("im 14 and my uncle touched me, im safe now").safe_now


def test_signs_of_something_is_a_question_not_an_event() -> None:
    result = triage(
        "What are the signs a teenager is being radicalised online? My son is 14, I just read an article and it scared me"
    )
    assert not result.immediate and result.question


def test_normal_now_is_not_this_minute() -> None:
    text = "my girl is 15 and her bf wants her to share her location with him 24/7. is that just normal now or is it controlling?"
    assert not triage(text).immediate


def test_a_parent_who_says_it_is_a_general_question_is_asking() -> None:
    assert triage(
        "Is it a red flag if someone in a game sends a kid gift cards? Just asking generally, my son is 11"
    ).question
    # but an event told beside it still counts, and "general chat" is a place in a game
    assert triage(
        "just asking, a man sent my son a picture of his privates, what do i do"
    ).situation
    assert (
        triage("my daughter was sent a nude by a man in general chat on roblox").situation
        == "grooming"
    )
