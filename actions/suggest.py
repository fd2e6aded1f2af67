"""A message no topic caught: a named app or game, or a follow-up to the last answer, gets an
answer; anything else gets "I didn't understand" (or "I can't help with that"), the nearest
topics as buttons and a person to talk to, never a dead end."""

from __future__ import annotations

import logging
import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import read_context
from bot.ages import age_band
from bot.content.db import session_scope
from bot.content.fill import channel_mention
from bot.content.queries import get_topic, list_platforms, region_filler, route_and_advice
from bot.platforms import TOPIC_FOR_KIND, find_platforms
from bot.replies import app_follow_up, route_messages, topic_message, topic_more, words_line
from bot.situations import CONCERN

logger = logging.getLogger(__name__)
NEAREST = 3
# "give me words I can use", "what do I say to him?", "how do I put it?"
WANTS_WORDS = re.compile(
    r"\b(?:words|wording|script|lines|phrases?|what (?:do|should|can|would) i (?:say|tell)|what to say|"
    r"how (?:do|should|would|can) i (?:say|put|word|phrase) it)\b",
    re.IGNORECASE,
)


# After a topic's answer, "what else can I do?", "who can help?": people who can, for the region.
WHAT_ELSE = re.compile(
    r"\b(?:what else|anything else (?:i|we) can|what (?:now|next)|"
    r"what (?:can|should|do) (?:i|we) do (?:now|next|about (?:it|this|that))|"
    r"who (?:can|else can|could) help|where (?:can|do|should) (?:i|we) (?:go|turn)|who (?:do|can|should) "
    r"(?:i|we) (?:talk|speak|go) to)\b",
    re.IGNORECASE,
)
# A question that follows the answer up ("what if she just rolls her eyes", "what should I do
# instead?", "what if it's someone she likes"): more of the same topic, not "I didn't understand".
FOLLOW_UP_QUESTION = re.compile(
    r"^(?:(?:and|but|so|ok|okay|right|hmm|um) )?(?:what if|what about|what (?:should|do|can|would) (?:i|we)|"
    r"how (?:do|can|should|would) (?:i|we)|should (?:i|we)|do (?:i|we)|is (?:it|that|this)|can (?:i|we)|"
    r"why|but what|what happens)\b|\?\s*$",
    re.IGNORECASE,
)
FOLLOW_UP_WORDS = 15
MORE_HELP = (
    "if it goes on, or you're worried about how your child is coping, you don't have to handle "
    "it alone. These can talk it through with you."
)


def nearest_topic_intents(ranking: list[dict[str, Any]], limit: int = NEAREST) -> list[str]:
    """The classifier's best guesses among the topics, best first."""
    return [
        str(entry["name"]) for entry in ranking if str(entry.get("name") or "").startswith("ask_")
    ][:limit]


class ActionSuggestTopics(Action):
    """Answers a named app or a follow-up in context; else offers the nearest topics and the
    region's helpline for a person."""

    def name(self) -> str:
        return "action_suggest_topics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        context = read_context(tracker)
        latest = tracker.latest_message or {}
        text = latest.get("text") or ""
        last = tracker.get_slot("last_topic")
        try:
            with session_scope() as session:
                named = find_platforms(text, list_platforms(session))
                if named:
                    platform = named[0]
                    topic = get_topic(session, intent=last) or get_topic(
                        session, key=TOPIC_FOR_KIND.get(platform.kind, "")
                    )
                    fill = region_filler(session, context.region)
                    if topic is not None and last is None:
                        reply = topic_message(
                            topic, context.age_band, fill, platform, context.region
                        )
                    else:  # a follow-up ("and on the xbox?"): the app, and words for this age
                        reply = app_follow_up(platform, topic, context.age_band, context.region)
                    dispatcher.utter_message(text=reply)
                    return [SlotSet("last_topic", topic.intent)] if topic else []
                topic = get_topic(session, intent=last) if last else None
                new_age = age_band(text)
                if topic is not None and new_age:  # "and for a 10 year old?"
                    fill = region_filler(session, context.region)
                    dispatcher.utter_message(
                        text=topic_message(topic, new_age, fill, None, context.region)
                    )
                    return []
                if topic is not None and WANTS_WORDS.search(text):
                    said = words_line(topic, context.age_band)
                    if said:
                        title = topic.title.rstrip("?!.")
                        dispatcher.utter_message(text=f"{title}. {said}")
                        return []
                    dispatcher.utter_message(response="utter_ask_age_band")
                    return [SlotSet("pending_topic", topic.intent)]
                if (
                    topic is not None
                    and FOLLOW_UP_QUESTION.search(text.strip())
                    and len(text.split()) <= FOLLOW_UP_WORDS
                    and not WHAT_ELSE.search(text)
                ):
                    if not context.age_band and topic.by_age:
                        dispatcher.utter_message(response="utter_ask_age_band")
                        return [SlotSet("pending_topic", topic.intent)]
                    more = topic_more(
                        topic, context.age_band, region_filler(session, context.region)
                    )
                    if more:
                        dispatcher.utter_message(text=more)
                        return []
                if topic is not None and WHAT_ELSE.search(
                    text
                ):  # "the school are useless, what else?"
                    routed, _ = route_and_advice(session, CONCERN, context.region, context.site)
                    title = topic.title.rstrip("?!.:")
                    dispatcher.utter_message(text=f"{title}: {MORE_HELP}")
                    for message in route_messages(routed, None):
                        dispatcher.utter_message(text=message)
                    return []
                buttons = []
                for intent in nearest_topic_intents(latest.get("intent_ranking") or []):
                    topic = get_topic(session, intent=intent)
                    if topic is not None:
                        buttons.append({"title": topic.title, "payload": f"/{intent}"})
                routed, _ = route_and_advice(session, CONCERN, context.region, context.site)
        except Exception:
            logger.exception("Could not read the content store to suggest topics.")
            dispatcher.utter_message(response=_not_understood(context.intent))
            dispatcher.utter_message(response="utter_offer_topics")
            return []
        dispatcher.utter_message(response=_not_understood(context.intent))
        first = routed.channels[0] if routed.channels else None
        dispatcher.utter_message(
            text=f"If you're worried about a child and want to talk to someone: {channel_mention(first)}."
        )
        if not buttons:
            dispatcher.utter_message(response="utter_offer_topics")
        else:  # the choices come last, where a parent's thumb is
            dispatcher.utter_message(text="Or is it one of these?", buttons=buttons)
        return []


def _not_understood(intent: str | None) -> str:
    return "utter_out_of_scope" if intent == "out_of_scope" else "utter_fallback"
