"""Answers a question about the services themselves ("what's the difference between CEOP and the
NSPCC?", "is there an Irish version of CEOP?"): the region's channels, what each is for."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.context import read_context
from bot.content.db import session_scope
from bot.content.queries import load_route_table
from bot.replies import overview_messages
from bot.routing import overview

logger = logging.getLogger(__name__)


class ActionListServices(Action):
    """Lists the region's checked services; the region named in the message wins."""

    def name(self) -> str:
        return "action_list_services"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        context = read_context(tracker)
        try:
            with session_scope() as session:
                found = overview(context.region, load_route_table(session))
        except Exception:
            logger.exception("Could not read the content store to list the services.")
            dispatcher.utter_message(response="utter_not_emergency_service")
            return []
        for message in overview_messages(found):
            dispatcher.utter_message(text=message)
        return []
