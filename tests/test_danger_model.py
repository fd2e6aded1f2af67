"""The danger-now model's inputs and labels, and that it learns the distinction it is for."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.conversation_eval import Conversation, load_conversations
from bot.safety.danger_model import (
    examples_from_conversations,
    model_input,
    read_examples,
    train_classifier,
)


def test_labels_mark_the_turn_the_danger_shows_and_drop_the_turns_after() -> None:
    rows = examples_from_conversations(
        [
            Conversation(
                "a", "danger_now", None, "UK", None, 2, ("hi", "he's outside now", "Leeds")
            ),
            Conversation("b", "question", None, "UK", None, None, ("what is grooming", "ok")),
        ]
    )
    assert rows == [
        {"text": "hi", "danger": False},
        {"text": "he's outside now", "danger": True, "previous": "hi"},
        {"text": "what is grooming", "danger": False},
        {"text": "ok", "danger": False, "previous": "what is grooming"},
    ]


def test_the_model_reads_the_previous_message_first_and_bounded() -> None:
    assert model_input("She's GONE", "no answer") == "no answer . shes gone"
    assert model_input("x" * 50_000) == "x" * len(model_input("x" * 50_000))
    assert len(model_input("x" * 50_000)) < 50_000


def test_the_shipped_examples_file_reads_and_holds_both_labels() -> None:
    pairs = read_examples(Path("data/safety/danger_now.yml"))
    assert len(pairs) > 1000
    assert 0.05 < sum(label for _, label in pairs) / len(pairs) < 0.5
    assert read_examples(Path("no/such/file.yml")) == []


@pytest.mark.parametrize("held_out", ["blind8"])
def test_trained_without_a_set_it_separates_that_sets_danger_from_the_rest(held_out: str) -> None:
    """Trained on the other sets, it ranks the held-out set's danger turns above its other turns."""

    def pairs(names: list[str]) -> list[tuple[str, bool]]:
        rows = examples_from_conversations(
            load_conversations([Path(f"tests/data/{name}") for name in names])
        )
        return [(model_input(r["text"], r.get("previous")), r["danger"]) for r in rows]

    train = pairs(["blind3", "blind4", "blind5", "blind6", "blind7"])
    test = pairs([held_out])
    model = train_classifier(train)
    scores = model.predict_proba([text for text, _ in test])[:, 1]
    danger = [s for s, (_, label) in zip(scores, test, strict=True) if label]
    other = [s for s, (_, label) in zip(scores, test, strict=True) if not label]
    above = sum(d > o for d in danger for o in other) / (len(danger) * len(other))
    assert above > 0.9  # area under the ROC curve on words it never saw
