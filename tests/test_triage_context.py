"""Danger told in pieces, deadlines, means at hand, and the false alarms those rules must not raise."""

from __future__ import annotations

import pytest

from bot.safety.context import triage_in_context
from bot.safety.triage import triage


@pytest.mark.parametrize(
    "text",
    [
        "some account has a video of my son and says it goes to his whole school in one hour unless he pays",
        "a guy says he'll post my daughter's nudes at 9 tonight if she doesn't send $300",
        "im 15 and someone says theyll send my pics to everyone in 20 mins if i dont pay £100",
        "my daughter has got her tablets lined up in front of her and says she wants to die",
        "im 14 and ive saved up my meds, i dont want to be here anymore",
        "my son locked himself in his room after posting a goodbye thing on snap and he won't answer",
        "she texted me im sorry for everything and now she isnt answering her phone",
        "my boy snuck out to go and meet some man from a game and he's not answering",
        "my 13 year old got the bus into town to meet a lad off instagram and her phone is off",
        "hasn't come home and nobody knows where she is",
        "she didn't come home last night and her phone is off",
        "my son just texted me from the station, he's gone to meet his online friend, last week I heard the man's voice",
    ],
)
def test_danger_now_without_the_usual_words_is_an_emergency(text: str) -> None:
    assert triage(text).immediate, triage(text)


@pytest.mark.parametrize(
    "text",
    [
        "my son went missing for a night last month and came back, who can I talk to",
        "she took an overdose two years ago and is doing well now, how do I talk about it",
        "kids at school are saying they're going to jump him after school",
        "what actually is sextortion? the school sent a letter",
        "how do I know if someone is grooming her? nothings happened, I just want to know the signs",
        "saw on the news about sextortion, how do I bring it up with my 13 year old",
        "my daughter's been self harming, she's at school right now, how do I bring it up tonight",
        "my son hasn't come home from school yet, he's at his mate's I think",
    ],
)
def test_past_events_questions_and_a_safe_child_are_not_emergencies(text: str) -> None:
    assert not triage(text).immediate, triage(text)


def test_a_disclosure_told_in_two_messages_is_caught() -> None:
    earlier = ["my 14 year old has been talking to a 25 year old man on discord"]
    result = triage_in_context("she's with him right now and won't come home", earlier)
    assert result.immediate


def test_the_conversation_does_not_turn_a_later_everyday_message_into_an_alarm() -> None:
    earlier = ["should I read my 12 year old's messages? she just got her first phone"]
    assert not triage_in_context("ok. what about location sharing?", earlier).immediate
    earlier = ["my daughter's nude photo was shared round her school"]
    assert not triage_in_context(
        "she's at home with me, she won't come out of her room", earlier
    ).immediate


def test_a_disclosure_already_made_is_not_raised_again_by_the_next_message() -> None:
    earlier = ["a man on roblox keeps asking my son for pictures"]
    assert triage_in_context("ok thanks", earlier).situation is None
    assert triage_in_context("she's fine, she's upstairs", earlier).safe_now


def test_money_symbols_read_as_money() -> None:
    result = triage("someone has a pic of my son and says pay £200 or they post it to his school")
    assert result.situation is not None


@pytest.mark.parametrize(
    "text",
    [
        "my 14 yo is at a party and just texted me someone gave him something and he can't stand up",
        "I found videos of kids on my husband's laptop and he's at home with our girls right now",
        "her ex says he's posting her pics at 10 tonight to teach her a lesson",
        "the foster child placed with us has gone out her window in the night, her bed is empty",
        "a man at the park just tried to get my son to come see a puppy in his car",
    ],
)
def test_more_danger_now_in_ordinary_words(text: str) -> None:
    assert triage(text).immediate, triage(text)


@pytest.mark.parametrize(
    "text",
    [
        "im 14 and my mum wont let me have snapchat, can u give me reasons",
        "she's been a bit quiet since the sleepover, probably nothing",
    ],
)
def test_everyday_words_that_sound_like_danger_are_not(text: str) -> None:
    assert not triage(text).immediate, triage(text)


def test_a_worry_with_nothing_said_yet_is_a_concern() -> None:
    assert triage("my son has gone quiet around his uncle, could be nothing").concern


def test_someone_asking_a_child_for_an_image_is_grooming_not_an_image_to_take_down() -> None:
    assert (
        triage(
            "some lad on fortnite sends him vbucks and now wants a pic of him in his boxers"
        ).situation
        == "grooming"
    )
    assert (
        triage("my daughter's nude photo has been shared around her school").situation
        == "own_child_image"
    )


def test_a_place_after_a_general_question_does_not_turn_it_into_a_disclosure() -> None:
    from bot.safety.context import triage_in_context

    earlier = [
        "what are the signs my daughter might be talking to an older guy online? nothing has happened"
    ]
    assert triage_in_context("we're in Ohio", earlier).situation is None
