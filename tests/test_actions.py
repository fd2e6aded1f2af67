"""Actions run against a real rasa_sdk Tracker and a seeded content database; the DB down is survived."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import update

from actions.disclosure import ActionContinueDisclosure, ActionRouteDisclosure
from actions.region import ActionConfirmRegion
from actions.topics import ActionAnswerTopic
from bot.content.db import session_scope
from bot.content.models import Channel


def tracker(intent: str, slots: dict[str, Any] | None = None, **latest: Any) -> Tracker:
    message = {"text": "...", "intent": {"name": intent, "confidence": 1.0}, "entities": []}
    message.update(latest)
    return Tracker(
        sender_id="test",
        slots={"awaiting_safety": False, **(slots or {})},
        latest_message=message,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def run(action, track: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, track, {}))
    return dispatcher.messages, events


def texts(messages: list[dict[str, Any]]) -> str:
    return "\n".join(m.get("text") or "" for m in messages)


def test_a_disclosure_is_routed_first_and_the_safety_question_follows(database_url: str) -> None:
    messages, events = run(ActionRouteDisclosure(), tracker("disclose_grooming"))
    body = texts(messages)
    assert "CEOP" in body and "Child Protection Advisor" in body
    assert "cannot take anonymous reports" in body and "NSPCC" in body
    assert "call 999" in body
    assert messages[-1].get("response") == "utter_ask_child_safe"
    assert body.index("CEOP") < len(body)  # the route is in the same reply as the question
    assert SlotSet("awaiting_safety", True) in events
    assert SlotSet("disclosure_open", True) in events
    assert SlotSet("situation", "grooming") in events


@pytest.mark.parametrize(
    "intent", ["affirm", "nlu_fallback", "out_of_scope", "ask_gaming", "greet"]
)
def test_any_answer_to_an_open_disclosure_goes_on_with_it(database_url: str, intent: str) -> None:
    track = tracker(
        intent, {"situation": "grooming", "awaiting_safety": True, "disclosure_open": True}
    )
    messages, events = run(ActionContinueDisclosure(), track)
    body = texts(messages)
    assert "CEOP" in body and "call 999" in body
    assert "didn't quite understand" not in body
    assert SlotSet("awaiting_safety", False) in events
    assert SlotSet("disclosure_open", True) in events
    assert messages[-1]["buttons"]


def test_a_safe_answer_gets_how_to_talk_to_the_child_and_the_route(database_url: str) -> None:
    track = tracker(
        "affirm", {"situation": "grooming", "awaiting_safety": True, "disclosure_open": True}
    )
    body = texts(run(ActionContinueDisclosure(), track)[0])
    assert "glad the child is safe" in body and "Listen carefully" in body and "CEOP" in body


def test_a_place_named_later_reroutes_the_open_disclosure(database_url: str) -> None:
    track = tracker(
        "nlu_fallback",
        {"situation": "grooming", "disclosure_open": True, "routed_region": "UK", "region": "AU"},
    )
    body = texts(run(ActionContinueDisclosure(), track)[0])
    assert "Australia" in body and "000" in body and "CEOP" not in body


def test_a_vague_worry_is_asked_once_then_routed_whatever_the_answer(database_url: str) -> None:
    messages, events = run(ActionRouteDisclosure(), tracker("report_concern"))
    assert [m.get("response") for m in messages] == ["utter_ask_what_happened"]
    assert SlotSet("concern_pending", True) in events
    track = tracker("nlu_fallback", {"concern_pending": True})
    messages, events = run(ActionRouteDisclosure(), track)
    body = texts(messages)
    assert "NSPCC" in body and "0808 800 5000" in body and "call 999" in body
    assert SlotSet("situation", "concern") in events
    assert SlotSet("concern_pending", False) in events


def test_text_that_says_the_child_is_safe_routes_at_once(database_url: str) -> None:
    track = tracker("disclose_abuse_in_person", safeguarding={"safe_now": True})
    body = texts(run(ActionRouteDisclosure(), track)[0])
    assert "101" in body and "council" in body
    assert "don't promise to keep it secret" in body.lower() or "secret" in body


def test_abuse_images_route_says_not_to_screenshot_and_why(database_url: str) -> None:
    body = texts(run(ActionRouteDisclosure(), tracker("disclose_abuse_images"))[0])
    assert "Internet Watch Foundation" in body
    assert "Don't screenshot, download, save or forward it" in body
    assert "crime" in body


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("US", ["CyberTipline", "911"]),
        ("IE", ["Hotline.ie", "112 or 999"]),
        ("AU", ["eSafety", "000"]),
        ("CA", ["Cybertip.ca", "911"]),
        ("NZ", ["DIA", "111"]),
        ("UK-SCT", ["Internet Watch Foundation", "Scotland", "999"]),
        ("OTHER", ["INHOPE", "your local emergency number"]),
    ],
)
def test_routes_follow_the_region(database_url: str, region: str, expected: list[str]) -> None:
    body = texts(
        run(ActionRouteDisclosure(), tracker("disclose_abuse_images", {"region": region}))[0]
    )
    for fragment in expected:
        assert fragment in body


def test_site_region_applies_when_the_parent_names_none(database_url: str) -> None:
    body = texts(
        run(ActionRouteDisclosure(), tracker("disclose_abuse_images", {"site_region": "US"}))[0]
    )
    assert "CyberTipline" in body


def test_school_site_adds_its_safeguarding_lead(database_url: str) -> None:
    track = tracker("disclose_grooming", {"site": "demo-primary"})
    body = texts(run(ActionRouteDisclosure(), track)[0])
    assert "Demo Primary School" in body and "safeguarding lead" in body


def test_a_changed_phone_number_shows_in_the_next_reply(database_url: str) -> None:
    track = tracker("disclose_adult_behaviour")
    assert "0808 1000 900" in texts(run(ActionRouteDisclosure(), track)[0])
    with session_scope(database_url) as session:
        session.execute(
            update(Channel).where(Channel.key == "uk-stop-it-now").values(phone="0808 0000 001")
        )
    body = texts(run(ActionRouteDisclosure(), track)[0])
    assert "0808 0000 001" in body and "0808 1000 900" not in body


def test_database_down_still_gives_the_emergency_reply(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    messages, _ = run(ActionRouteDisclosure(), tracker("disclose_emergency"))
    assert [m["response"] for m in messages] == ["utter_not_emergency_service"]


def test_topic_asks_age_when_advice_depends_on_it(database_url: str) -> None:
    messages, events = run(ActionAnswerTopic(), tracker("ask_body_safety"))
    assert "PANTS" in texts(messages) or "Pants" in texts(messages)
    assert messages[-1]["response"] == "utter_ask_age_band"
    assert SlotSet("pending_topic", "ask_body_safety") in events


def test_age_answer_gives_the_waiting_topic_for_that_age(database_url: str) -> None:
    track = tracker("inform_age", {"pending_topic": "ask_body_safety", "age_band": "5_10"})
    messages, events = run(ActionAnswerTopic(), track)
    assert "age 5 to 10" in texts(messages)
    assert SlotSet("pending_topic", None) in events


def test_topic_without_age_bands_answers_at_once(database_url: str) -> None:
    messages, _ = run(ActionAnswerTopic(), tracker("ask_sextortion"))
    body = texts(messages)
    assert "pay" in body.lower() and not any(m.get("response") for m in messages)


def test_region_confirmation_reroutes_a_disclosure(database_url: str) -> None:
    track = tracker(
        "inform_region", {"region": "US", "situation": "abuse_images", "disclosure_open": True}
    )
    messages, events = run(ActionConfirmRegion(), track)
    assert "United States" in messages[0]["text"]
    assert "CyberTipline" in texts(messages)
    assert SlotSet("region", "US") in events


def test_region_question_when_none_was_understood(database_url: str) -> None:
    messages, _ = run(ActionConfirmRegion(), tracker("inform_region"))
    titles = [b["title"] for b in messages[0]["buttons"]]
    assert "Scotland" in titles and "Somewhere else" in titles


def test_after_a_fallback_the_nearest_topics_and_a_person_to_talk_to(database_url: str) -> None:
    from actions.suggest import ActionSuggestTopics, nearest_topic_intents

    ranking = [
        {"name": "nlu_fallback", "confidence": 0.4},
        {"name": "ask_gaming", "confidence": 0.3},
        {"name": "disclose_grooming", "confidence": 0.1},
        {"name": "ask_privacy_controls", "confidence": 0.1},
        {"name": "ask_social_media_age", "confidence": 0.05},
        {"name": "ask_bullying", "confidence": 0.05},
    ]
    assert nearest_topic_intents(ranking) == [
        "ask_gaming",
        "ask_privacy_controls",
        "ask_social_media_age",
    ]
    messages, _ = run(
        ActionSuggestTopics(), tracker("nlu_fallback", {"region": "AU"}, intent_ranking=ranking)
    )
    assert [b["payload"] for b in messages[-1]["buttons"]] == [
        "/ask_gaming",
        "/ask_privacy_controls",
        "/ask_social_media_age",
    ]
    assert "Kids Helpline" in texts(messages) or "Child protection" in texts(messages)
    uk, _ = run(ActionSuggestTopics(), tracker("nlu_fallback", intent_ranking=ranking))
    assert "NSPCC Helpline (0808 800 5000)" in texts(uk)


def test_after_the_emergency_number_the_channels_fit_the_kind_of_emergency(
    database_url: str,
) -> None:
    self_harm = tracker(
        "disclose_emergency",
        safeguarding={"situation": "self_harm", "immediate": True, "rules": ["ml_escalation"]},
    )
    messages, events = run(ActionRouteDisclosure(), self_harm)
    assert "PAPYRUS" in texts(messages) and "CEOP" not in texts(messages)
    assert SlotSet("emergency_of", "self_harm") in events
    missing = tracker(
        "disclose_emergency",
        safeguarding={"situation": "emergency", "immediate": True, "rules": ["always_emergency"]},
    )
    messages, _ = run(ActionRouteDisclosure(), missing)
    body = texts(messages)
    assert "NSPCC Helpline" in body and body.find("CEOP") == -1  # a missing child: not CEOP first
    nir = tracker(
        "disclose_emergency",
        {"region": "UK-NIR"},
        safeguarding={"situation": "abuse_in_person", "immediate": True, "rules": []},
    )
    messages, _ = run(ActionRouteDisclosure(), nir)
    assert "Gateway team" in texts(messages) and "council's children's social care" not in texts(
        messages
    )


def test_a_named_app_is_answered_first_with_its_sourced_facts(database_url: str) -> None:
    from actions.topics import ActionAnswerTopic

    asked = tracker("ask_gaming", {"age_band": "5_10"}, text="is fortnite ok for my 8 year old?")
    messages, events = run(ActionAnswerTopic(), asked)
    reply = texts(messages)
    assert reply.startswith("Fortnite:") and "PEGI 12" in reply
    assert "Words you could use:" in reply  # words for the child's age close the answer
    assert SlotSet("last_topic", "ask_gaming") in events


def test_australias_under_16_rule_reaches_australian_families_only(database_url: str) -> None:
    from actions.topics import ActionAnswerTopic

    for region, shown in (("AU", True), ("UK", False)):
        asked = tracker(
            "ask_social_media_age",
            {"age_band": "11_13", "region": region},
            text="is snapchat ok at 12?",
        )
        messages, _ = run(ActionAnswerTopic(), asked)
        assert (
            "10 December 2025" in texts(messages).split("What age for social media?")[0]
        ) is shown


def test_follow_ups_go_on_with_the_last_topic(database_url: str) -> None:
    from actions.suggest import ActionSuggestTopics

    last = {"last_topic": "ask_gaming", "age_band": "5_10"}
    xbox, events = run(
        ActionSuggestTopics(), tracker("nlu_fallback", last, text="and on the xbox?")
    )
    assert texts(xbox).startswith("Xbox") and "didn't quite understand" not in texts(xbox)
    older, _ = run(
        ActionSuggestTopics(), tracker("nlu_fallback", last, text="and for a 14 year old?")
    )
    assert texts(older).startswith(
        "Gaming, chat and livestreaming"
    ) and "Words you could use:" in texts(older)
    words, _ = run(
        ActionSuggestTopics(), tracker("nlu_fallback", last, text="what do I say to him?")
    )
    assert "Words you could use:" in texts(words)
    lost, _ = run(ActionSuggestTopics(), tracker("nlu_fallback", {}, text="blah"))
    assert lost[0].get("response") == "utter_fallback"  # "I didn't understand", then the helpline
    bullied = {"last_topic": "ask_bullying", "region": "IE"}
    more, _ = run(
        ActionSuggestTopics(),
        tracker("nlu_fallback", bullied, text="the school are useless, what else can I do"),
    )
    assert "didn't quite understand" not in texts(more)
    assert "Where to report or get help in Ireland" in texts(more)


def test_a_question_about_the_services_lists_them_for_the_region(database_url: str) -> None:
    from actions.services import ActionListServices

    messages, events = run(
        ActionListServices(), tracker("ask_which_service", {"region": "IE"}, text="who does what?")
    )
    text = texts(messages)
    assert "Where to report or get help in Ireland, and what each is for:" in text
    assert "call 112 or 999" in text and events == []
    abroad, _ = run(ActionListServices(), tracker("ask_which_service", {"region": "OTHER"}))
    assert "your local emergency number" in texts(abroad)


def test_a_follow_up_question_gets_more_of_the_topic_not_a_route(database_url: str) -> None:
    from actions.suggest import ActionSuggestTopics

    last = {"last_topic": "ask_conversation_start", "age_band": "14_17", "region": "UK-SCT"}
    for text in ("what if she just rolls her eyes", "what should I do instead?"):
        more, _ = run(ActionSuggestTopics(), tracker("nlu_fallback", last, text=text))
        said = texts(more)
        assert said.startswith("Starting the conversation, more generally:"), text
        assert "Where to report" not in said and "didn't quite understand" not in said
    # Without the age, the age first: the general advice was the first answer.
    ask, events = run(
        ActionSuggestTopics(),
        tracker("nlu_fallback", {"last_topic": "ask_nudes"}, text="what if it's someone she likes"),
    )
    assert ask[0].get("response") == "utter_ask_age_band"
    assert SlotSet("pending_topic", "ask_nudes") in events


def test_whom_to_call_in_danger_now_gets_the_number_first(database_url: str) -> None:
    slots = {"disclosure_open": True, "situation": "emergency", "region": "CA"}
    messages, _ = run(
        ActionContinueDisclosure(),
        tracker("ask_child_disclosed", slots, text="do I call her worker first or 911"),
    )
    assert texts(messages).startswith("Call 911 first")
