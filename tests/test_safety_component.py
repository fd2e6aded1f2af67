"""The triage component on Rasa's own Message: what it does to the ML's intent, and to places."""

from __future__ import annotations

from typing import Any

from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, METADATA, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu import recent
from bot.nlu.context import MessageContext
from bot.safety.component import SafeguardingTriage


def parsed(text: str, intent: str, confidence: float = 0.9, *others: tuple[str, float]) -> Message:
    ranking = [{"name": intent, "confidence": confidence}] + [
        {"name": name, "confidence": value} for name, value in others
    ]
    return Message(data={TEXT: text, INTENT: ranking[0], INTENT_RANKING_KEY: ranking})


def intent_after(message: Message, recent_texts: tuple[str, ...] = ()) -> str:
    token = recent.RECENT_USER_TEXTS.set(recent_texts)
    try:
        SafeguardingTriage().process([message])
    finally:
        recent.RECENT_USER_TEXTS.reset(token)
    return message.get(INTENT)["name"]


def test_the_ml_alone_cannot_say_call_now_for_an_everyday_question() -> None:
    message = parsed(
        "what about youtube, she just watches makeup stuff",
        "disclose_emergency",
        0.7,
        ("ask_social_media_age", 0.2),
    )
    assert intent_after(message) == "ask_social_media_age"


def test_the_ml_keeps_danger_now_when_the_text_has_a_danger_word() -> None:
    message = parsed("he has not come back and nobody knows where he is", "disclose_emergency")
    assert intent_after(message) == "disclose_emergency"


def test_the_triage_overrides_the_ml_for_a_disclosure() -> None:
    message = parsed("a man on roblox keeps asking my son for pics", "ask_gaming")
    assert intent_after(message) == "disclose_grooming"


def test_a_worry_the_ml_cannot_place_becomes_a_concern() -> None:
    message = parsed(
        "a couple of things my ex has said around the kids felt inappropriate", "nlu_fallback", 1.0
    )
    assert intent_after(message) == "report_concern"


def test_a_disclosure_told_in_pieces_is_read_with_the_earlier_message() -> None:
    message = parsed("she's with him right now and won't come home", "nlu_fallback", 1.0)
    earlier = ("my 14 year old has been talking to a 25 year old man on discord",)
    assert intent_after(message, earlier) == "disclose_emergency"


def entities(text: str, metadata: dict[str, Any] | None = None) -> dict[str, str]:
    message = Message(data={TEXT: text, METADATA: metadata or {}})
    MessageContext().process([message])
    return {entity["entity"]: entity["value"] for entity in message.get(ENTITIES)}


def test_the_place_in_the_text_sets_the_region_beside_the_sites() -> None:
    found = entities("my daughter is missing, we're in Brisbane", {"region": "UK"})
    assert found["region"] == "AU" and found["site_region"] == "UK"


def test_no_place_no_region_and_a_word_that_is_a_place_is_not_one() -> None:
    assert "region" not in entities("I've been reading her messages")


def test_the_ml_alone_cannot_open_a_disclosure_for_words_about_nobody() -> None:
    markup = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>'
    message = parsed(markup, "disclose_own_child_image", 0.44, ("inform_age", 0.26))
    assert intent_after(message) == "inform_age"


def test_a_short_message_with_a_place_says_where_they_are() -> None:
    message = Message(data={TEXT: "im in winnipeg", METADATA: {}})
    MessageContext().process([message])
    message.set(INTENT, {"name": "restart_conversation", "confidence": 0.6})
    assert intent_after(message) == "inform_region"


def test_only_asking_to_start_again_restarts() -> None:
    message = parsed("ok ringing 111", "restart_conversation", 0.5)
    assert intent_after(message) == "nlu_fallback"
    assert (
        intent_after(parsed("can we start again", "restart_conversation")) == "restart_conversation"
    )


def test_a_bare_plea_for_help_asks_what_happened() -> None:
    assert intent_after(parsed("please help", "affirm", 0.6)) == "report_concern"
    assert intent_after(parsed("HELP ME", "greet", 0.5)) == "report_concern"


def test_a_sure_classifier_escalates_a_disclosure_to_danger_now_with_a_time_word() -> None:
    text = "my daughter has been cutting herself and she won't talk to me tonight"
    assert intent_after(parsed(text, "disclose_emergency", 0.93)) == "disclose_emergency"
    # Unsure, or no time or danger word: the rules' reading stands.
    assert intent_after(parsed(text, "disclose_emergency", 0.6)) == "disclose_self_harm"
    # Cutting herself right now is danger now on the rules' own word, however unsure the classifier.
    now = "my daughter is in her room cutting herself right now and won't open the door"
    assert intent_after(parsed(now, "disclose_self_harm", 0.6)) == "disclose_emergency"
    calm = "my daughter told me she has been cutting herself"
    assert intent_after(parsed(calm, "disclose_emergency", 0.95)) == "disclose_self_harm"
