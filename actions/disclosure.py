"""Routes a disclosure: asks once whether the child is safe when that is unclear, then gives the channels."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import read_context
from bot.content.db import session_scope
from bot.content.queries import get_situation, route_reply
from bot.situations import EMERGENCY, situation_for

logger = logging.getLogger(__name__)


class ActionRouteDisclosure(Action):
    """Sends the parent to the right place for the situation and region, in at most two turns."""

    def name(self) -> str:
        return "action_route_disclosure"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        context = read_context(tracker)
        new_situation = situation_for(context.intent)
        situation = new_situation or tracker.get_slot("situation")
        if situation is None:
            dispatcher.utter_message(response="utter_ask_what_happened")
            return [SlotSet("awaiting_safety", False)]
        try:
            with session_scope() as session:
                info = get_situation(session, situation)
                ask_first = (
                    new_situation is not None
                    and situation != EMERGENCY
                    and info is not None
                    and info.ask_if_safe
                    and not context.safeguarding.get("safe_now")
                )
                if ask_first:
                    dispatcher.utter_message(response="utter_ask_child_safe")
                    return [SlotSet("situation", situation), SlotSet("awaiting_safety", True)]
                messages = route_reply(session, situation, context.region, context.site)
        except Exception:
            logger.exception("Could not read the content store to route a disclosure.")
            dispatcher.utter_message(response="utter_not_emergency_service")
            return [SlotSet("situation", situation), SlotSet("awaiting_safety", False)]
        for text in messages:
            dispatcher.utter_message(text=text)
        return [SlotSet("situation", situation), SlotSet("awaiting_safety", False)]
