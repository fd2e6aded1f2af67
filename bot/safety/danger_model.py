"""A learned reading of one question only: is a child in danger right now?

The rules (`cues.py`) catch danger said in the words they know: "right now", "he's outside",
"she's gone to meet him". Parents often let the circumstances speak instead: a note on the bed
and the bike gone, a nanny cam, a man pulling a girl into a car, tablets behind a locked door.
The intent classifier (DIET) answers a broader question (which of a dozen situations) and mixes
"danger now" with "something happened"; this small binary model is trained for the one
distinction that decides whether "Call 999 now" comes first.

It reads the new message with the parent's previous one (a danger told in two pieces), and is
trained on the NLU examples (disclose_emergency against everything else) plus the labelled
parent messages in `data/safety/danger_now.yml`, drawn from conversation sets written blind and
already tuned on (never from a set still held out). It only scores; `combine.py` decides, and a
general question never becomes "call now" on its score.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from typing_extensions import Self

from bot.nlu import recent
from bot.safety.vocabulary import MAX_CHARS, normalise

logger = logging.getLogger(__name__)

DANGER_NOW_SCORE = "danger_now_score"
EMERGENCY_INTENT = "disclose_emergency"
_FILE = "danger_now.skops"
_JOIN = " . "


def model_input(text: str, previous: str | None = None) -> str:
    """What the model reads: the new message, after the parent's previous one when there is one."""
    new = normalise(text or "")[:MAX_CHARS]
    before = normalise(previous or "")[:MAX_CHARS]
    return f"{before}{_JOIN}{new}" if before else new


def examples_from_conversations(conversations: Iterable[Any]) -> list[dict[str, Any]]:
    """Labelled parent messages from blind conversation sets: danger now at the turn it shows.

    A danger-now conversation's turns before the danger is clear are not danger; the turns after
    it (a place, "ok") are left out, since they say nothing either way. Every turn of any other
    kind of conversation is not danger now.
    """
    rows: list[dict[str, Any]] = []
    for conversation in conversations:  # bot.conversation_eval.Conversation
        turns = [str(turn) for turn in conversation.turns]
        at = conversation.disclosed_at
        danger = conversation.kind == "danger_now" and isinstance(at, int)
        for number, text in enumerate(turns, start=1):
            if danger and number > at:
                break
            row: dict[str, Any] = {"text": text, "danger": bool(danger and number == at)}
            if number > 1:
                row["previous"] = turns[number - 2]
            rows.append(row)
    return rows


def read_examples(path: Path) -> list[tuple[str, bool]]:
    """(model input, danger) pairs from a labelled file; a missing file gives none."""
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [
        (model_input(row["text"], row.get("previous")), bool(row["danger"]))
        for row in data.get("examples") or []
        if isinstance(row, dict) and row.get("text")
    ]


def build_classifier() -> Any:
    """Word and character n-grams into a logistic regression: fast, and robust to typos."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    return make_pipeline(
        make_union(
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True),
        ),
        LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000),
    )


def train_classifier(pairs: Sequence[tuple[str, bool]]) -> Any:
    """Fits the classifier on (model input, danger) pairs; needs both labels."""
    classifier = build_classifier()
    classifier.fit([text for text, _ in pairs], [int(label) for _, label in pairs])
    return classifier


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class DangerNowScorer(GraphComponent):
    """Writes `danger_now_score` (0 to 1) on every message, for the triage component to weigh."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """`examples`: the labelled parent messages file, beside the NLU examples."""
        return {"examples": "data/safety/danger_now.yml"}

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        """The examples file is outside Rasa's training data: an edit to it must retrain."""
        import hashlib

        path = Path({**cls.get_default_config(), **config}["examples"])
        return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        classifier: Any = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._classifier = classifier

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Self:
        """An untrained scorer: it scores 0 until trained."""
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Trains on the NLU examples and the labelled parent messages, then saves the model."""
        pairs = [
            (model_input(example.get(TEXT) or ""), example.get(INTENT) == EMERGENCY_INTENT)
            for example in training_data.intent_examples
        ]
        pairs += read_examples(Path(self._config["examples"]))
        if len({label for _, label in pairs}) < 2:
            logger.warning("DangerNowScorer: no examples of both kinds; it will score 0.")
            return self._resource
        self._classifier = train_classifier(pairs)
        import skops.io as sio

        with self._storage.write_to(self._resource) as directory:
            sio.dump(self._classifier, directory / _FILE)
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> Self:
        """Loads the saved model; only scikit-learn, NumPy and SciPy types are trusted."""
        import skops.io as sio

        try:
            with model_storage.read_from(resource) as directory:
                path = directory / _FILE
                types = sio.get_untrusted_types(file=path)
                unsafe = [t for t in types if not t.startswith(("sklearn.", "numpy.", "scipy."))]
                if unsafe:
                    raise ValueError(f"untrusted types in the danger model: {unsafe}")
                return cls(config, model_storage, resource, sio.load(path, trusted=types))
        except (ValueError, FileNotFoundError):
            logger.warning("DangerNowScorer: no trained model found; it will score 0.")
            return cls(config, model_storage, resource)

    def score(self, text: str, previous: str | None = None) -> float:
        """The model's probability that this message says a child is in danger right now."""
        if self._classifier is None or not (text or "").strip():
            return 0.0
        return float(self._classifier.predict_proba([model_input(text, previous)])[0][1])

    def process(self, messages: list[Message]) -> list[Message]:
        """Scores each message with the parent's previous message in this conversation."""
        earlier = recent.RECENT_USER_TEXTS.get()
        previous = earlier[-1] if earlier else None
        for message in messages:
            message.set(DANGER_NOW_SCORE, round(self.score(message.get(TEXT) or "", previous), 4))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Nothing downstream trains on the score."""
        return training_data
