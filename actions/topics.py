"""Answers a topic question from the content store, asking the child's age when the advice depends on it."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import read_context
from bot.content.db import session_scope
from bot.content.queries import get_topic, region_filler
from bot.replies import topic_message

logger = logging.getLogger(__name__)


class ActionAnswerTopic(Action):
    """Gives a topic's advice for the child's age band; asks the age once when it matters."""

    def name(self) -> str:
        return "action_answer_topic"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        context = read_context(tracker)
        events: list[EventType] = [SlotSet("awaiting_safety", False)]
        if context.intent == "inform_age":
            topic_intent = tracker.get_slot("pending_topic")
            if not topic_intent:
                dispatcher.utter_message(text="Thank you, I'll keep your child's age in mind.")
                dispatcher.utter_message(response="utter_offer_topics")
                return events
        else:
            topic_intent = context.intent
        try:
            with session_scope() as session:
                topic = get_topic(session, intent=topic_intent)
                fill = region_filler(session, context.region)
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
        if topic.depends_on_age and not context.age_band:
            dispatcher.utter_message(text=topic_message(topic, None, fill))
            dispatcher.utter_message(response="utter_ask_age_band")
            return [*events, SlotSet("pending_topic", topic.intent)]
        dispatcher.utter_message(text=topic_message(topic, context.age_band, fill))
        return [*events, SlotSet("pending_topic", None)]
