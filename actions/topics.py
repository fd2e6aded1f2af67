"""Answers a topic question from the content store, asking the child's age when the advice depends on it."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import read_context
from bot.content.db import session_scope
from bot.content.queries import get_topic, list_platforms, region_filler
from bot.platforms import find_platforms
from bot.replies import app_follow_up, topic_message

logger = logging.getLogger(__name__)


class ActionAnswerTopic(Action):
    """Gives a topic's advice for the child's age band, with the app or game the parent named;
    asks the age once when it matters. A new age later ("and for a 14 year old?") answers the
    same topic again for that age."""

    def name(self) -> str:
        return "action_answer_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        context = read_context(tracker)
        events: list[EventType] = [SlotSet("awaiting_safety", False)]
        if context.intent == "inform_age":
            topic_intent = tracker.get_slot("pending_topic") or tracker.get_slot("last_topic")
            if not topic_intent:
                dispatcher.utter_message(text="Thank you, I'll keep your child's age in mind.")
                dispatcher.utter_message(response="utter_offer_topics")
                return events
        else:
            topic_intent = context.intent
        text = (tracker.latest_message or {}).get("text") or ""
        try:
            with session_scope() as session:
                topic = get_topic(session, intent=topic_intent)
                fill = region_filler(session, context.region)
                named = find_platforms(text, list_platforms(session))
        except Exception:
            logger.exception("Could not read the content store to answer a topic.")
            dispatcher.utter_message(
                text="Sorry, I can't load that advice right now. Please try again in a moment."
            )
            dispatcher.utter_message(response="utter_not_emergency_service")
            return events
        if topic is None:
            dispatcher.utter_message(response="utter_offer_topics")
            return [*events, SlotSet("pending_topic", None)]
        platform = named[0] if named else None
        if platform and topic.intent == tracker.get_slot("last_topic"):
            # "and on the xbox?" after the gaming answer: the app, not the same advice again.
            reply = app_follow_up(platform, topic, context.age_band, context.region)
            dispatcher.utter_message(text=reply)
            return events
        events.append(SlotSet("last_topic", topic.intent))
        if topic.depends_on_age and not context.age_band:
            dispatcher.utter_message(
                text=topic_message(topic, None, fill, platform, context.region)
            )
            dispatcher.utter_message(response="utter_ask_age_band")
            return [*events, SlotSet("pending_topic", topic.intent)]
        dispatcher.utter_message(
            text=topic_message(topic, context.age_band, fill, platform, context.region)
        )
        return [*events, SlotSet("pending_topic", None)]
