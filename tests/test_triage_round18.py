"""What blind18's and questions9's first runs taught, in general terms: a worry that cannot be
told yet (a child changed, signs of hiding something, a parent who can't say it), "nothing's
happened as such" still tells, and questions that only sound like disclosures (a child's
harmless secret with the writer, a child who wants to tip streamers)."""

from __future__ import annotations

import pytest

from bot import disclosure_flow as flow
from bot.safety.combine import combine
from bot.safety.triage import Triage, normalise, triage
from bot.situations import ADULT_BEHAVIOUR, EMERGENCY, GROOMING


def ml(name: str, confidence: float = 0.9) -> dict[str, object]:
    return {"name": name, "confidence": confidence}


@pytest.mark.parametrize(
    "text",
    [
        "hi there um. my daughter has been acting weird since she got her phone. not sure whats "
        "going on. is that normal?",
        "hi.. is this private? I need to ask about something involving my son",
        # Two signs of hiding something make a worry even inside a question.
        "how do you know if your kid is hiding something serious. she's 13, deleting everything "
        "on her phone, new hoodie she didn't buy, jumps out of her skin when it buzzes",
        "my son is so secretive lately, he cries himself to sleep",
    ],
)
def test_a_worry_not_yet_told_is_a_concern(text: str) -> None:
    result = triage(text)
    assert result.situation is None and result.concern


def test_one_sign_in_a_question_stays_a_question() -> None:
    assert not triage("how do you know if your kid is hiding something? what are the signs").concern
    # A sign told beside a question the classifier places: the topic answers it.
    text = normalise("should I read my 14 year old's messages? she deletes everything")
    ranking = [ml("ask_reading_messages", 0.7)]
    result = combine(text, triage(text), ranking[0], ranking, False, question_mark=True)
    assert result.intent["name"] == "ask_reading_messages"


def test_nothing_happened_as_such_still_tells() -> None:
    text = (
        "our under 12s coach walks into the girls changing room without knocking and makes "
        "comments about which of them are 'developing'. nothing's happened as such but its not "
        "right. Co. Kildare"
    )
    assert triage(text).situation == ADULT_BEHAVIOUR


def test_a_harmless_secret_with_the_writer_is_no_grooming() -> None:
    text = (
        "My grandson (6) told me 'don't tell mummy' about some sweets I gave him and I realised I "
        "should be careful about that. How should I handle secrets with him?"
    )
    assert triage(text).situation is None
    assert triage("he said dont tell mummy about the sweets").situation == GROOMING
    assert triage("he told her dont tell your mum about the presents").situation == GROOMING


def test_a_child_who_wants_to_tip_streamers_is_no_sextortion() -> None:
    text = (
        "my son watches streamers on twitch and wants to send them money/gifts, is that ok he's 13"
    )
    assert triage(text).situation is None
    assert triage("he wants £500 or he will post the pics of my son").situation is not None


def test_the_services_are_no_nearest_topic_without_service_words() -> None:
    ranking = [ml("nlu_fallback", 0.4), ml("ask_which_service", 0.31), ml("ask_nudes", 0.06)]
    text = normalise("what if she just rolls her eyes")
    result = combine(text, Triage(question=True), ranking[0], ranking, False, question_mark=False)
    assert result.intent["name"] == "nlu_fallback"
    asked = normalise("who do I contact if she is ever asked for pics?")
    result = combine(asked, Triage(question=True), ranking[0], ranking, False, question_mark=True)
    assert result.intent["name"] == "ask_which_service"


def test_a_worry_about_another_familys_child_asking_advice_gets_that_topic() -> None:
    text = normalise(
        "hi im worried about my neighbours kid, he's 9 and always on his tablet really late, "
        "gaming with people. how do i bring it up with his mum without offending her"
    )
    ranking = [ml("ask_friend_child_at_risk", 0.69), ml("ask_gaming", 0.1)]
    result = combine(text, Triage(concern=True), ranking[0], ranking, False)
    assert result.intent["name"] == "ask_friend_child_at_risk"
    own = normalise("im worried about my son, he wont say why he cries")
    result = combine(own, Triage(concern=True), ml("ask_gaming", 0.6), [], False)
    assert result.intent["name"] == "report_concern"


