"""The triage as a Rasa NLU component: it runs on every message, after the ML classifier, and wins."""

from __future__ import annotations

import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu import recent
from bot.nlu.untrained import UntrainedComponent
from bot.safety.context import triage_in_context
from bot.safety.cues import DANGER, RIGHT_NOW
from bot.safety.vocabulary import normalise
from bot.situations import EMERGENCY, intent_for, situation_for

SAFEGUARDING = "safeguarding"
_PLEA = re.compile(
    r"^(?:please |pls |plz )?(?:help|urgent|emergency|sos)(?: (?:me|us|please|pls|now))*$"
)
_RESTART_WORDS = re.compile(r"\b(?:start|starting|restart|reset|new conversation|begin|clear)\b")
# Intents that mean the ML did not really understand a short message.
_NOT_UNDERSTOOD = frozenset(
    {"nlu_fallback", "out_of_scope", "restart_conversation", "inform_age", "greet", "affirm", "deny",
     "ask_capabilities", None}
)  # fmt: skip
# A disclosure is about someone: the ML's word alone needs a person in the text.
_ABOUT_SOMEONE = re.compile(
    r"\b(?:i|im|me|my|we|our|us|he|hes|him|his|she|shes|her|they|theyre|them|their|someone|somebody|"
    r"son|daughter|child|kid|kids|boy|girl|man|guy|teen|baby|lad|lass|wean|bairn)\b"
)
recent.apply()  # the Rasa server process loads this module


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafeguardingTriage(UntrainedComponent):
    """Overrides the intent with disclose_<situation> whenever the deterministic triage fires."""

    def process(self, messages: list[Message]) -> list[Message]:
        """Adds the triage result to each message and forces the disclosure intent when it fires."""
        for message in messages:
            result = triage_in_context(message.get(TEXT) or "", recent.RECENT_USER_TEXTS.get())
            ml = message.get(INTENT) or {}
            message.set(
                SAFEGUARDING,
                {
                    "situation": result.situation,
                    "immediate": result.immediate,
                    "safe_now": result.safe_now,
                    "rules": list(result.rules),
                    "question": result.question,
                    "concern": result.concern,
                    "ml_intent": ml.get("name"),
                    "ml_confidence": round(float(ml.get("confidence") or 0.0), 3),
                },
                add_to_output=True,
            )
            if result.situation is None:
                self._place_or_restart(message)
                if result.question or not _ABOUT_SOMEONE.search(normalise(message.get(TEXT) or "")):
                    self._demote_disclosure(message)  # a question, or words about nobody (markup)
                else:
                    self._check_ml_emergency(message)
                if result.concern:
                    self._concern(message)
                continue
            situation = result.situation
            if not result.immediate and self._ml_sees_danger_now(message, ml):
                situation = EMERGENCY  # the learned layer escalates a disclosure the rules hold
                message.get(SAFEGUARDING)["immediate"] = True
                message.get(SAFEGUARDING)["rules"].append("ml_escalation")
            intent = {"name": intent_for(situation), "confidence": 1.0}
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
    def _ml_sees_danger_now(message: Message, ml: dict[str, object]) -> bool:
        """The rules found a disclosure but not danger now; the classifier, trained on far more
        varied words, is sure it is danger now, and the text has a time or danger word."""
        if ml.get("name") != intent_for(EMERGENCY) or float(ml.get("confidence") or 0.0) < 0.85:  # type: ignore[arg-type]
            return False
        norm = normalise(message.get(TEXT) or "")
        return bool(DANGER.search(norm) or RIGHT_NOW.search(norm))

    @staticmethod
    def _place_or_restart(message: Message) -> None:
        """A short message that names a place ("im in winnipeg", "Tauranga") says where they are;
        and only words that ask to start again may wipe the conversation."""
        intent = (message.get(INTENT) or {}).get("name")
        norm = normalise(message.get(TEXT) or "")
        if intent == "restart_conversation" and not _RESTART_WORDS.search(norm):
            intent = "nlu_fallback"
            message.set(INTENT, {"name": intent, "confidence": 1.0}, add_to_output=True)
        if _PLEA.match(norm) and intent in _NOT_UNDERSTOOD:
            # "please help" alone: ask what happened, with the emergency number, never a menu.
            message.set(INTENT, {"name": "report_concern", "confidence": 1.0}, add_to_output=True)
            return
        has_place = any(e.get("entity") == "region" for e in message.get(ENTITIES) or [])
        if has_place and len(norm.split()) <= 6 and intent in _NOT_UNDERSTOOD:
            message.set(INTENT, {"name": "inform_region", "confidence": 1.0}, add_to_output=True)

    @staticmethod
    def _check_ml_emergency(message: Message) -> None:
        """ "Call 999 now" on the ML's word alone needs a danger word in the text: a false alarm
        frightens a parent who asked an everyday question; a real one missed still gets the
        acknowledgement's emergency line and the route."""
        intent = message.get(INTENT) or {}
        if situation_for(intent.get("name")) != EMERGENCY:
            return
        if DANGER.search(normalise(message.get(TEXT) or "")):
            return
        ranking = message.get(INTENT_RANKING_KEY) or []
        others = [entry for entry in ranking if situation_for(entry.get("name")) != EMERGENCY]
        best = others[0] if others else {"name": "nlu_fallback", "confidence": 1.0}
        if best.get("confidence", 0.0) < 0.1:
            best = {"name": "nlu_fallback", "confidence": 1.0}
        message.set(INTENT, best, add_to_output=True)

    @staticmethod
    def _concern(message: Message) -> None:
        """A worry the ML could not place gets "what happened?" once, and a route next."""
        intent = (message.get(INTENT) or {}).get("name")
        if intent in ("nlu_fallback", "out_of_scope", None):
            message.set(INTENT, {"name": "report_concern", "confidence": 1.0}, add_to_output=True)

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
