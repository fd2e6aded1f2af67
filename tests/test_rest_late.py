"""A slow turn still answers at once, with the emergency number of the place in play."""

from __future__ import annotations

from bot.channels.rest import emergency_number_for, late_reply


def test_a_slow_turn_with_nothing_ready_gets_the_number_for_the_place_named() -> None:
    replies = late_reply("p", [], "my daughter is missing, we're in Brisbane", {"region": "UK"})
    assert "call 000 now" in replies[0]["text"]


def test_a_slow_turn_uses_the_sites_region_when_no_place_is_named() -> None:
    assert emergency_number_for("he's gone", {"region": "NZ"}) == "111"
    assert emergency_number_for("he's gone", {}) == "999"


def test_replies_already_carrying_the_number_are_sent_as_they_are() -> None:
    ready = [{"recipient_id": "p", "text": "Call 911 now. A child in danger..."}]
    assert late_reply("p", ready, "x", {}) == ready


def test_an_acknowledgement_without_a_number_gets_the_slow_reply_added() -> None:
    ready = [{"recipient_id": "p", "text": "Hello."}]
    replies = late_reply("p", ready, "x", {"region": "IE"})
    assert replies[0] == ready[0] and "112 or 999" in replies[1]["text"]
