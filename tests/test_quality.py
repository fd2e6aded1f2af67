"""Quality bars on held-out messages, with the real trained model: the README's figures come from here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.evaluation import TARGETS, load_examples, model_predictor, score

ROOT = Path(__file__).resolve().parent.parent
EVAL_FILES = [
    ROOT / "tests" / "data" / name for name in ("eval.yml", "eval_blind.yml", "eval_blind2.yml")
]


def training_texts() -> set[str]:
    texts = set()
    for file in (ROOT / "data" / "nlu").glob("*.yml"):
        for block in yaml.safe_load(file.read_text())["nlu"]:
            for line in (block.get("examples") or "").splitlines():
                if line.strip().startswith("- "):
                    text = re.sub(r"\[([^\]]+)\]\{[^}]*\}", r"\1", line.strip()[2:])
                    texts.add(text.lower().strip())
    return texts


def test_evaluation_sets_are_held_out_and_large_enough() -> None:
    examples = [e for file in EVAL_FILES for e in load_examples(file)]
    assert len(examples) >= 150
    overlap = {e.text for e in examples if e.text.lower().strip() in training_texts()}
    assert overlap == set()
    situations = {e.situation for e in examples if e.situation}
    assert situations == {
        "emergency", "grooming", "abuse_images", "own_child_image", "sextortion",
        "abuse_in_person", "adult_behaviour", "self_harm",
    }  # fmt: skip
    assert sum(1 for e in examples if not e.situation and e.intent.startswith("ask_")) >= 40


@pytest.mark.model
@pytest.mark.parametrize("file", EVAL_FILES, ids=lambda p: p.name)
def test_model_meets_the_quality_bars(model_path: Path, file: Path) -> None:
    report = score(load_examples(file), _predictor(model_path))
    print(f"\n{file.name}\n{report.summary()}")
    assert report.emergency_recall >= TARGETS["emergency_recall"], report.summary()
    assert report.disclosure_recall >= TARGETS["disclosure_recall"], report.summary()
    assert report.false_emergency_rate <= TARGETS["false_emergency_rate"], report.summary()
    assert report.intent_accuracy >= TARGETS["intent_accuracy"], report.summary()


_PREDICTORS: dict[Path, object] = {}


def _predictor(model_path: Path):
    if model_path not in _PREDICTORS:
        _PREDICTORS[model_path] = model_predictor(model_path)
    return _PREDICTORS[model_path]
