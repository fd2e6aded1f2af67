"""Taking a new seed without losing a staff edit: the merge itself, then on a real database."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from bot.content import service
from bot.content.db import session_scope
from bot.content.upgrade import Conflict, apply_choice, run_upgrade, three_way


def channel(key: str, **fields: object) -> dict[str, object]:
    return {"key": key, "region": "UK", "name": key, "purpose": "p", "source": "s", **fields}


def test_the_merge_takes_seed_changes_keeps_staff_edits_and_reports_conflicts() -> None:
    base = {
        "channels": [channel("a"), channel("b"), channel("c"), channel("d")],
        "routes": {"UK": {"grooming": ["a"], "concern": ["b"]}},
    }
    ours = {
        "channels": [channel("a", phone="1"), channel("b"), channel("c", phone="9"), channel("s")],
        "routes": {"UK": {"grooming": ["a", "s"], "concern": ["b"]}},
    }  # staff: a's phone, c's phone, removed d, added s, grooming route
    theirs = {
        "channels": [channel("a"), channel("b", phone="2"), channel("c", phone="8"), channel("n")],
        "routes": {"UK": {"grooming": ["a"], "concern": ["b", "n"], "self_harm": ["n"]}},
    }  # seed: b's phone, c's phone, removed d, added n, concern and self-harm routes
    merge = three_way(base, ours, theirs)
    got = {c["key"]: c for c in merge.pack["channels"]}
    assert got["a"]["phone"] == "1"  # staff edit kept
    assert got["b"]["phone"] == "2"  # seed change taken
    assert got["c"]["phone"] == "9"  # both changed: ours stays ...
    assert [(c.kind, c.key) for c in merge.conflicts] == [("channels", "c")]  # ... and is reported
    assert "d" not in got and "s" in got and "n" in got
    assert merge.pack["routes"]["UK"] == {
        "grooming": ["a", "s"],
        "concern": ["b", "n"],
        "self_harm": ["n"],
    }
    # The person then takes the seed's version of the conflict into the draft.
    chosen = apply_choice(merge.pack, merge.conflicts[0])
    assert {c["key"]: c for c in chosen["channels"]}["c"]["phone"] == "8"
    cell = Conflict("route", "UK/grooming", ["a", "s"], None)
    assert "grooming" not in apply_choice(merge.pack, cell)["routes"]["UK"]


def test_with_no_base_every_disagreement_is_a_conflict_never_an_overwrite() -> None:
    ours = {"channels": [channel("a", phone="1"), channel("s")]}
    theirs = {"channels": [channel("a", phone="2"), channel("n")]}
    merge = three_way(None, ours, theirs)
    got = {c["key"]: c for c in merge.pack["channels"]}
    assert got["a"]["phone"] == "1" and "s" in got and "n" in got
    assert [c.key for c in merge.conflicts] == ["a"]


def test_an_edited_database_takes_a_new_seed_into_the_draft(
    database_url: str, tmp_path: Path
) -> None:
    # A staff edit, published: the NSPCC's hours.
    with session_scope(database_url) as session:
        draft = service.draft(session)
        nspcc = next(c for c in draft["channels"] if c["key"] == "uk-nspcc")
        nspcc["hours"] = "Edited by staff"
        ceop = next(c for c in draft["channels"] if c["key"] == "uk-ceop")
        ceop["what_happens"] = "Edited by staff too"
        service.save_draft(session, draft, "editor@example.org")
        service.publish(session, "editor@example.org")
    # A new seed: a new channel routed for Scotland, a change to a channel staff never touched,
    # and a change to one they did.
    seed = tmp_path / "content"
    shutil.copytree(service.SEED_DIR, seed)
    regions = yaml.safe_load((seed / "regions.yml").read_text())
    regions["channels"].append(
        {
            "key": "sct-new",
            "region": "UK-SCT",
            "name": "A new Scottish line",
            "purpose": "Testing an upgrade.",
            "phone": "0800 000 000",
            "source": "a test",
        }
    )
    regions["routes"]["UK-SCT"] = {"concern": ["sct-new"]}
    for item in regions["channels"]:
        if item["key"] == "uk-childline":
            item["hours"] = "Changed by the new seed"
        if item["key"] == "uk-ceop":
            item["what_happens"] = "Changed by the new seed"
    (seed / "regions.yml").write_text(yaml.safe_dump(regions, sort_keys=False))

    merge = run_upgrade(database_url, seed_dir=seed)
    assert [(c.kind, c.key) for c in merge.conflicts] == [("channels", "uk-ceop")]
    with session_scope(database_url) as session:
        live = {c["key"]: c for c in service.published(session)["channels"]}
        assert "sct-new" not in live  # nothing goes live without a person
        draft = service.draft(session)
        got = {c["key"]: c for c in draft["channels"]}
        assert got["uk-nspcc"]["hours"] == "Edited by staff"
        assert got["uk-childline"]["hours"] == "Changed by the new seed"
        assert got["uk-ceop"]["what_happens"] == "Edited by staff too"
        assert draft["routes"]["UK-SCT"]["concern"] == ["sct-new"]
        assert [c.key for c in service.conflicts(session)] == ["uk-ceop"]
        service.publish(session, "editor@example.org")
        assert service.conflicts(session) == []
    # Published, the new seed is the base: the same upgrade again changes and conflicts nothing.
    again = run_upgrade(database_url, seed_dir=seed)
    assert again.conflicts == [] and again.taken == []
    assert "channels uk-ceop" in again.kept and "channels uk-nspcc" in again.kept


def test_a_database_with_no_base_can_be_given_the_seed_it_came_from(
    database_url: str, tmp_path: Path
) -> None:
    from sqlalchemy import delete

    from bot.content.models import ContentBase

    with session_scope(database_url) as session:
        session.execute(delete(ContentBase))  # seeded before upgrades existed
    seed = tmp_path / "content"
    shutil.copytree(service.SEED_DIR, seed)
    regions = yaml.safe_load((seed / "regions.yml").read_text())
    next(c for c in regions["channels"] if c["key"] == "uk-ceop")["hours"] = "A seed fix"
    (seed / "regions.yml").write_text(yaml.safe_dump(regions, sort_keys=False))
    blind = run_upgrade(database_url, seed_dir=seed)
    assert [c.key for c in blind.conflicts] == ["uk-ceop"]  # unknown: a person decides
    told = run_upgrade(database_url, seed_dir=seed, base_dir=service.SEED_DIR)
    assert told.conflicts == [] and "channels uk-ceop" in told.taken
