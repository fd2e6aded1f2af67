"""Triage that reads the recent conversation, not only the last message.

Parents tell things in pieces: "my daughter's been talking to an older guy on tiktok", then
"she's gone out and isn't answering". Neither message alone is danger now; together they are.
The decision is the same deterministic triage run over the last few user messages joined, and
it only speaks when the joined text finds something the messages before did not: a disclosure
told in pieces, or danger now that the new message adds. A message that says the child is
safe, or is a general question, keeps its own reading.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.safety.cues import DANGER, MEANS_AT_HAND, RIGHT_NOW, UNRESPONSIVE
from bot.safety.triage import Triage, normalise, triage

WINDOW = 2  # earlier user messages read with the new one


def triage_in_context(text: str, recent: Sequence[str] = ()) -> Triage:
    """Triage of `text` given the user's earlier messages (oldest first)."""
    own = triage(text)
    earlier = [message for message in recent[-WINDOW:] if message and message.strip()]
    if not earlier or own.immediate or own.safe_now or own.question:
        return own
    norm = normalise(text)
    # A danger word said now, the means of self-harm at hand ("the pills are next to me"), or
    # a child shut away who will not answer.
    adds_danger = bool(DANGER.search(norm) and RIGHT_NOW.search(norm)) or bool(
        MEANS_AT_HAND.search(norm) or UNRESPONSIVE.search(norm)
    )
    if own.situation is not None and not adds_danger:
        return own  # the message speaks for itself; the window could only add danger now
    before = triage(" . ".join(earlier))
    if own.situation is None and any(triage(message).question for message in earlier):
        return own  # "what are the signs...? nothing has happened", then "we're in Ohio"
    joined = triage(" . ".join([*earlier, text]))
    if joined.immediate and adds_danger:
        return replace(joined, rules=("context", *joined.rules))
    if joined.immediate:
        return own  # danger now only when the new message itself says so
    if own.situation is None and joined.situation and joined.situation != before.situation:
        return replace(joined, rules=("context", *joined.rules))
    return own
