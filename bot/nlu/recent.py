"""Hands the NLU pipeline the parent's recent messages, from the tracker Rasa already holds.

Rasa parses a message with the conversation's tracker in hand but gives NLU components only the
message. One patch to `MessageProcessor._parse_message_with_graph` puts the last user texts of
the current session into a context variable for the duration of that parse, so the triage can
read a disclosure told in pieces. Nothing is copied into the message or stored anywhere else:
the texts are already in the tracker store, under its retention limit.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

RECENT_USER_TEXTS: ContextVar[tuple[str, ...]] = ContextVar("recent_user_texts", default=())
_KEEP = 3
_APPLIED = False


def recent_user_texts(tracker: Any, keep: int = _KEEP) -> tuple[str, ...]:
    """The last `keep` user texts of the tracker's current session, oldest first."""
    from rasa.shared.core.events import SessionStarted, UserUttered

    texts: list[str] = []
    for event in reversed(list(getattr(tracker, "events", []) or [])):
        if isinstance(event, SessionStarted):
            break
        if isinstance(event, UserUttered) and event.text and not event.text.startswith("/"):
            texts.append(event.text)
            if len(texts) >= keep:
                break
    return tuple(reversed(texts))


def apply() -> None:
    """Wraps the parse once per process (the Rasa server's, or a test's agent)."""
    global _APPLIED
    if _APPLIED:
        return
    from rasa.core.processor import MessageProcessor

    original = MessageProcessor._parse_message_with_graph

    def parse_with_recent(self: Any, message: Any, tracker: Any, *args: Any, **kwargs: Any) -> Any:
        token = RECENT_USER_TEXTS.set(recent_user_texts(tracker) if tracker is not None else ())
        try:
            return original(self, message, tracker, *args, **kwargs)
        finally:
            RECENT_USER_TEXTS.reset(token)

    MessageProcessor._parse_message_with_graph = parse_with_recent  # type: ignore[method-assign]
    _APPLIED = True
