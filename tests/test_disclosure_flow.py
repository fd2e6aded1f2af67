"""The pure decisions around a disclosure: route first, ask at most once, never drop an open one."""

from __future__ import annotations

import pytest

from bot import disclosure_flow as flow


def decide(intent: str | None, **state: object) -> flow.Step:
    defaults: dict[str, object] = {
        "open_situation": None,
        "concern_pending": False,
        "region": "UK",
        "routed_region": None,
    }
    defaults.update(state)
    return flow.on_route_request(intent, **defaults)  # type: ignore[arg-type]


def test_a_recognised_disclosure_is_routed_at_once() -> None:
    assert decide("disclose_grooming") == flow.Step(flow.ROUTE, "grooming")
    assert decide("disclose_emergency") == flow.Step(flow.ROUTE, "emergency")


def test_only_a_worry_that_cannot_be_told_gets_a_question_first() -> None:
    assert decide("report_concern").kind == flow.ASK_WHAT_HAPPENED
    # A long message nothing could place has been told: the broad route at once.
    assert decide("report_concern", told=True) == flow.Step(flow.ROUTE, "concern")


@pytest.mark.parametrize("intent", ["nlu_fallback", "affirm", "deny", "out_of_scope", None])
def test_the_answer_to_what_happened_is_routed_whatever_it_says(intent: str | None) -> None:
    assert decide(intent, concern_pending=True) == flow.Step(flow.ROUTE, "concern")


def test_an_answer_that_names_the_kind_of_worry_routes_that_kind() -> None:
    assert decide("ask_grooming", concern_pending=True) == flow.Step(flow.ROUTE, "grooming")
    assert decide("disclose_sextortion", concern_pending=True).situation == "sextortion"


def test_the_same_disclosure_again_goes_on_rather_than_repeating_the_whole_route() -> None:
    step = decide("disclose_grooming", open_situation="grooming", routed_region="UK")
    assert step == flow.Step(flow.CONTINUE, "grooming")


def test_a_new_situation_or_a_new_place_is_routed_again() -> None:
    assert decide("disclose_sextortion", open_situation="grooming", routed_region="UK").kind == (
        flow.ROUTE
    )
    assert decide(
        "disclose_grooming", open_situation="grooming", region="AU", routed_region="UK"
    ).kind == (flow.ROUTE)


@pytest.mark.parametrize(
    ("intent", "state", "expected"),
    [
        ("nlu_fallback", {"region_changed": True}, flow.REGION_CHANGED),
        ("deny", {"awaiting_safety": True}, flow.NOT_SAFE),
        ("deny", {"awaiting_safety": False}, flow.REMIND),
        ("affirm", {"awaiting_safety": True}, flow.SAFE),
        ("nlu_fallback", {"safe_now": True}, flow.SAFE),
        ("report_concern", {}, flow.ROUTE_AGAIN),
        ("ask_child_disclosed", {}, flow.HOW_TO_TALK),
        ("ask_gaming", {}, flow.HOW_TO_TALK),
        ("nlu_fallback", {}, flow.REMIND),
        ("greet", {}, flow.REMIND),
        (None, {}, flow.REMIND),
    ],
)
def test_every_next_message_goes_on_with_the_open_disclosure(
    intent: str | None, state: dict[str, bool], expected: str
) -> None:
    args = {"awaiting_safety": False, "safe_now": False, "region_changed": False, **state}
    assert flow.continuation(intent, **args) == expected


@pytest.mark.parametrize("intent", ["thank", "goodbye"])
def test_thanks_and_goodbye_close_kindly_with_the_route_once_more(intent: str) -> None:
    args = {"awaiting_safety": False, "safe_now": False, "region_changed": False}
    assert flow.continuation(intent, **args) == flow.CLOSING


def test_an_answer_the_classifier_alone_reads_as_another_disclosure_goes_on_with_the_open_one() -> (
    None
):
    step = decide(
        "disclose_abuse_in_person", open_situation="grooming", routed_region="UK", ml_only=True
    )
    assert step == flow.Step(flow.CONTINUE, "grooming")
    step = decide("disclose_abuse_in_person", open_situation="grooming", routed_region="UK")
    assert step == flow.Step(flow.ROUTE, "abuse_in_person")  # the triage saw a new disclosure
