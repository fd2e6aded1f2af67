"""Confirms the region the parent named, and re-routes a disclosure already under way."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import read_context
from bot.content.db import session_scope
from bot.content.queries import load_route_table
from bot.disclosure_replies import route_reply
from bot.regions import KNOWN_REGIONS, normalise_region
from bot.replies import region_confirmation
from bot.routing import resolve_region

logger = logging.getLogger(__name__)

# Button labels only: routing and replies use the names in the content store.
REGION_BUTTONS = {
    "UK": "England or Wales", "UK-SCT": "Scotland", "UK-NIR": "Northern Ireland",
    "IE": "Ireland", "US": "USA", "CA": "Canada", "AU": "Australia", "NZ": "New Zealand",
    "OTHER": "Somewhere else",
}  # fmt: skip


class ActionConfirmRegion(Action):
    """Says which region's services the bot will use from now on."""

    def name(self) -> str:
        return "action_confirm_region"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        said = normalise_region(tracker.get_slot("region"))
        if said is None:
            dispatcher.utter_message(
                text="Which country are you in?",
                buttons=[
                    {
                        "title": REGION_BUTTONS.get(code, code),
                        "payload": f'/inform_region{{"region":"{code}"}}',
                    }
                    for code in KNOWN_REGIONS
                ],
            )
            return []
        context = read_context(tracker)
        situation = tracker.get_slot("situation")
        events: list[EventType] = [SlotSet("region", said)]
        try:
            with session_scope() as session:
                table = load_route_table(session)
                region = resolve_region(said, table)
                dispatcher.utter_message(text=region_confirmation(region.name))
                if situation and tracker.get_slot("disclosure_open"):
                    follow_up = tracker.get_slot("emergency_of")
                    for text in route_reply(session, situation, said, context.site, follow_up):
                        dispatcher.utter_message(text=text)
                    events.append(SlotSet("routed_region", said))
        except Exception:
            logger.exception("Could not read the content store to confirm a region.")
            dispatcher.utter_message(response="utter_not_emergency_service")
        return events
