"""The replies around a disclosure, read from live content: the route, and what goes on after it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from bot import disclosure_flow as flow
from bot.content.queries import get_topic, load_route_table, region_filler, route_and_advice
from bot.replies import region_confirmation, route_messages, route_reminder, talk_advice


def route_reply(
    session: Session,
    situation: str,
    region: str,
    site_slug: str | None,
    follow_up: str | None = None,
) -> list[str]:
    """The messages that route a disclosure, from live content: what both routing actions send."""
    return route_messages(*route_and_advice(session, situation, region, site_slug, follow_up))


def continuation_reply(
    session: Session,
    kind: str,
    situation: str,
    region: str,
    site_slug: str | None,
    age_band: str | None,
    follow_up: str | None = None,
) -> list[str]:
    """The messages that go on with an open disclosure; every one ends with where to go next."""
    table = load_route_table(session)
    routed, info = route_and_advice(session, situation, region, site_slug, follow_up, table)
    if kind == flow.REGION_CHANGED:
        return [region_confirmation(routed.region.name), *route_messages(routed, info)]
    if kind == flow.ROUTE_AGAIN:
        return route_messages(routed, info)
    messages: list[str] = []
    if kind == flow.SAFE:
        messages.append("I'm glad the child is safe right now. Here is what can help next.")
    elif kind == flow.CALL_FIRST:
        messages.append(
            f"Call {routed.emergency_number} first: a child in danger now comes before anything "
            "else. Tell them where the child is and what is happening. Once they are on their way, "
            "these can help."
        )
    elif kind == flow.NOT_SAFE:
        messages.append("Stay with the child if you can. Once they are safe, these can help.")
    elif kind == flow.REMIND:
        messages.append("I'm still here. Here is where to go next.")
    elif kind == flow.CLOSING:
        messages.append(
            "You're welcome. You did the right thing by acting on this. You can come back any "
            "time, day or night."
        )
    if kind in (flow.SAFE, flow.HOW_TO_TALK):
        topic = get_topic(session, key="child_disclosed")
        if topic is not None:
            messages.append(talk_advice(topic, age_band, region_filler(session, region, table)))
    messages.append(route_reminder(routed))
    return messages
