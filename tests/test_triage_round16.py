"""What blind16's and questions7's first runs taught, in general terms: the person feared with the
children now, an adult coming to collect a child "in like half an hour", a place said as
"writing from", where a family lives "right now" (no danger), an adult asleep (no safety), and
questions that prepare for what has not happened."""

from __future__ import annotations

import pytest

from bot.nlu.recent import follow_up_of_topic, read_with_context
from bot.places import region_in_text
from bot.safety.combine import combine
from bot.safety.context import triage_in_context
from bot.safety.triage import Triage, triage
from bot.situations import EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        # The person feared is with the children now.
        "just found pictures of kids on my partners phone. bad ones. hes downstairs with my two "
        "girls and doesnt know ive seen",
        "found abuse images on his laptop and he is upstairs with my daughters right now",
        # An adult the child met online is collecting him within the hour.
        "the 'mate' is picking him up from the servo down the road in like half an hour and it's "
        "a grown man, I heard his voice on the headset",
        # Meeting a stranger now; a plan for tonight, in his own room.
        "She's gone to Riccarton mall with a mate and I've just seen on the family iPad she's "
        "meeting someone called Sam there who told her not to tell anyone",
        "He's just told me he's been thinking about ending it and he has a plan for tonight. He's "
        "in his room now",
        # A deadline for "my son"; the person who hurt a child still there, threatening more.
        "HE SAYS HE'LL POST IT AT MIDNIGHT IF MY SON DOESNT SEND $300 WHAT DO WE DO",
        "im 13 my mums boyfriend hit me and my little brother and hes still here and hes saying "
        "worse will happen when mum gets home",
    ],
)
def test_danger_now_told_in_the_words_blind16_and_blind17_taught(text: str) -> None:
    assert triage(text).situation == EMERGENCY


def test_a_family_living_somewhere_right_now_is_no_danger_now() -> None:
    text = (
        "Is it actually illegal for two 15 year olds to send each other nudes? My son's school had "
        "an assembly about it and he came home arguing with me. We're a military family stationed "
        "in Germany right now if that changes anything"
    )
    assert triage(text).situation != EMERGENCY
    # The same time word said of the child still counts.
    assert triage("he came home bleeding and he's in a state right now").immediate


def test_an_adult_asleep_says_nothing_of_the_child() -> None:
    text = (
        "my daughter just rang me from her nans whispering. shes 8. she said uncle darren keeps "
        "coming in the bathroom when shes in the shower and hes there now and nan is asleep"
    )
    result = triage(text)
    assert not result.safe_now
    assert result.situation is not None  # an adult walking in on her in the shower: abuse
    assert triage("she's asleep now, it happened last week").safe_now


def test_what_the_parent_witnessed_is_no_news() -> None:
    # "I heard about a boy who..." is news; "I heard his voice" is what the parent witnessed.
    assert triage(
        "I heard about a man who asked a boy for pics on fortnite, what are the signs?"
    ).question
    assert not triage("a grown man is talking to my son, I heard his voice on the headset").question


@pytest.mark.parametrize(
    "text",
    [
        "If my kid was ever being blackmailed over a photo, what would I want them to do? I want "
        "to tell them now before anything happens",
        "is it illegal for two 15 year olds to send each other pics? NOT saying mine has, just "
        "wondering",
        "How do I know if a coach is getting too close to kids? Not about anyone specific, I'm "
        "on the club committee",
    ],
)
def test_preparing_for_what_has_not_happened_is_a_question(text: str) -> None:
    assert triage(text).situation is None


@pytest.mark.parametrize(
    "text, situation",
    [
        (
            "My daughter wants gift cards for her birthday for Roblox. Any safety stuff I should know?",
            None,
        ),
        ("he wants £200 in gift cards or he'll post her pics", "sextortion"),
        ("my daughter's friend is online really late and posts a lot of personal stuff", None),
        ("a man online keeps asking my son personal questions", "grooming"),
        ("wit is snap map n how dae i turn it aff. she's 12 and says everyone has it on", None),
        ("a boy in her year sent a pic of her to everyone in the group", "own_child_image"),
    ],
)
def test_a_childs_own_wish_a_map_or_oversharing_is_no_disclosure(
    text: str, situation: str | None
) -> None:
    assert triage(text).situation == situation


