"""Four measured fixes to Rasa 3.6 itself, each doing the same work once instead of every turn.

- Action-server replies: Rasa calls `jsonschema.validate` on every reply, which re-checks the
  schema against its metaschema each time: about 20 ms per custom action on our 2-core machine
  (profiled with cProfile; bench/rest_latency.py shows the effect). The replacement validates
  the same reply against the same schema and raises the same ValidationError.
- Event types: `Event.resolve_by_type` walks every Event subclass (with `inspect.isabstract` on
  each) for every event it deserialises: the tracker store's events on each retrieve, the
  action server's on each reply (about 1.4 ms of a 5 ms retrieve under cProfile); the found
  class is remembered by name.
- SQLite tracker store: SQLAlchemy 1.4 gives a file SQLite database a NullPool, so every
  retrieve and save opens and closes a connection (SQLAlchemy 2.0 pools them by default).
  A QueuePool, as 2.0 does. PostgreSQL is pooled already and is left as it is.
- SQL tracker store save: Rasa adds an ORM object per new event and flushes them through the
  unit of work; one multi-row INSERT writes the same rows (a test compares them with Rasa's).
The last three together (`bench/tracker_store.py`, three alternating runs, five events a save):
a tracker load 2.7 to 3.4 ms -> 1.7 to 2.2 ms, a save 3.5 to 4.3 ms -> 2.3 to 2.9 ms; in real
turns, which write ten or more events (`bench/turn_parts.py`), the save went from 13.1 to 4.8
ms a turn.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_APPLIED = False
STOCK: dict[str, Any] = {}  # Rasa's own methods, replaced by apply(), for comparison in tests


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


_EVENT_TYPES: dict[str, Any] = {}


def _resolve_event_type(type_name: str, default: Any = None) -> Any:
    """`Event.resolve_by_type`, remembering each class found (same result, same errors)."""
    found = _EVENT_TYPES.get(type_name)
    if found is not None:
        return found
    import rasa.shared.utils.common
    from rasa.shared.core.events import Event

    for cls in rasa.shared.utils.common.all_subclasses(Event):
        if cls.type_name == type_name:
            _EVENT_TYPES[type_name] = cls
            return cls
    if type_name == "topic":
        return None  # Rasa's backwards compatibility for old TopicSet events
    if default is not None:
        return default
    raise ValueError(f"Unknown event name '{type_name}'.")


def _pooled_sqlite(original_init: Any) -> Any:
    """Wraps `SQLTrackerStore.__init__`: a file SQLite database gets a QueuePool, as in
    SQLAlchemy 2.0, instead of a new connection for every retrieve and save."""

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        import sqlalchemy as sa
        from sqlalchemy.orm import sessionmaker
        from sqlalchemy.pool import NullPool, QueuePool

        engine = self.engine
        if engine.dialect.name != "sqlite" or not isinstance(engine.pool, NullPool):
            return
        if str(engine.url.database or "") in ("", ":memory:"):
            return  # an in-memory database lives and dies with its one connection
        self.engine = sa.create_engine(engine.url, poolclass=QueuePool)
        self.sessionmaker = sessionmaker(bind=self.engine)
        engine.dispose()

    return init


async def _save_in_one_insert(self: Any, tracker: Any) -> None:
    """`SQLTrackerStore.save` with the new events written by one multi-row INSERT instead of an
    ORM object each: the same rows, columns and commit, without the unit of work per event."""
    import json

    from rasa.shared.nlu.constants import INTENT_NAME_KEY

    await self.stream_events(tracker)
    with self.session_scope() as session:
        rows = []
        for event in self._additional_events(session, tracker):
            data = event.as_dict()
            rows.append(
                {
                    "sender_id": tracker.sender_id,
                    "type_name": event.type_name,
                    "timestamp": data.get("timestamp"),
                    "intent_name": data.get("parse_data", {})
                    .get("intent", {})
                    .get(INTENT_NAME_KEY),
                    "action_name": data.get("name"),
                    "data": json.dumps(data),
                }
            )
        if rows:
            session.execute(self.SQLEvent.__table__.insert(), rows)
        session.commit()


def apply() -> None:
    """Installs the four fixes, and a short action-server timeout, once per process.

    Rasa waits 5 minutes for the action server; one that hangs would hold the conversation's
    lock that long. ACTION_TIMEOUT_SECONDS (default 10) bounds it: the turn then ends without
    the action's replies, and the parent's next message is handled.
    """
    global _APPLIED
    if _APPLIED:
        return
    import os

    from rasa.core.actions import action
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import Event

    action.RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
    Event.resolve_by_type = staticmethod(_resolve_event_type)  # type: ignore[method-assign,assignment]
    SQLTrackerStore.__init__ = _pooled_sqlite(SQLTrackerStore.__init__)  # type: ignore[method-assign]
    STOCK["save"] = SQLTrackerStore.save
    SQLTrackerStore.save = _save_in_one_insert  # type: ignore[method-assign]
    action.DEFAULT_REQUEST_TIMEOUT = int(float(os.environ.get("ACTION_TIMEOUT_SECONDS", "10")))
    _APPLIED = True
