"""Turns routes and topics from the content store into short messages a parent can read on a phone."""

from __future__ import annotations

from collections.abc import Callable

from bot.content.info import PlatformInfo, SituationInfo, TopicInfo
from bot.routing import ChannelInfo, Route, RouteTable, SiteInfo, route

AGE_BAND_LABELS = {
    "under_5": "Under 5",
    "5_10": "5 to 10",
    "11_13": "11 to 13",
    "14_17": "14 to 17",
}
_ANONYMITY = {
    "yes": "You can stay anonymous.",
    "no": "You give your name.",
    "partly": "Some reports can be anonymous.",
}


def format_channel(number: int, channel: ChannelInfo) -> str:
    """One channel: what it is for, how to reach it, whether you can stay anonymous, what happens next."""
    lines = [f"{number}. {channel.name}: {channel.purpose}"]
    hours = f" ({channel.hours})" if channel.hours else ""
    if channel.phone:
        lines.append(f"Phone: {channel.phone}{hours}")
    text = text_line(channel)
    if text:
        lines.append(f"Text: {text}" + ("" if channel.phone else hours))
    elif channel.hours and not channel.phone:
        lines.append(f"When: {channel.hours}")
    if channel.url:
        lines.append(f"Online: {channel.url}")
    if channel.email:
        lines.append(f"Email: {channel.email}")
    anonymity = channel.anonymity_note or _ANONYMITY.get(channel.anonymous)
    if anonymity:
        lines.append(anonymity)
    if channel.what_happens:
        lines.append(f"What happens: {channel.what_happens}")
    return "\n".join(lines)


def text_line(channel: ChannelInfo) -> str | None:
    """How to text a channel: "SHOUT to 85258", or just the number."""
    if not channel.sms:
        return None
    return f"{channel.sms_keyword} to {channel.sms}" if channel.sms_keyword else channel.sms


def route_reply(
    table: RouteTable,
    advice: SituationInfo | None,
    situation: str,
    region: str | None,
    site: SiteInfo | None = None,
    follow_up: str | None = None,
) -> list[str]:
    """The messages that route a disclosure: the one composition the bot and the console's
    preview share, from live content or from a draft."""
    return route_messages(route(situation, region, table, site, follow_up), advice)


def route_messages(route: Route, situation: SituationInfo | None) -> list[str]:
    """The messages that route a disclosure: advice, channels in order, the school, the emergency fallback."""
    messages: list[str] = []
    if situation is not None:
        messages.append(situation.advice)
    messages.extend(route.notes)
    if route.channels:
        intro = f"Where to report or get help in {route.region.name}:"
        body = "\n\n".join(format_channel(i, c) for i, c in enumerate(route.channels, start=1))
        messages.append(f"{intro}\n\n{body}")
    else:
        messages.append(
            f"I don't hold a checked specialist service for this in {route.region.name}. "
            f"Contact your local police, and if a child is at risk now call {route.emergency_number}."
        )
    if route.site is not None and route.site.safeguarding_lead_name:
        contact = route.site.safeguarding_lead_contact
        how = f" ({contact})" if contact else ""
        messages.append(
            f"You can also tell {route.site.name}: {route.site.safeguarding_lead_name}{how}. "
            "Schools have a duty to act on safeguarding concerns."
        )
    if route.site is not None and route.site.police_force:
        contact = f", {route.site.police_contact}" if route.site.police_contact else ""
        messages.append(f"Local police for {route.site.name}: {route.site.police_force}{contact}.")
    messages.append(
        f"If a child is in danger at any point, call {route.emergency_number}. "
        "I'm not an emergency service, and I can't contact anyone for you."
    )
    return messages


def overview_messages(found: Route) -> list[str]:
    """The services of a region, one line each on what it is for and how to reach it."""
    messages = list(found.notes)
    if found.channels:
        lines = [f"Where to report or get help in {found.region.name}, and what each is for:"]
        for number, channel in enumerate(found.channels, start=1):
            how = channel.phone or text_line(channel) or channel.url or channel.email
            lines.append(
                f"{number}. {channel.name}: {channel.purpose}" + (f" ({how})" if how else "")
            )
        messages.append("\n".join(lines))
    messages.append(
        f"If a child is in danger right now, call {found.emergency_number}. If something has "
        "happened, tell me in your own words and I'll show you which of these fits and what to do first."
    )
    return messages


