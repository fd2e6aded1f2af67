"""One measured fix to Rasa 3.6 itself: validate action-server replies with a validator built once.

Rasa calls `jsonschema.validate` on every action reply, which re-checks the schema against
its metaschema each time: about 20 ms per custom action on our 2-core machine (profiled with
cProfile; bench/rest_latency.py shows the effect). The replacement validates the same reply
against the same schema and raises the same ValidationError; only the schema self-check,
whose answer never changes, is done once instead of every turn.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_APPLIED = False


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def _validate_action_result(self: Any, result: dict[str, Any]) -> bool:
    from jsonschema import ValidationError
    from rasa.shared.constants import DOCS_BASE_URL

    try:
        _validator().validate(result)
        return True
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            f"from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise


def apply() -> None:
    """Installs the faster validation, and a short action-server timeout, once per process.

    Rasa waits 5 minutes for the action server; one that hangs would hold the conversation's
    lock that long. ACTION_TIMEOUT_SECONDS (default 10) bounds it: the turn then ends without
    the action's replies, and the parent's next message is handled.
    """
    global _APPLIED
    if _APPLIED:
        return
    import os

    from rasa.core.actions import action

    action.RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    action.DEFAULT_REQUEST_TIMEOUT = int(float(os.environ.get("ACTION_TIMEOUT_SECONDS", "10")))
    _APPLIED = True
