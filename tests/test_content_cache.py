"""Cached content reads: reused while the content revision stands, dropped by any write."""

from __future__ import annotations

from sqlalchemy import text, update

from bot.content.db import session_scope
from bot.content.models import Channel
from bot.content.queries import get_topic, list_platforms, load_route_table


def test_a_read_is_reused_until_any_write_raises_the_revision(database_url: str) -> None:
    with session_scope(database_url) as session:
        first = load_route_table(session)
    with session_scope(database_url) as session:
        assert load_route_table(session) is first  # same revision: the same read
        assert list_platforms(session) is list_platforms(session)
    with session_scope(database_url) as session:  # a hand-written UPDATE, no console
        session.execute(update(Channel).where(Channel.key == "uk-ceop").values(phone="0800 1"))
    with session_scope(database_url) as session:
        fresh = load_route_table(session)
    assert fresh is not first
    assert fresh.routes[("UK", "grooming")][0].phone == "0800 1"


def test_a_database_without_the_revision_row_is_read_every_time(database_url: str) -> None:
    with session_scope(database_url) as session:
        session.execute(text("DELETE FROM content_revision"))
    with session_scope(database_url) as session:
        assert get_topic(session, intent="ask_gaming") is not get_topic(
            session, intent="ask_gaming"
        )


def test_a_session_that_has_written_reads_uncached(database_url: str) -> None:
    with session_scope(database_url) as session:
        load_route_table(session)
    with session_scope(database_url) as session:
        session.execute(update(Channel).where(Channel.key == "uk-ceop").values(phone="0800 2"))
        session.flush()
        assert load_route_table(session).routes[("UK", "grooming")][0].phone == "0800 2"
        session.rollback()
    with session_scope(database_url) as session:
        assert load_route_table(session).routes[("UK", "grooming")][0].phone != "0800 2"


def test_a_rolled_back_write_leaves_nothing_in_the_cache(database_url: str) -> None:
    with session_scope(database_url) as session:
        session.execute(update(Channel).where(Channel.key == "uk-ceop").values(phone="0800 3"))
        load_route_table(session)  # read inside the uncommitted write: not kept
        session.rollback()
    with session_scope(database_url) as session:  # the same revision number, committed now
        session.execute(update(Channel).where(Channel.key == "uk-ceop").values(phone="0800 4"))
    with session_scope(database_url) as session:
        assert load_route_table(session).routes[("UK", "grooming")][0].phone == "0800 4"


def test_a_session_that_outlives_a_commit_reads_the_revision_afresh(database_url: str) -> None:
    with session_scope(database_url) as session:
        load_route_table(session)
        session.commit()
        with session_scope(database_url) as other:  # another writer, committed meanwhile
            other.execute(update(Channel).where(Channel.key == "uk-ceop").values(phone="0800 5"))
        assert load_route_table(session).routes[("UK", "grooming")][0].phone == "0800 5"
