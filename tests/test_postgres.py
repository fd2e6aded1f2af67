"""The content store and Rasa's SQL tracker store on a real PostgreSQL server (scripts/test-postgres.sh)."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import make_url

from bot.content.db import get_engine, session_scope
from bot.content.migrate import upgrade
from bot.content.models import Channel
from bot.content.queries import load_route_table
from bot.content.schema import PackError
from bot.content.service import export_text, import_files, seed
from bot.routing import route

pytestmark = pytest.mark.postgres


@pytest.fixture()
def pg_url() -> Iterator[str]:
    """A fresh database of this test's own on the test server, dropped afterwards."""
    base = os.environ.get("TEST_POSTGRES_URL")
    if not base:
        pytest.fail("TEST_POSTGRES_URL is not set: `make test` starts PostgreSQL and sets it")
    name = f"psa_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, future=True, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = str(make_url(base).set(database=name))
    yield url
    get_engine(url).dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


def test_migrate_seed_and_route_on_postgres(pg_url: str) -> None:
    upgrade(pg_url)
    assert seed(pg_url) is True
    with session_scope(pg_url) as session:
        table = load_route_table(session)
    assert route("grooming", "UK", table).channels[0].key == "uk-ceop"
    assert route("abuse_images", "UK-NIR", table).channels[0].key == "uk-iwf"
    # Any write raises the content revision (a trigger), so no cached read outlives an edit.
    with session_scope(pg_url) as session:
        before = session.execute(text("SELECT revision FROM content_revision")).scalar_one()
        session.execute(text("UPDATE channels SET phone = '0800 000 000' WHERE key = 'uk-ceop'"))
    with session_scope(pg_url) as session:
        after = session.execute(text("SELECT revision FROM content_revision")).scalar_one()
        assert after > before
        assert load_route_table(session).routes[("UK", "grooming")][0].phone == "0800 000 000"


def test_round_trip_and_refusal_on_postgres(pg_url: str, tmp_path: Path) -> None:
    upgrade(pg_url)
    seed(pg_url)
    before = export_text(pg_url)
    good = tmp_path / "good.yml"
    good.write_text(before)
    import_files([good], pg_url)
    assert export_text(pg_url) == before
    data = yaml.safe_load(before)
    data["routes"]["UK"]["grooming"] = ["missing-channel"]
    bad = tmp_path / "bad.yml"
    bad.write_text(yaml.safe_dump(data))
    with pytest.raises(PackError):
        import_files([bad], pg_url)
    assert export_text(pg_url) == before


def test_an_edit_is_read_on_the_next_query(pg_url: str) -> None:
    upgrade(pg_url)
    seed(pg_url)
    with session_scope(pg_url) as session:
        session.execute(update(Channel).where(Channel.key == "uk-nspcc").values(hours="Always"))
    with session_scope(pg_url) as session:
        nspcc = [
            c
            for c in route("grooming", "UK", load_route_table(session)).channels
            if c.key == "uk-nspcc"
        ]
    assert nspcc[0].hours == "Always"


@pytest.mark.model
def test_rasa_sql_tracker_store_on_postgres_keeps_a_conversation(
    pg_url: str, model_path: Path
) -> None:
    from rasa.core.agent import Agent
    from rasa.core.tracker_store import SQLTrackerStore

    loop = asyncio.new_event_loop()
    store = SQLTrackerStore(host=pg_url)
    agent = Agent.load(str(model_path), tracker_store=store)
    loop.run_until_complete(agent.handle_text("hello", sender_id="pg-user"))
    store.engine.dispose()
    again = SQLTrackerStore(host=pg_url)
    tracker = loop.run_until_complete(again.retrieve("pg-user"))
    assert tracker is not None
    assert [e.text for e in tracker.events if getattr(e, "text", None)][0] == "hello"
    again.engine.dispose()
