"""Rasa's REST channel with its input checked: bad input gets a clear 4xx, never a 5xx or a lost turn."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
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
)
from bot.regions import normalise_region

rasa_speedups.apply()  # the Rasa server process loads this module

logger = logging.getLogger(__name__)

SAFE_ERROR_REPLY = (
    "Sorry, something went wrong on my side. If a child is in danger right now, call your "
    "local emergency number (999 in the UK) now."
)


def parse_request(body: bytes | None) -> tuple[str, str, dict[str, Any]]:
    """Checks a webhook body and returns (sender, text, metadata); raises InputError if it is unusable."""
    if not body:
        raise InputError(400, 'The request body must be JSON: {"sender": ..., "message": ...}.')
    if len(body) > MAX_BODY_BYTES:
        raise InputError(413, f"The message is too long (at most {MAX_MESSAGE_CHARS} characters).")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise InputError(400, "The request body is not valid JSON.") from None
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
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        sender,
                        input_channel=self.name(),
                        metadata=metadata,
                    )
                )
            except Exception:  # noqa: BLE001 - the parent always gets an answer
                logger.exception("Handling a REST message failed (text not logged).")
                return response.json([{"recipient_id": sender, "text": SAFE_ERROR_REPLY}])
            return response.json(collector.messages)

        return webhook
