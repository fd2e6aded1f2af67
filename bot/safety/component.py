"""The triage as a Rasa NLU component: it runs on every message, after the ML classifier, and wins.

What it decides lives in `bot/safety/combine.py` (a pure function); this only reads the
message, runs the triage with the recent conversation, and writes the result back.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu import recent
from bot.nlu.untrained import UntrainedComponent
from bot.safety.combine import combine
from bot.safety.context import triage_in_context
from bot.safety.danger_model import DANGER_NOW_SCORE
from bot.safety.vocabulary import normalise

SAFEGUARDING = "safeguarding"
recent.apply()  # the Rasa server process loads this module


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafeguardingTriage(UntrainedComponent):
    """Overrides the intent with disclose_<situation> whenever the deterministic triage fires."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the triage result to each message and sets the intent the two readings agree on."""
        for message in messages:
            text = message.get(TEXT) or ""
            result = triage_in_context(text, recent.RECENT_USER_TEXTS.get())
            ml = message.get(INTENT) or {}
            safeguarding = {
                "situation": result.situation,
                "immediate": result.immediate,
                "safe_now": result.safe_now,
                "rules": list(result.rules),
                "question": result.question,
                "concern": result.concern,
                "ml_intent": ml.get("name"),
                "ml_confidence": round(float(ml.get("confidence") or 0.0), 3),
            }
            has_place = any(e.get("entity") == "region" for e in message.get(ENTITIES) or [])
            ranking = message.get(INTENT_RANKING_KEY) or []
            score = float(message.get(DANGER_NOW_SCORE) or 0.0)
            safeguarding["danger_now_score"] = score
            opening = not recent.RECENT_USER_TEXTS.get() and "?" not in text
            combined = combine(
                normalise(text),
                result,
                ml,
                ranking,
                has_place,
                score,
                opening,
                "?" in text,
                has_age=any(e.get("entity") == "age_band" for e in message.get(ENTITIES) or []),
            )
            if combined.escalated:
                safeguarding["immediate"] = True
                safeguarding["rules"].append("learned_danger_now")
            message.set(SAFEGUARDING, safeguarding, add_to_output=True)
            if combined.intent is not ml:
                message.set(INTENT, combined.intent, add_to_output=True)
            if combined.ranking is not ranking:
                message.set(INTENT_RANKING_KEY, combined.ranking, add_to_output=True)
        return messages