def test_something_happened_is_a_worry_but_what_if_it_did_is_a_question() -> None:
    told = triage(
        "idk if this is the right place but something happened and im not sure if it counts"
    )
    assert told.concern
    assert not triage("what do I do if something happened at school").concern


def test_writing_from_a_town_says_where_the_writer_is() -> None:
    assert region_in_text("I'm a grandmother writing from Adelaide. I found pictures") == "AU"
    assert region_in_text("she got a message from Georgia") is None


def test_an_advice_question_after_a_statement_is_asked_not_told() -> None:
    text = "my 14 yr old is on his phone till 1am how do i get him to hand it over at night without a war"
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.4},
        {"name": "ask_screen_time_sleep", "confidence": 0.3},
    ]
    result = combine(text, Triage(), ranking[0], ranking, False, opening_statement=True)
    assert result.intent["name"] == "ask_screen_time_sleep"
    told = "his coach has been messaging him at night how do i handle it and what do i say to him"
    worry = combine(told, Triage(), ranking[0], [ranking[0]], False, opening_statement=True)
    assert worry.intent["name"] == "report_concern"


def test_an_age_after_a_topic_answers_the_topic_for_that_age() -> None:
    parse = {
        "text": "he's 11 and takes the bus on his own",
        "intent": {"name": "nlu_fallback", "confidence": 0.4},
        "entities": [{"entity": "age_band", "value": "11_13"}],
        "safeguarding": {"rules": [], "ml_confidence": 0.4},
    }
    assert follow_up_of_topic(parse, "ask_first_phone")["intent"]["name"] == "ask_first_phone"
    worried = {**parse, "safeguarding": {"rules": [], "concern": True}}
    assert follow_up_of_topic(worried, "ask_first_phone") is worried


def test_a_short_follow_up_to_a_topic_is_not_read_again_with_the_question_before() -> None:
    seen: list[str] = []

    def reparse(text: str) -> dict:
        seen.append(text)
        return {"intent": {"name": "disclose_grooming", "confidence": 0.97}}

    parse = {"intent": {"name": "nlu_fallback", "confidence": 0.4}, "safeguarding": {}}
    recent = ("should he have a smartphone or a flip phone?",)
    text = "he's 11 and takes the bus on his own"
    kept = read_with_context(parse, text, recent, reparse, after_topic=True)
    assert kept is parse and seen == []
    read = read_with_context(parse, text, recent, reparse, after_topic=False)
    assert read["intent"]["name"] == "disclose_grooming"


def test_the_context_reading_still_finds_danger_told_in_pieces() -> None:
    earlier = ("my daughter has been talking to an older man on snapchat",)
    assert triage_in_context("she's gone to meet him right now", earlier).immediate


@pytest.mark.parametrize(
    "text, situation",
    [
        (
            "Youth worker here. One of my young people showed me a video going round their group "
            "chats, it's clearly a kid about 12 being abused. What's the right way to report this?",
            "abuse_images",
        ),
        (
            "My son went off from Friday to Sunday and came back with cash. I'm pretty sure older "
            "lads are using him to move drugs. He's 15.",
            "abuse_in_person",
        ),
    ],
)
def test_abuse_seen_in_a_video_and_a_child_used_to_move_drugs_are_disclosures(
    text: str, situation: str
) -> None:
    assert triage(text).situation == situation


def test_a_child_told_to_keep_quiet_is_a_worry_and_who_do_i_tell_routes_it() -> None:
    text = (
        "I'm a PSA in a primary. A boy in P5 said to me today 'I'm not allowed to talk about the "
        "man at home' and then clammed up. Who do I tell?"
    )
    result = triage(text)
    assert result.concern
    ranking = [{"name": "ask_voice_chat", "confidence": 0.5}]
    combined = combine(
        text.lower().replace("?", ""), result, ranking[0], ranking, False, question_mark=True
    )
    assert combined.intent["name"] == "report_concern"


