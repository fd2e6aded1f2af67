"""The REST channel's input checks, unit-tested; tests/test_rest_server.py drives the real server."""

from __future__ import annotations

import json

import pytest

from bot.channels.rest import parse_request
from bot.message_checks import MAX_MESSAGE_CHARS, InputError


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


def test_accepts_a_normal_message_and_keeps_only_site_and_region() -> None:
    sender, text, metadata = parse_request(
        body(
            sender="abc-123",
            message="  hello ",
            metadata={"region": "us", "site": "demo", "ip": "1.2.3.4"},
        )
    )
    assert (sender, text) == ("abc-123", "hello")
    assert metadata == {"region": "US", "site": "demo"}


def test_unknown_region_becomes_other() -> None:
    assert parse_request(body(sender="a", message="hi", metadata={"region": "FR"}))[2] == {
        "region": "OTHER"
    }


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"", 400),
        (b"{not json", 400),
        (b"[1, 2]", 400),
        (body(message="hi"), 400),
        (body(sender="", message="hi"), 400),
        (body(sender="a" * 500, message="hi"), 400),
        (body(sender="<script>", message="hi"), 400),
        (body(sender="a", message=""), 400),
        (body(sender="a", message="   \n "), 400),
        (body(sender="a", message=42), 400),
        (body(sender="a", message=["hi"]), 400),
        (body(sender="a", message=None), 400),
        (body(sender="a", message="x" * (MAX_MESSAGE_CHARS + 1)), 413),
        (body(sender="a", message="hi", metadata="UK"), 400),
        (b"\xff\xfe\x00", 400),
    ],
)
def test_refuses_bad_input_with_a_clear_4xx(raw: bytes, status: int) -> None:
    with pytest.raises(InputError) as error:
        parse_request(raw)
    assert error.value.status == status
    assert str(error.value)


def test_numeric_sender_is_accepted_as_text() -> None:
    assert parse_request(body(sender=12345, message="hi"))[0] == "12345"


def test_a_message_of_exactly_the_limit_is_accepted() -> None:
    assert (
        len(parse_request(body(sender="a", message="x" * MAX_MESSAGE_CHARS))[1])
        == MAX_MESSAGE_CHARS
    )
