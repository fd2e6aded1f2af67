"""Whole conversations with the real trained model, in-process, through the real action server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from bot.content.db import session_scope
from bot.content.migrate import upgrade
from bot.content.models import Channel
from bot.content.service import seed
from tests.conftest import free_port
from tests.conversation import ChatClient
from tests.servers import Server, start_action_server

pytestmark = pytest.mark.model

EMERGENCY = {"UK": "999", "UK-SCT": "999", "UK-NIR": "999", "IE": "112 or 999", "US": "911",
             "CA": "911", "AU": "000", "NZ": "111", "OTHER": "your local emergency number"}  # fmt: skip


@pytest.fixture(scope="module")
def content_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('content') / 'content.db'}"
    upgrade(url)
    seed(url)
    return url


@pytest.fixture(scope="module")
def action_server(content_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    server = start_action_server(port, content_url, tmp_path_factory.mktemp("logs") / "actions.log")
    yield f"http://127.0.0.1:{port}/webhook"
    server.stop()


@pytest.fixture(scope="module")
def client(model_path: Path, action_server: str) -> ChatClient:
    return ChatClient(model_path, action_server)


def test_greeting_offers_topics(client: ChatClient) -> None:
    replies = client.chat().say("hello")
    assert replies[0]["buttons"]
    assert "talk with children" in replies[0]["text"]


@pytest.mark.parametrize("region", list(EMERGENCY))
def test_danger_now_gets_the_regions_emergency_number_in_the_first_reply(
    client: ChatClient, region: str
) -> None:
    replies = client.chat({"region": region}).say(
        "my daughter is meeting a man she met online tonight"
    )
    assert f"Call {EMERGENCY[region]} now" in replies[0]["text"]
    assert "?" not in replies[0]["text"]  # no question before the number
    assert len(replies) > 1  # the action adds who can help next


def test_site_slug_presets_the_region(client: ChatClient) -> None:
    replies = client.chat({"site": "demo-us-middle"}).say("a man has my son and he can't get out")
    assert "Call 911 now" in replies[0]["text"]


def test_the_parent_named_region_wins_over_the_site(client: ChatClient) -> None:
    chat = client.chat({"site": "demo-us-middle"})
    assert "Australia" in chat.text("we live in Australia")
    assert "Call 000 now" in chat.say("my son is missing and someone has him")[0]["text"]


ROUTES = [
    ("a man on snapchat keeps asking my 12 year old daughter for pictures", "CEOP Safety Centre"),
    (
        "someone is blackmailing my son for money or they'll post his pics",
        "Police non-emergency (101)",
    ),
    ("my daughter's nude photo has been shared around her school", "Report Remove"),
    ("my son told me his swimming coach touched him", "children's social care"),
    ("my daughter has been cutting herself", "Childline"),
]


@pytest.mark.parametrize(("message", "channel"), ROUTES)
def test_disclosures_are_routed_in_the_first_reply_and_the_question_follows(
    client: ChatClient, message: str, channel: str
) -> None:
    first = client.chat().say(message)
    assert "call 999" in first[0]["text"]  # the emergency fallback comes first
    body = "\n".join(r.get("text") or "" for r in first)
    assert channel in body and "What happens" in body  # the route, saying what happens
    assert first[-1]["text"] == "Is the child safe right now?"  # the question follows it
    assert [b["payload"] for b in first[-1]["buttons"]] == ["/affirm", "/deny"]


# What parents really answer to "Is the child safe right now?", and what else they send next.
UNHAPPY_ANSWERS = [
    "she's fine, she's upstairs",
    "yeah he's here with me",
    "she's at her dad's this week",
    "ok",
    "hmm ?",
    "asdkjh qwe",
    "do I call the police?",
    "how do I talk to her about it without scaring her",
    "will they take my kids off me?",
    "/affirm",
]


@pytest.mark.parametrize("answer", UNHAPPY_ANSWERS)
def test_an_open_disclosure_survives_any_next_message(client: ChatClient, answer: str) -> None:
    chat = client.chat()
    chat.say("a man on snapchat keeps asking my 12 year old daughter for pictures")
    replies = chat.say(answer)
    body = "\n".join(r.get("text") or "" for r in replies)
    assert "CEOP" in body  # the route again, never the generic menu
    assert "didn't quite understand" not in body and "Here are some things" not in body
    assert "call 999" in body.lower()


def test_a_place_named_mid_disclosure_reroutes_it(client: ChatClient) -> None:
    chat = client.chat({"region": "UK"})
    chat.say("a man on snapchat keeps asking my 12 year old daughter for pictures")
    body = chat.text("we're in Brisbane by the way")
    assert "Australia" in body and "000" in body and "CEOP" not in body


def test_a_vague_worry_gets_one_question_then_a_route_whatever_the_answer(
    client: ChatClient,
) -> None:
    chat = client.chat()
    first = chat.text("I need to report something")
    assert "what has happened" in first and "999" in first
    body = chat.text("i dont really know how to say it")
    assert "NSPCC" in body and "0808 800 5000" in body


@pytest.mark.parametrize(
    ("message", "channel"),
    [
        ("I came across child abuse images on a website", "Internet Watch Foundation"),
        ("I'm worried about my partner, he looks at images of children", "Stop It Now"),
    ],
)
def test_clear_disclosures_route_in_the_first_turn(
    client: ChatClient, message: str, channel: str
) -> None:
    body = client.chat().text(message)
    assert channel in body and "call 999" in body


def test_abuse_images_say_not_to_screenshot_and_why(client: ChatClient) -> None:
    body = client.chat().text(
        "should I screenshot the child abuse pictures I found so I can report them?"
    )
    assert "Don't screenshot, download, save or forward it" in body
    assert "crime" in body


def test_not_sure_the_child_is_safe_gets_the_emergency_number(client: ChatClient) -> None:
    chat = client.chat({"region": "IE"})
    first = chat.text("some guy keeps messaging my son on discord asking him to keep it secret")
    assert "Garda" in first  # routed before the question
    replies = chat.say("/deny")
    assert replies[0]["text"].startswith("Call 112 or 999 now")
    assert any("Garda" in r.get("text", "") for r in replies)


@pytest.mark.parametrize(
    ("region", "channel"),
    [("US", "CyberTipline"), ("CA", "Cybertip.ca"), ("AU", "eSafety"), ("NZ", "DIA"),
     ("IE", "Hotline.ie"), ("UK-NIR", "Northern Ireland"), ("UK-SCT", "Scotland")],
)  # fmt: skip
def test_every_region_gets_its_own_channel(client: ChatClient, region: str, channel: str) -> None:
    body = client.chat({"region": region}).text("I found a website with child abuse videos")
    assert channel in body
    assert EMERGENCY[region] in body


def test_topic_asks_the_age_then_tailors_the_advice(client: ChatClient) -> None:
    chat = client.chat()
    first = chat.say("how do I teach my child about body safety")
    assert "PANTS" in first[0]["text"] or "Privates" in first[0]["text"]
    assert first[-1]["text"].startswith("How old is your child")
    body = chat.text('/inform_age{"age_band":"5_10"}')
    assert "age 5 to 10" in body


def test_age_in_the_question_is_used_at_once(client: ChatClient) -> None:
    body = client.chat().text("how do I talk to my 14 year old about sending nudes")
    assert "age 14 to 17" in body


def test_typed_age_answers_the_waiting_topic(client: ChatClient) -> None:
    chat = client.chat()
    chat.say("when should my kid get social media")
    assert "age 11 to 13" in chat.text("she's 12")


def test_changing_topic_mid_conversation(client: ChatClient) -> None:
    chat = client.chat()
    chat.say("what are the warning signs of grooming")
    assert "gam" in chat.text("what about online gaming and voice chat?").lower()


def test_capabilities_say_it_is_a_bot(client: ChatClient) -> None:
    body = client.chat().text("are you a real person?")
    assert "not a person" in body or "I'm a chatbot" in body


def test_restart_and_goodbye(client: ChatClient) -> None:
    chat = client.chat()
    assert "new conversation" in chat.text("can we start again")
    assert "Take care" in chat.text("bye")


def test_out_of_scope_is_declined_kindly(client: ChatClient) -> None:
    replies = client.chat().say("can you book me a holiday to spain")
    assert "can't help with that" in replies[0]["text"]
    assert replies[-1]["buttons"]


def test_nonsense_gets_a_fallback_that_reoffers_topics(client: ChatClient) -> None:
    replies = client.chat({"region": "AU"}).say("qwpeoriu zzkx vbnm")
    assert "say it another way" in replies[0]["text"] or "can't help" in replies[0]["text"]
    assert "call 000" in replies[0]["text"] or "can't help" in replies[0]["text"]
    assert replies[-1]["buttons"]  # the nearest topics, or the menu
    assert any("want to talk to someone" in (r.get("text") or "") for r in replies)


def test_a_disclosure_inside_nonsense_is_never_dropped(client: ChatClient) -> None:
    replies = client.chat().say("asdf qwer my daughter is meeting a man tonight zxcv")
    assert replies[0]["text"].startswith("Call 999 now")


def test_a_new_disclosure_while_waiting_is_routed(client: ChatClient) -> None:
    chat = client.chat()
    chat.say("a man on roblox asked my son for photos")
    assert "Call 999 now" in chat.text("he is outside our house right now")


def test_education_question_with_scary_words_is_not_a_disclosure(client: ChatClient) -> None:
    body = client.chat().text("what is grooming?")
    assert "Call 999 now" not in body and "Is the child safe" not in body


def test_content_change_shows_in_the_next_reply(client: ChatClient, content_url: str) -> None:
    chat = client.chat()
    assert "0808 1000 900" in chat.text("I'm scared of my own thoughts about children")
    with session_scope(content_url) as session:
        session.execute(
            update(Channel).where(Channel.key == "uk-stop-it-now").values(phone="0808 0000 002")
        )
    try:
        assert "0808 0000 002" in client.chat().text("I'm scared of my own thoughts about children")
    finally:
        with session_scope(content_url) as session:
            session.execute(
                update(Channel).where(Channel.key == "uk-stop-it-now").values(phone="0808 1000 900")
            )


def test_emergency_reply_survives_the_action_server_stopping(
    model_path: Path, content_url: str, tmp_path: Path
) -> None:
    port = free_port()
    server: Server = start_action_server(port, content_url, tmp_path / "actions.log")
    client = ChatClient(model_path, f"http://127.0.0.1:{port}/webhook")
    try:
        assert len(client.chat().say("my son is missing right now")) > 1  # the action answers
    finally:
        server.stop()
    replies = client.chat({"region": "AU"}).say("my son is missing right now")
    assert replies[0]["text"].startswith("Call 000 now")
    disclosure = client.chat().say("my daughter has been cutting herself")
    assert "call 999" in disclosure[0]["text"]


def test_emergency_reply_survives_the_database_being_down(model_path: Path, tmp_path: Path) -> None:
    port = free_port()
    dead = "postgresql://nobody@127.0.0.1:1/none"
    server = start_action_server(port, dead, tmp_path / "actions.log")
    try:
        client = ChatClient(model_path, f"http://127.0.0.1:{port}/webhook")
        replies = client.chat({"region": "NZ"}).say("someone is hurting my daughter right now")
    finally:
        server.stop()
    assert replies[0]["text"].startswith("Call 111 now")
    assert any(re.search(r"not an emergency service", r.get("text", "")) for r in replies[1:])