def test_someone_in_her_room_who_wont_leave_while_touching_her_is_danger_now() -> None:
    text = (
        "my niece just rang me crying, she says her mum's boyfriend is in her room and won't "
        "leave and keeps touching her. she's 10"
    )
    assert triage(text).situation == EMERGENCY


def test_a_sure_topic_does_not_override_a_disclosure_that_tells_an_event() -> None:
    text = (
        "our 12yo son got pressured into sending a nude to a classmate who then put it in a group "
        "chat is there a way to get it off the other kids phones"
    )
    ranking = [{"name": "ask_privacy_controls", "confidence": 0.86}]
    combined = combine(text, triage(text), ranking[0], ranking, False, question_mark=True)
    assert combined.intent["name"] == "disclose_own_child_image"


@pytest.mark.parametrize(
    "text, situation",
    [
        (
            "my daughter has an 'online boyfriend' she met on roblox. I just found out he's 23. she's 13",
            "grooming",
        ),
        ("she was with a 'friend' who turns out to be 22", "grooming"),
        (
            "my daughter 13, man from internet send her gifts and money and want she meet him",
            "grooming",
        ),
        (
            "My daughter 15 send photo naked to her boyfriend and now everybody at the school have it",
            "own_child_image",
        ),
        (
            "the guy next door (50s) has teenage boys going in and out, he gives them vapes and "
            "beer. my son (13) wants to go over",
            "adult_behaviour",
        ),
    ],
)
def test_an_older_partner_gifts_an_image_everyone_has_and_vapes_for_boys(
    text: str, situation: str
) -> None:
    assert triage(text).situation == situation


def test_a_question_tagged_onto_a_disclosure_keeps_the_disclosure() -> None:
    text = (
        "son mentioned the boyfriend always comes into the bathroom when hes in the shower and "
        "then just stands there am i being paranoid"
    )
    ranking = [{"name": "ask_body_safety", "confidence": 0.9}]
    combined = combine(text, triage(text), ranking[0], ranking, False, question_mark=True)
    assert combined.intent["name"] != "ask_body_safety"
    asked = "what is sextortion my boys are 15 and 16 and one got a message threatening him"
    ranking = [{"name": "ask_sextortion", "confidence": 0.9}]
    assert combine(asked, triage(asked), ranking[0], ranking, False, question_mark=True).intent[
        "name"
    ] in ("ask_sextortion", "disclose_sextortion")


def test_help_sought_before_anything_happens_about_ones_own_thoughts_is_no_question() -> None:
    text = (
        "I'm worried about my own thoughts about children and I want help before anything happens"
    )
    assert triage(text).situation == "adult_behaviour"


def test_he_is_still_upset_is_no_abuser_still_there() -> None:
    assert (
        triage("my son told me his coach hit him last week, he's still upset").situation
        != EMERGENCY
    )


def test_a_region_ruled_out_and_a_country_named_read_the_namesakes() -> None:
    assert region_in_text("we're in Perth. Scotland not australia lol", prefer="AU") == "UK-SCT"
    moved = "he's 11. we moved back home to NZ last year, we're in Nelson at the top of the south island"
    assert region_in_text(moved, prefer="UK") == "NZ"
    assert region_in_text("we're in Nelson", prefer="UK") == "UK"
    assert region_in_text("a man from England, we're in Hamilton", prefer="NZ") == "NZ"


@pytest.mark.parametrize(
    "text",
    [
        "how would I know if someone was grooming my son? he's 12 and games online a lot. nothing "
        "has happened, I just want to know what to look for",
        "the wee lad's 11 and forever on the xbox with folk he doesn't know. what are the signs "
        "somebody's grooming a child, just so I know what to watch for",
    ],
)
def test_said_outright_that_nothing_happened_is_a_question(text: str) -> None:
    assert triage(text).situation is None


def test_nothing_happened_yet_but_an_event_is_told() -> None:
    text = "nothing has happened yet but he keeps asking her for pics, what should I do?"
    assert triage(text).situation == "grooming"
