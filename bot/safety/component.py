"""The triage as a Rasa NLU component: it runs on every message, after the ML classifier, and wins."""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.untrained import UntrainedComponent
from bot.safety.triage import triage
from bot.situations import intent_for, situation_for

SAFEGUARDING = "safeguarding"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafeguardingTriage(UntrainedComponent):
    """Overrides the intent with disclose_<situation> whenever the deterministic triage fires."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the triage result to each message and forces the disclosure intent when it fires."""
        for message in messages:
            result = triage(message.get(TEXT) or "")
            message.set(
                SAFEGUARDING,
                {
                    "situation": result.situation,
                    "immediate": result.immediate,
                    "safe_now": result.safe_now,
                    "rules": list(result.rules),
                    "question": result.question,
                },
                add_to_output=True,
            )
            if result.situation is None:
                if result.question:
                    self._demote_disclosure(message)
                continue
            intent = {"name": intent_for(result.situation), "confidence": 1.0}
            # The ML ranking stays for inspection, below the triage's certain answer.
            ranking = [
                {**entry, "confidence": 0.0}
                for entry in (message.get(INTENT_RANKING_KEY) or [])
                if entry.get("name") != intent["name"]
            ]
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
        return messages

    @staticmethod
    def _demote_disclosure(message: Message) -> None:
        """A general question the ML took for a disclosure gets the best non-disclosure intent."""
        intent = message.get(INTENT) or {}
        if situation_for(intent.get("name")) is None:
            return
        ranking = message.get(INTENT_RANKING_KEY) or []
        others = [entry for entry in ranking if situation_for(entry.get("name")) is None]
        best = others[0] if others else {"name": "nlu_fallback", "confidence": 1.0}
        if best.get("name") != "nlu_fallback" and best.get("confidence", 0.0) < 0.1:
            best = {"name": "nlu_fallback", "confidence": 1.0}
        message.set(INTENT, best, add_to_output=True)