@pytest.mark.parametrize(
    "text",
    ["do I call her worker first or 911", "who do I ring?", "should I phone the police"],
)
def test_whom_to_call_in_danger_now_is_the_number_first(text: str) -> None:
    kind = flow.continuation(
        "ask_child_disclosed",
        awaiting_safety=False,
        safe_now=False,
        region_changed=False,
        situation=EMERGENCY,
        text=text,
    )
    assert kind == flow.CALL_FIRST
    calm = flow.continuation(
        "ask_child_disclosed",
        awaiting_safety=False,
        safe_now=False,
        region_changed=False,
        situation=GROOMING,
        text=text,
    )
    assert calm != flow.CALL_FIRST


def test_a_product_made_for_children_is_no_adult_looking_at_children() -> None:
    assert triage("my son watches youtube all day what's a good kids app instead").situation is None
    assert triage("my husband watches videos of kids on his phone").situation is not None


def test_turning_a_setting_off_herself_is_no_self_harm() -> None:
    from bot.safety.cues import SELF_HARM_CUES

    assert not SELF_HARM_CUES.search(normalise("and can she turn it off herself?"))
    assert SELF_HARM_CUES.search(normalise("she said she wants to top herself"))


def test_a_sign_of_hiding_something_is_a_worry_told_and_routed_at_once() -> None:
    text = "my son keeps getting packages delivered and wont tell me who theyre from. hes 13. am i being paranoid"
    assert flow.is_told(text) and triage(text).concern
    assert not flow.is_told("something about her stepdad")
    step = flow.on_route_request(
        "report_concern",
        open_situation=None,
        concern_pending=False,
        region="US",
        routed_region=None,
        told=flow.is_told(text),
    )
    assert step == flow.Step(flow.ROUTE, "concern")


def test_someone_at_the_childs_door_now_is_danger_now_wherever_she_is() -> None:
    text = (
        "she says her stepdad is drunk and hit her and he's banging on her door now. I'm 40 mins "
        "away in Cork city, she's at home in Ballincollig"
    )
    assert triage(text).situation == EMERGENCY
    assert triage("he hit her last year, she's at home with me now and safe").situation != EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "our rugby coach has been messaging my son (11) late at night, offered to drive him home "
        "from training on his own, and always seems to be hanging round the changing rooms",
        "Our son's hockey coach (Red Deer, AB) keeps pushing for private one-on-one ice time with "
        "no parents around. Nothing's happened that we know of.",
    ],
)
def test_an_adult_arranging_to_be_alone_with_a_child_is_a_worry_about_that_adult(
    text: str,
) -> None:
    assert triage(text).situation == ADULT_BEHAVIOUR


@pytest.mark.parametrize(
    "text",
    [
        "My ex's new husband. I just don't like how my daughter goes quiet whenever his name "
        "comes up. Am I being paranoid?",
        "he says he's grand but he's barely eating",
        "my daughter keeps getting messages on her mobile and deleting them when i walk in",
    ],
)
def test_signs_a_child_is_not_right_are_a_worry(text: str) -> None:
    assert triage(text).concern


@pytest.mark.parametrize(
    "text",
    [
        "My son reckons sending nudes is normal at his age. Is it actually illegal if they're both 15?",
        "whats the law in australia about teens sending nudes? my 15yo says the police dont care "
        "about kids doing it",
        "What should my daughter do if someone ever sends her a nude? She hasn't been sent one, I "
        "just want her prepared.",
    ],
)
def test_nudes_as_a_topic_or_prepared_for_is_no_disclosure(text: str) -> None:
    assert triage(text).situation is None


@pytest.mark.parametrize(
    "text",
    [
        "my daughter says sending nudes is normal, she sent one to her boyfriend",
        "my son has been sending nudes to a girl in his class",
    ],
)
def test_nudes_sent_are_still_told(text: str) -> None:
    assert triage(text).situation is not None


def test_no_image_situation_from_the_classifier_when_nothing_seen_is_named() -> None:
    text = normalise("she's had a lot of changes so I don't want to come across heavy handed")
    ranking = [ml("disclose_abuse_images", 0.7), ml("ask_which_service", 0.08)]
    result = combine(text, Triage(), ranking[0], ranking, False)
    assert result.intent["name"] != "disclose_abuse_images"
    found = normalise("came across something on his laptop i cant unsee")
    result = combine(found, Triage(), ranking[0], ranking, False)
    assert result.intent["name"] == "disclose_abuse_images"


def test_paying_in_advance_is_no_question_that_prepares() -> None:
    assert triage("a man online wants to pay her in advance for pics, she is 13").situation
