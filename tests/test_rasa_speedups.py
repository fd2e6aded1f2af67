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


def test_the_one_insert_save_writes_the_rows_rasa_would(tmp_path) -> None:
    import asyncio

    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from sqlalchemy import create_engine, text

    rasa_speedups.apply()
    domain = Domain.empty()

    intent = {"name": "ask_gaming", "confidence": 1.0}
    turns = [  # the same events (and timestamps) for both stores
        [
            UserUttered(f"is fortnite ok? {number}", intent),
            ActionExecuted("action_answer_topic"),
            SlotSet("age_band", "11_13"),
            BotUttered("Fortnite: advice"),
            ActionExecuted("action_listen"),
        ]
        for number in range(3)
    ]

    rows = {}
    for name, save in (("stock", rasa_speedups.STOCK["save"]), ("ours", SQLTrackerStore.save)):
        url = f"sqlite:///{tmp_path / name}.db"
        store = SQLTrackerStore(domain, host=url)
        tracker = DialogueStateTracker("parent", domain.slots)
        for events in turns:  # each save writes only the turn's new events
            for event in events:
                tracker.update(event, domain)
            asyncio.run(save(store, tracker))
        engine = create_engine(url)
        with engine.connect() as connection:
            rows[name] = connection.execute(
                text(
                    "SELECT sender_id, type_name, timestamp, intent_name, action_name, data "
                    "FROM events ORDER BY id"
                )
            ).all()
        engine.dispose()
        again = asyncio.run(SQLTrackerStore(domain, host=url).retrieve("parent"))
        assert len(again.events) == 15
    assert rows["ours"] == rows["stock"] and len(rows["ours"]) == 15
