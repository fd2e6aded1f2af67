"""The faster action-reply validation accepts and refuses exactly what Rasa's own does."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction

from bot import rasa_speedups

GOOD = {"events": [{"event": "slot", "name": "x", "value": 1}], "responses": [{"text": "hi"}]}
BAD = [
    {"events": "nope"},
    {"responses": ["text"]},
    ["not", "an", "object"],
    {"events": [{"event": 5}]},
]


def test_same_verdicts_as_jsonschema_validate() -> None:
    rasa_speedups.apply()
    action = RemoteAction("action_x", None)
    schema = RemoteAction.action_response_format_spec()
    assert action._validate_action_result(GOOD) is True
    for result in BAD:
        with pytest.raises(ValidationError):
            validate(result, schema)
        with pytest.raises(ValidationError) as error:
            action._validate_action_result(result)
        assert "Failed to validate Action server response" in error.value.message
