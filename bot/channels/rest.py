"""Rasa's REST channel with its input checked: bad input gets a clear 4xx, never a 5xx or a lost turn."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import rasa_speedups
from bot.message_checks import (
    MAX_BODY_BYTES,
    MAX_MESSAGE_CHARS,
    SITE_SLUG,
    InputError,
    check_sender,
    check_text,
    load_json,
)
from bot.places import region_in_text
from bot.regions import normalise_region

rasa_speedups.apply()  # the Rasa server process loads this module

logger = logging.getLogger(__name__)

SAFE_ERROR_REPLY = (
    "Sorry, something went wrong on my side. If a child is in danger right now, call your "
    "local emergency number (999 in the UK) now."
)
SLOW_REPLY = (
    "Sorry, I'm slow to answer right now. If a child is in danger right now, call {number} now. "
    "Please send your message again in a minute."
)
# A parent gets an answer within this many seconds, whatever part of the bot hangs: the replies
# ready by then (the static emergency reply comes before any action-server call), else the above.
REPLY_DEADLINE_SECONDS = float(os.environ.get("REPLY_DEADLINE_SECONDS", "1.5"))
_late_turns: set[asyncio.Task[None]] = set()  # turns that go on after their reply was sent


def parse_request(body: bytes | None) -> tuple[str, str, dict[str, Any]]:
    """Checks a webhook body and returns (sender, text, metadata); raises InputError if it is unusable."""
    if not body:
        raise InputError(400, 'The request body must be JSON: {"sender": ..., "message": ...}.')
    if len(body) > MAX_BODY_BYTES:
        raise InputError(413, f"The message is too long (at most {MAX_MESSAGE_CHARS} characters).")
    data = load_json(body)
    if not isinstance(data, dict):
        raise InputError(400, "The request body must be a JSON object.")
    return (
        check_sender(data.get("sender")),
        check_text(data.get("message")),
        _metadata(data.get("metadata")),
    )


def _metadata(raw: object) -> dict[str, Any]:
    """Keeps only the site slug and region: nothing else a client sends is stored."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise InputError(400, "'metadata' must be a JSON object.")
    metadata: dict[str, Any] = {}
    region = normalise_region(raw.get("region"))
    if region:
        metadata["region"] = region
    site = raw.get("site")
    if isinstance(site, str) and SITE_SLUG.match(site):
        metadata["site"] = site
    return metadata


@lru_cache(maxsize=1)
def _emergency_numbers() -> dict[str, str]:
    from bot.emergency_responses import emergency_numbers

    try:
        return emergency_numbers()
    except Exception:  # noqa: BLE001 - a broken pack must not cost the parent an answer
        logger.exception("Could not read the emergency numbers from the content pack.")
        return {}


def emergency_number_for(text: str, metadata: dict[str, Any]) -> str:
    """The number for the place the message names, else the site's region: no database needed."""
    site_region = metadata.get("region")
    region = region_in_text(text, prefer=site_region) or site_region or "UK"
    return _emergency_numbers().get(region) or "your local emergency number"


def late_reply(
    sender: str, ready: list[dict[str, Any]], text: str = "", metadata: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """What a parent gets when a turn is slow: the replies ready so far, and never nothing."""
    has_number = any("call" in (m.get("text") or "").lower() for m in ready)
    if ready and has_number:
        return ready
    number = emergency_number_for(text, metadata or {})
    return [*ready, {"recipient_id": sender, "text": SLOW_REPLY.format(number=number)}]


def _finish_late_turn(turn: asyncio.Task[None]) -> None:
    _late_turns.discard(turn)
    if not turn.cancelled() and turn.exception() is not None:
        logger.error("A late turn failed (text not logged).", exc_info=turn.exception())


class CheckedRestInput(RestInput):
    """The REST channel at /webhooks/rest/webhook, with the checks above and no message text in logs."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        """Serves the same routes as Rasa's REST channel."""
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                sender, text, metadata = parse_request(request.body)
            except InputError as error:
                return response.json({"error": str(error)}, status=error.status)
            collector = CollectingOutputChannel()
            message = UserMessage(
                text, collector, sender, input_channel=self.name(), metadata=metadata
            )
            turn = asyncio.ensure_future(on_new_message(message))
            done, _ = await asyncio.wait({turn}, timeout=REPLY_DEADLINE_SECONDS)
            if turn not in done:
                # The rest of the turn (an action server that hangs, say) goes on without
                # the parent waiting; the conversation's state is still saved when it ends.
                _late_turns.add(turn)
                turn.add_done_callback(_finish_late_turn)
                logger.warning(
                    "A turn took over %.1f s; replied with what was ready.", REPLY_DEADLINE_SECONDS
                )
                return response.json(late_reply(sender, list(collector.messages), text, metadata))
            if turn.exception() is not None:
                logger.error(
                    "Handling a REST message failed (text not logged).", exc_info=turn.exception()
                )
                return response.json([{"recipient_id": sender, "text": SAFE_ERROR_REPLY}])
            return response.json(collector.messages)

        return webhook
