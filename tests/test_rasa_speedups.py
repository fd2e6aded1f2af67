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


def test_event_types_resolve_as_rasa_does() -> None:
    import rasa.shared.utils.common
    from rasa.shared.core.events import Event, UserUttered

    rasa_speedups.apply()
    for cls in rasa.shared.utils.common.all_subclasses(Event):
        assert Event.resolve_by_type(cls.type_name) is Event.resolve_by_type(cls.type_name)
    assert Event.resolve_by_type("user") is UserUttered
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", UserUttered) is UserUttered
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")


def test_a_file_sqlite_tracker_store_keeps_its_connections_and_its_conversations(
    tmp_path,
) -> None:
    import asyncio

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from sqlalchemy.pool import QueuePool

    rasa_speedups.apply()
    domain = Domain.empty()
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    store = SQLTrackerStore(domain, host=url)
    assert isinstance(store.engine.pool, QueuePool)
    tracker = DialogueStateTracker("parent", domain.slots)
    tracker.update(
        UserUttered("my son is being bullied", {"name": "ask_bullying", "confidence": 1})
    )
    tracker.update(ActionExecuted("action_listen"))
    asyncio.run(store.save(tracker))
    again = asyncio.run(SQLTrackerStore(domain, host=url).retrieve("parent"))
    assert [e.as_dict()["event"] for e in again.events] == ["user", "action"]
