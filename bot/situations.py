"""The kinds of disclosure the bot recognises, shared by triage, routing and the content store."""

from __future__ import annotations

EMERGENCY = "emergency"
GROOMING = "grooming"
ABUSE_IMAGES = "abuse_images"
OWN_CHILD_IMAGE = "own_child_image"
SEXTORTION = "sextortion"
ABUSE_IN_PERSON = "abuse_in_person"
ADULT_BEHAVIOUR = "adult_behaviour"
SELF_HARM = "self_harm"
# A worry the parent cannot yet put into words: routed to the region's broad route.
CONCERN = "concern"

SITUATIONS: tuple[str, ...] = (
    EMERGENCY,
    GROOMING,
    ABUSE_IMAGES,
    OWN_CHILD_IMAGE,
    SEXTORTION,
    ABUSE_IN_PERSON,
    ADULT_BEHAVIOUR,
    SELF_HARM,
    CONCERN,
)


def intent_for(situation: str) -> str:
    """Names the NLU intent that stands for a situation (disclose_<situation>)."""
    return f"disclose_{situation}"


def situation_for(intent: str | None) -> str | None:
    """Reads the situation back from a disclose_* intent, or None for any other intent."""
    if intent and intent.startswith("disclose_") and intent[9:] in SITUATIONS:
        return intent[9:]
    return None
