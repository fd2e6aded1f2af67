"""What blind14's first run taught, in general terms: the writer's own wish to die, someone
coming for the child within hours, a teenager's images sent on, a threat with a clock time, a
worry told without a fact, and a question about teaching that is not a disclosure."""

from __future__ import annotations

import pytest

from bot.safety.context import triage_in_context
from bot.safety.triage import triage
from bot.situations import EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to be here anymore",
        "honestly i just want to die",
        "im going to kill myself tonight",
        "my uncle hurts me when i stay at his and he's coming to get me in an hour",
        "her stepdad touched her and he's picking her up after school today",
        "they say theyll send it to everyone at 9 if i dont pay",
    ],
)
def test_danger_now_in_the_writers_own_words(text: str) -> None:
    assert triage(text).situation == EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "my daughter said 'i want to die' last year when she was being bullied",
        "she wrote in her diary that she doesnt want to be here anymore",
        "her uncle hurt her years ago, he's coming for christmas dinner in december",
        "she was groomed at 9 years old by a coach",
    ],
)
def test_someone_elses_words_or_the_past_are_not_danger_now(text: str) -> None:
    assert triage(text).situation != EMERGENCY


def test_the_means_at_hand_after_a_wish_to_die_is_danger_now_again() -> None:
    result = triage_in_context(
        "im 14. the pills are next to me. glasgow", ["i dont want to be here anymore"]
    )
    assert result.situation == EMERGENCY and result.immediate


def test_a_teenagers_images_sent_on_are_their_own_image() -> None:
    result = triage("im 15 and my ex sent my nudes to a group chat. i just want them gone")
    assert result.situation == "own_child_image"


@pytest.mark.parametrize(
    "text",
    [
        "is there someone I can talk to. just worried about my son",
        "my ex's new girlfriend is weird with my daughter. something's just off",
        "her swimming coach acts a bit too close with my son",
    ],
)
def test_a_worry_without_a_fact_is_a_worry(text: str) -> None:
    result = triage(text)
    assert result.concern and not result.question and result.situation is None


def test_how_to_teach_is_a_question_wherever_it_stands_unless_someone_acts() -> None:
    teaching = triage(
        "Foster carer. The lad in my care is 12 and very trusting of adults online. "
        "How do I explain grooming to him in a way he'll get?"
    )
    assert teaching.question and teaching.situation is None
    told = triage("My son is 13. A man keeps asking him for pics. How do I talk to him about it?")
    assert told.situation is not None and not told.question
    coach = triage("My son is 14 and his coach messages him at night. How do I talk to him?")
    assert not coach.question


def test_an_adult_picking_a_groomed_child_up_tonight_is_danger_now() -> None:
    result = triage(
        "Scrolled up. He's 24, keeps telling her she's more mature than girls his age, and he's "
        "picking her up at the end of our road at 8 tonight. She's upstairs doing her hair"
    )
    assert result.situation == EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I've just found a note on her bed saying she can't do this anymore. She's in the "
        "bathroom and won't answer me.",
        "my granddaughter is 11, she went to the park at half 5 and she's not back, it's dark now",
        "a guy who says he's 17 has booked her an uber to his place, she's waiting outside for it",
    ],
)
def test_danger_now_told_by_what_is_happening(text: str) -> None:
    assert triage(text).situation == EMERGENCY


def test_fine_behind_a_locked_door_is_not_safe_but_not_answering_questions_is_no_emergency() -> (
    None
):
    note = (
        "found a note saying she can't do this anymore, she's in the bathroom and won't answer me"
    )
    locked = triage_in_context("she says she's fine but she won't open the door", [note])
    assert locked.situation == EMERGENCY
    quiet = triage_in_context("he won't answer me about it", ["my son has been cutting himself"])
    assert quiet.situation != EMERGENCY
    assert triage("she self harms and won't open up to me").situation != EMERGENCY


def test_a_child_hiding_from_the_person_who_hurt_her_is_danger_now_whatever_came_before() -> None:
    text = (
        "Me and her dad split up two years ago, she's always said she's fine there, anyway "
        "she's just rung me from his house crying saying he hit her with his belt and she's "
        "hiding in the garden"
    )
    assert triage(text).situation == EMERGENCY
    past = triage("her uncle abused her when she was little and she used to hide from him")
    assert past.situation != EMERGENCY


def test_signs_of_criminal_exploitation_are_a_worry() -> None:
    result = triage(
        "He's been disappearing overnight at weekends and coming back with new trainers and two "
        "phones. His mate's mum reckons it's county lines."
    )
    assert result.concern


@pytest.mark.parametrize(
    "text",
    [
        "my son came back from summer camp different. wetting the bed again, doesnt want hugs",
        "I think something happened at the sleepover on Saturday",
        "not sure if i should be worried. my nephew talks about a friend from the internet, "
        "he wont say who",
    ],
)
def test_signs_and_half_told_worries_are_a_worry(text: str) -> None:
    assert triage(text).concern


def test_an_adult_in_trust_messaging_pupils_at_night_is_adult_behaviour() -> None:
    told = triage(
        "A colleague follows a lot of our students on instagram from a personal account and "
        "DMs them late at night. Who do I tell?"
    )
    assert told.situation == "adult_behaviour"
    homework = triage("my son's teacher texts the class reminders at night on the school app")
    assert homework.situation is None
