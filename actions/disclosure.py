"""Routes a disclosure in its first reply, and goes on with it whatever the parent says next."""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import TurnContext, read_context
from bot import disclosure_flow as flow
from bot.content.db import session_scope
from bot.content.queries import route_and_advice
from bot.disclosure_replies import continuation_reply
from bot.replies import route_messages
from bot.routing import emergency_kind
from bot.situations import EMERGENCY

logger = logging.getLogger(__name__)

# Quick replies under every reply that goes on with a disclosure.
NEXT_BUTTONS = [
    {"title": "How do I talk to my child about it?", "payload": "/ask_child_disclosed"},
    {"title": "Show me all the places again", "payload": "/report_concern"},
    {"title": "The child is not safe right now", "payload": "/disclose_emergency"},
]


def _opened(
    situation: str, context: TurnContext, *, asked_if_safe: bool, follow_up: str | None = None
) -> list[EventType]:
    return [
        SlotSet("situation", situation),
        SlotSet("emergency_of", follow_up if situation == EMERGENCY else None),
        SlotSet("disclosure_open", True),
        SlotSet("concern_pending", False),
        SlotSet("awaiting_safety", asked_if_safe),
        SlotSet("routed_region", context.region),
    ]


def _store_down(dispatcher: CollectingDispatcher) -> None:
    logger.exception("Could not read the content store for a disclosure.")
    dispatcher.utter_message(response="utter_not_emergency_service")


class ActionRouteDisclosure(Action):
    """Gives the route for the situation and region at once; may then ask whether the child is safe."""

    def name(self) -> str:
        return "action_route_disclosure"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        context = read_context(tracker)
        step = flow.on_route_request(
            context.intent,
            open_situation=tracker.get_slot("situation") if _open(tracker) else None,
            concern_pending=bool(tracker.get_slot("concern_pending")),
            region=context.region,
            routed_region=tracker.get_slot("routed_region"),
            ml_only=not context.safeguarding.get("situation"),
            told=flow.is_told(str((tracker.latest_message or {}).get("text") or "")),
        )
        if step.kind == flow.ASK_WHAT_HAPPENED:
            dispatcher.utter_message(response="utter_ask_what_happened")
            return [SlotSet("concern_pending", True)]
        if step.kind == flow.CONTINUE:
            return await ActionContinueDisclosure().run(dispatcher, tracker, domain)
        situation = step.situation or EMERGENCY
        follow_up = None
        if situation == EMERGENCY:  # the kind of emergency decides what follows the number
            open_situation = tracker.get_slot("situation") if _open(tracker) else None
            follow_up = (
                emergency_kind(
                    context.safeguarding.get("situation"), context.safeguarding.get("rules") or ()
                )
                or tracker.get_slot("emergency_of")
                or open_situation
            )
        ask = False
        try:
            with session_scope() as session:
                routed, info = route_and_advice(
                    session, situation, context.region, context.site, follow_up
                )
                messages = route_messages(routed, info)
                ask = (
                    situation != EMERGENCY
                    and info is not None
                    and info.ask_if_safe
                    and not context.safeguarding.get("safe_now")
                )
        except Exception:
            _store_down(dispatcher)
            return _opened(situation, context, asked_if_safe=False, follow_up=follow_up)
        for text in messages:
            dispatcher.utter_message(text=text)
        if ask:
            dispatcher.utter_message(response="utter_ask_child_safe")
        return _opened(situation, context, asked_if_safe=ask, follow_up=follow_up)


def _open(tracker: Tracker) -> bool:
    return bool(tracker.get_slot("disclosure_open"))


class ActionContinueDisclosure(Action):
    """Goes on with an open disclosure: next steps, how to talk to the child, the route again."""

    def name(self) -> str:
        return "action_continue_disclosure"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        context = read_context(tracker)
        situation = tracker.get_slot("situation") or EMERGENCY
        follow_up = tracker.get_slot("emergency_of")
        routed_region = tracker.get_slot("routed_region")
        kind = flow.continuation(
            context.intent,
            awaiting_safety=bool(tracker.get_slot("awaiting_safety")),
            safe_now=bool(context.safeguarding.get("safe_now")),
            region_changed=routed_region is not None and routed_region != context.region,
            situation=situation,
            text=str((tracker.latest_message or {}).get("text") or ""),
        )
        try:
            with session_scope() as session:
                messages = continuation_reply(
                    session,
                    kind,
                    situation,
                    context.region,
                    context.site,
                    context.age_band,
                    follow_up,
                )
        except Exception:
            _store_down(dispatcher)
            return _opened(situation, context, asked_if_safe=False, follow_up=follow_up)
        for text in messages[:-1]:
            dispatcher.utter_message(text=text)
        dispatcher.utter_message(text=messages[-1], buttons=NEXT_BUTTONS)
        return _opened(situation, context, asked_if_safe=False, follow_up=follow_up)
