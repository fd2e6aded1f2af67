"""Checks on a parent's message and sender id, shared by the REST channel and the portal."""

from __future__ import annotations

import json
import re

MAX_MESSAGE_CHARS = 10_000
MAX_SENDER_CHARS = 128
MAX_BODY_BYTES = MAX_MESSAGE_CHARS * 4 + 4096  # UTF-8 needs at most 4 bytes a character
_SENDER = re.compile(r"^[A-Za-z0-9_.:@-]+$")
SITE_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{1,63}$")


def load_json(body: bytes) -> object:
    """The body's JSON; InputError (400) for anything unreadable, deep nesting included
    (`"[" * 40000` raises RecursionError in json.loads, which would otherwise be a 500)."""
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise InputError(400, "The request body is not valid JSON.") from None


class InputError(ValueError):
    """A request the channel refuses, with the HTTP status and a message for the caller."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def check_sender(sender: object) -> str:
    """A sender id: 1 to 128 plain characters; a number is taken as text."""
    if isinstance(sender, int) and not isinstance(sender, bool):
        sender = str(sender)
    if not isinstance(sender, str) or not sender or len(sender) > MAX_SENDER_CHARS:
        raise InputError(400, f"'sender' must be a string of 1 to {MAX_SENDER_CHARS} characters.")
    if not _SENDER.match(sender):
        raise InputError(400, "'sender' may hold only letters, digits and _ . : @ -")
    return sender


def check_text(text: object) -> str:
    """A message: a non-empty string of at most MAX_MESSAGE_CHARS, without NUL bytes."""
    if not isinstance(text, str):
        raise InputError(400, "'message' must be a string.")
    if len(text) > MAX_MESSAGE_CHARS:
        raise InputError(413, f"The message is too long (at most {MAX_MESSAGE_CHARS} characters).")
    text = text.replace("\x00", "").strip()
    if not text:
        raise InputError(400, "'message' is empty.")
    return text
