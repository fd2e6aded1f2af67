"""The question checks of the blind evaluation, on made-up replies (no bot needed)."""

from __future__ import annotations

from bot.content.info import PlatformInfo
from bot.conversation_eval import Conversation, Judge, judge
from bot.routing import RouteTable

FORTNITE = PlatformInfo(
    "fortnite", "Fortnite", ("fortnite",), "game", None, "PEGI 12", "A game.", (), None
)
JUDGE = Judge(RouteTable(regions={}), ("Gaming, chat and livestreaming",), (FORTNITE,))


def question(asks_about: str | None) -> Conversation:
    return Conversation(
        "q-1", "question", None, "UK", "UK", None, ("is fortnite ok for my 8 year old?",),
        topic="gaming", asks_about=asks_about,
    )  # fmt: skip


def test_an_answer_must_name_the_app_the_parent_asked_about() -> None:
    named = judge(question("Fortnite, age 8"), ["Fortnite: A game.", "Gaming, chat..."], JUDGE)
    assert named.checks["names_platform"] and named.checks["topic_answer"]
    generic = judge(
        question("Fortnite, age 8"), ["Gaming, chat and livestreaming: play together"], JUDGE
    )
    assert not generic.checks["names_platform"] and generic.checks["topic_answer"]


def test_a_question_about_no_known_app_has_no_platform_check() -> None:
    outcome = judge(
        question("screen time at night"), ["Gaming, chat and livestreaming: ..."], JUDGE
    )
    assert "names_platform" not in outcome.checks


def test_the_services_listed_for_a_parent_who_asked_where_to_report_are_an_answer() -> None:
    overview = "Where to report or get help in New Zealand, and what each is for:\n1. Netsafe: ..."
    asked = Conversation(
        "q-2", "question", None, "NZ", "NZ", None,
        ("who do you contact in NZ if something goes wrong online for a child? Netsafe?",),
        topic="where to report", asks_about=None,
    )  # fmt: skip
    outcome = judge(asked, [overview], JUDGE)
    assert outcome.checks["no_disclosure"] and outcome.checks["topic_answer"]
    # Not asked for: the same list after "what if she rolls her eyes" is a misread.
    unasked = Conversation(
        "q-3", "question", None, "NZ", "NZ", None, ("what if she just rolls her eyes",),
        topic="talking", asks_about=None,
    )  # fmt: skip
    outcome = judge(unasked, [overview], JUDGE)
    assert not outcome.checks["no_disclosure"] and not outcome.checks["topic_answer"]
    # A disclosure's acknowledgement is one even when the parent asked whom to tell.
    acknowledged = "Thank you for telling me. Reaching out was the right thing to do.\n" + overview
    assert not judge(asked, [acknowledged], JUDGE).checks["no_disclosure"]
