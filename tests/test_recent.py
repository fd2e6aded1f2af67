"""The classifier reading the last messages together: when it may speak, and when it may not."""

from __future__ import annotations

from typing import Any

from bot.nlu.recent import read_with_context


def parse(intent: str, confidence: float = 0.9, **safeguarding: Any) -> dict[str, Any]:
    return {
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": [{"name": intent, "confidence": confidence}],
        "safeguarding": {"rules": [], **safeguarding},
    }


def joined_as(intent: str, confidence: float) -> Any:
    seen: list[str] = []

    def reparse(text: str) -> dict[str, Any]:
        seen.append(text)
        return parse(intent, confidence)

    reparse.seen = seen  # type: ignore[attr-defined]
    return reparse


def test_a_disclosure_told_in_pieces_is_read_from_the_messages_together() -> None:
    reparse = joined_as("disclose_grooming", 0.97)
    result = read_with_context(
        parse("nlu_fallback", 0.4),
        "and he told her not to tell me",
        ("my niece is 13", "a man on tiktok keeps messaging her saying she's mature"),
        reparse,
    )
    assert result["intent"]["name"] == "disclose_grooming"
    assert "ml_context" in result["safeguarding"]["rules"]
    assert reparse.seen == [
        "my niece is 13 . a man on tiktok keeps messaging her saying she's mature . "
        "and he told her not to tell me"
    ]


def test_an_unsure_classifier_leaves_the_message_as_it_was() -> None:
    result = read_with_context(
        parse("ask_gaming"),
        "what about voice chat?",
        ("is roblox ok",),
        joined_as("disclose_grooming", 0.6),
    )
    assert result["intent"]["name"] == "ask_gaming"


def test_no_context_reading_for_a_question_a_disclosure_a_button_or_a_first_message() -> None:
    reparse = joined_as("disclose_grooming", 0.99)
    assert (
        read_with_context(parse("ask_grooming", question=True), "x", ("y",), reparse)["intent"][
            "name"
        ]
        == "ask_grooming"
    )
    assert (
        read_with_context(parse("disclose_self_harm"), "x", ("y",), reparse)["intent"]["name"]
        == "disclose_self_harm"
    )
    assert (
        read_with_context(parse("affirm"), "/affirm", ("y",), reparse)["intent"]["name"] == "affirm"
    )
    assert (
        read_with_context(parse("nlu_fallback"), "x", (), reparse)["intent"]["name"]
        == "nlu_fallback"
    )
    assert reparse.seen == []


def test_danger_now_from_the_messages_together_needs_the_new_one_to_say_so() -> None:
    reparse = joined_as("disclose_emergency", 0.99)
    calm = read_with_context(parse("thank"), "thanks for that", ("she met a man online",), reparse)
    assert calm["intent"]["name"] == "thank"
    urgent = read_with_context(
        parse("nlu_fallback"), "she's gone and not answering", ("she met a man online",), reparse
    )
    assert urgent["intent"]["name"] == "disclose_emergency"


def test_a_clear_topic_question_is_not_parsed_twice() -> None:
    reparse = joined_as("disclose_grooming", 0.99)
    result = read_with_context(parse("ask_gaming", 0.95), "is fortnite ok?", ("hi",), reparse)
    assert result["intent"]["name"] == "ask_gaming" and reparse.seen == []


def test_a_topic_follow_up_the_classifier_alone_reads_as_a_disclosure_stays_with_the_topic() -> (
    None
):
    from bot.nlu.recent import follow_up_of_topic

    unsure = {
        "intent": {"name": "disclose_grooming", "confidence": 0.6},
        "safeguarding": {"rules": [], "ml_confidence": 0.6, "danger_now_score": 0.05},
    }
    assert follow_up_of_topic(unsure, "ask_gaming")["intent"]["name"] == "ask_gaming"
    for kept in (
        {**unsure, "safeguarding": {**unsure["safeguarding"], "rules": ["grooming"]}},  # the rules
        {**unsure, "safeguarding": {**unsure["safeguarding"], "ml_confidence": 0.95}},  # sure
        {**unsure, "safeguarding": {**unsure["safeguarding"], "danger_now_score": 0.8}},  # danger
        {**unsure, "intent": {"name": "disclose_emergency", "confidence": 0.6}},  # danger now
        {**unsure, "intent": {"name": "ask_nudes", "confidence": 0.6}},  # not a disclosure
    ):
        assert follow_up_of_topic(kept, "ask_gaming") is kept
    worry = {
        "intent": {"name": "report_concern", "confidence": 1.0},
        "safeguarding": {"rules": [], "ml_confidence": 0.4},
    }
    assert follow_up_of_topic(worry, "ask_gaming")["intent"]["name"] == "ask_gaming"
    told = {
        **worry,
        "safeguarding": {"rules": [], "ml_confidence": 0.4, "concern": True},
    }  # the rules heard a worry
    assert follow_up_of_topic(told, "ask_gaming") is told


def test_a_long_message_after_a_topic_keeps_the_classifiers_disclosure() -> None:
    from bot.nlu.recent import follow_up_of_topic

    parse = {
        "text": "because one of them has followed my daughter and her teammates and he comments on their videos, he's about 45",
        "intent": {"name": "disclose_adult_behaviour", "confidence": 0.6},
        "safeguarding": {"rules": [], "ml_confidence": 0.6, "danger_now_score": 0.05},
    }
    assert follow_up_of_topic(parse, "ask_social_media_age") is parse


def test_a_follow_up_asked_as_going_on_stays_with_the_topic_even_if_the_classifier_is_sure() -> (
    None
):
    from bot.nlu.recent import follow_up_of_topic

    sure = {
        "text": "and can she turn it off herself?",
        "intent": {"name": "disclose_self_harm", "confidence": 0.91},
        "safeguarding": {"rules": [], "ml_confidence": 0.91, "danger_now_score": 0.03},
    }
    assert follow_up_of_topic(sure, "ask_privacy_controls")["intent"]["name"] == (
        "ask_privacy_controls"
    )
    told = {**sure, "text": "and now she says she wants to hurt herself"}  # no question
    assert follow_up_of_topic(told, "ask_privacy_controls") is told
    event = {**sure, "text": "and he's been messaging her every night?"}  # asked, but tells
    assert follow_up_of_topic(event, "ask_privacy_controls") is event
    ruled = {**sure, "safeguarding": {**sure["safeguarding"], "rules": ["self_harm"]}}
    assert follow_up_of_topic(ruled, "ask_privacy_controls") is ruled
