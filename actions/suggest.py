"""After "I didn't understand": the nearest topics as buttons and a person to talk to, never a dead end."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.context import read_context
from bot.content.db import session_scope
from bot.content.fill import channel_mention
from bot.content.queries import get_topic, route_and_advice
from bot.situations import CONCERN

logger = logging.getLogger(__name__)
NEAREST = 3


def nearest_topic_intents(ranking: list[dict[str, Any]], limit: int = NEAREST) -> list[str]:
    """The classifier's best guesses among the topics, best first."""
    return [
        str(entry["name"]) for entry in ranking if str(entry.get("name") or "").startswith("ask_")
    ][:limit]


class ActionSuggestTopics(Action):
    """Offers the topics nearest to what was asked, and the region's helpline for a person."""

    def name(self) -> str:
        return "action_suggest_topics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        context = read_context(tracker)
        ranking = (tracker.latest_message or {}).get("intent_ranking") or []
        try:
            with session_scope() as session:
                buttons = []
                for intent in nearest_topic_intents(ranking):
                    topic = get_topic(session, intent=intent)
                    if topic is not None:
                        buttons.append({"title": topic.title, "payload": f"/{intent}"})
                routed, _ = route_and_advice(session, CONCERN, context.region, context.site)
        except Exception:
            logger.exception("Could not read the content store to suggest topics.")
            dispatcher.utter_message(response="utter_offer_topics")
            return []
        first = routed.channels[0] if routed.channels else None
        dispatcher.utter_message(
            text=f"If you're worried about a child and want to talk to someone: {channel_mention(first)}."
        )
        if not buttons:
            dispatcher.utter_message(response="utter_offer_topics")
        else:  # the choices come last, where a parent's thumb is
            dispatcher.utter_message(text="Or is it one of these?", buttons=buttons)
        return []