def topic_message(
    topic: TopicInfo,
    age_band: str | None,
    fill: Callable[[str], str] = lambda text: text,
    platform: PlatformInfo | None = None,
    region: str | None = None,
) -> str:
    """A topic's advice for the child's age band when known, else its summary, with the
    region's channels and facts filled in by `fill` (bot/content/fill.py). A platform the
    parent named comes first, since it is what they asked; words to say close the answer."""
    parts = [platform_block(platform, region)] if platform else []
    if age_band and age_band in topic.by_age:
        label = AGE_BAND_LABELS.get(age_band, age_band)
        parts.append(f"{topic.title} (age {label}):\n{topic.by_age[age_band]}")
    else:
        parts.append(f"{topic.title}:\n{topic.summary}")
    said = words_line(topic, age_band)
    if said:
        parts.append(said)
    if topic.follow_up:
        parts.append(topic.follow_up)
    text = "\n\n".join(parts)
    return "\n".join(fill(line) for line in text.split("\n"))


def topic_more(
    topic: TopicInfo, age_band: str | None, fill: Callable[[str], str] = lambda text: text
) -> str | None:
    """A follow-up question on the topic just answered for the child's age ("what if she just
    rolls her eyes?"): the topic's general advice, which the answer for the age left out, and
    words to say; None when the first answer was the general advice already (nothing new)."""
    if not (age_band and age_band in topic.by_age):
        return None
    parts = [f"{topic.title}, more generally:\n{topic.summary}"]
    said = words_line(topic, age_band)
    if said:
        parts.append(said)
    if topic.follow_up:
        parts.append(topic.follow_up)
    return "\n".join(fill(line) for line in "\n\n".join(parts).split("\n"))


def platform_block(platform: PlatformInfo, region: str | None = None) -> str:
    """What a parent needs on one app or game: its terms, rating and risks, the settings that
    matter, and Australia's under-16 rule where the family is in Australia."""
    lines = [f"{platform.name}: {platform.summary}"]
    if platform.settings:
        lines.append("Settings that matter:")
        lines.extend(f"- {setting}" for setting in platform.settings)
    if platform.au_note and (region or "").split("-")[0] == "AU":
        lines.append(platform.au_note)
    lines.append("Apps change their menus often, so check the app's own help pages too.")
    lines.append(
        f"If something has already happened on {platform.name}, tell me in your own words and "
        "I'll show you where to report it."
    )
    return "\n".join(lines)


def app_follow_up(
    platform: PlatformInfo, topic: TopicInfo | None, age_band: str | None, region: str | None
) -> str:
    """ "and on the xbox?" after a topic: the app, then words for this age, not the advice again."""
    said = words_line(topic, age_band) if topic else None
    return "\n\n".join(filter(None, [platform_block(platform, region), said]))


def words_line(topic: TopicInfo, age_band: str | None) -> str | None:
    """Words a parent could say to a child of this age about the topic, if the store has them."""
    if not age_band or not topic.words.get(age_band):
        return None
    return f"Words you could use: {topic.words[age_band]}"


def region_confirmation(region_name: str) -> str:
    """What the bot says when it starts using a region's services."""
    return f"Thank you. I'll use the services for {region_name} from now on."


def talk_advice(
    topic: TopicInfo, age_band: str | None, fill: Callable[[str], str] = lambda text: text
) -> str:
    """How to talk with the child after a disclosure: the topic's advice without its report prompt."""
    if age_band and age_band in topic.by_age:
        return f"{topic.title}:\n{fill(topic.by_age[age_band])}"
    return f"{topic.title}:\n{fill(topic.summary)}"


def route_reminder(route: Route) -> str:
    """The route in a few lines: the first places to contact, then the emergency number."""
    if route.channels:
        lines = [f"Where to report or get help in {route.region.name}:"]
        for channel in route.channels[:2]:
            text = text_line(channel)
            texting = f"text {text}" if text and text != channel.phone else None
            how = ", ".join(v for v in (channel.phone, texting, channel.url, channel.email) if v)
            lines.append(f"- {channel.name}: {how}" if how else f"- {channel.name}")
        if len(route.channels) > 2:
            lines.append('(Tap "Show me all the places again" for the others.)')
    else:
        lines = [
            f"I don't hold a checked specialist service for this in {route.region.name}. "
            "Contact your local police."
        ]
    if route.site is not None and route.site.safeguarding_lead_name:
        lines.append(f"You can also tell {route.site.name}: {route.site.safeguarding_lead_name}.")
    lines.append(f"If a child is in danger at any point, call {route.emergency_number}.")
    return "\n".join(lines)
