"""The content store: seed, queries, export/import round trip, and refusal of bad packs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.content.db import session_scope
from bot.content.models import Channel
from bot.content.pack_io import parse_pack, read_pack_files
from bot.content.queries import get_site, get_topic, load_route_table
from bot.content.schema import PackError
from bot.content.service import SEED_DIR, export_text, import_files, seed
from bot.routing import route
from bot.situations import SITUATIONS

ROOT = Path(__file__).resolve().parent.parent


def test_seed_loads_every_region_situation_and_topic(database_url: str) -> None:
    with session_scope(database_url) as session:
        table = load_route_table(session)
        assert {"UK", "UK-SCT", "UK-NIR", "IE", "US", "CA", "AU", "NZ", "OTHER"} <= set(
            table.regions
        )
        assert get_topic(session, intent="ask_body_safety").by_age.keys() == {
            "under_5", "5_10", "11_13", "14_17",
        }  # fmt: skip
        assert get_site(session, "demo-primary").region_code == "UK"
    assert seed(database_url) is False  # never overwrites staff edits


def test_uk_routes_follow_the_checked_facts(database_url: str) -> None:
    with session_scope(database_url) as session:
        table = load_route_table(session)
    first = {s: route(s, "UK", table).channels[0].key for s in SITUATIONS}
    assert first["grooming"] == "uk-ceop"
    assert first["abuse_images"] == "uk-iwf"
    assert first["own_child_image"] == "uk-report-remove"
    assert first["adult_behaviour"] == "uk-stop-it-now"
    ceop = route("grooming", "UK", table).channels[0]
    assert ceop.anonymous == "no" and "NSPCC" in (ceop.anonymity_note or "")


def test_every_region_has_a_route_or_an_honest_gap_for_every_situation(database_url: str) -> None:
    with session_scope(database_url) as session:
        table = load_route_table(session)
    for code in table.regions:
        for situation in SITUATIONS:
            result = route(situation, code, table)
            assert result.emergency_number
            assert all(c.verified for c in result.channels)


def test_export_import_round_trip_changes_nothing(database_url: str, tmp_path: Path) -> None:
    first = export_text(database_url)
    file = tmp_path / "content.yml"
    file.write_text(first)
    import_files([file], database_url)
    assert export_text(database_url) == first
    assert parse_pack([("export", first)]) == read_pack_files([SEED_DIR])


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["channels"][0].update(phone="call 0800 NOW"), "phone number"),
        (lambda d: d["channels"][0].update(url="javascript:alert(1)"), "web address"),
        (lambda d: d["routes"]["UK"].update(grooming=["no-such-channel"]), "unknown channel"),
        (lambda d: d["regions"].append(dict(d["regions"][0])), "appears twice"),
        (lambda d: d["topics"][0]["by_age"].pop("5_10"), "by_age"),
        (lambda d: d.update(nlu=[]), "extra fields"),
        (lambda d: d["channels"][0].update(name="x" * 5000), "at most"),
        (lambda d: d["sites"][0].update(allowed_origins=["not an origin"]), "origin"),
    ],
)
def test_bad_import_is_refused_and_changes_nothing(
    database_url: str, tmp_path: Path, mutate, message: str
) -> None:
    before = export_text(database_url)
    data = yaml.safe_load(before)
    mutate(data)
    file = tmp_path / "bad.yml"
    file.write_text(yaml.safe_dump(data))
    with pytest.raises(PackError) as error:
        import_files([file], database_url)
    assert message in str(error.value)
    assert export_text(database_url) == before


@pytest.mark.parametrize("text", ["", "[1, 2", "just a string", "version: 2\n", "regions: 5\n"])
def test_malformed_files_are_refused(text: str) -> None:
    with pytest.raises(PackError):
        parse_pack([("bad.yml", text)])


def test_markup_is_stored_as_text(database_url: str) -> None:
    data = yaml.safe_load(export_text(database_url))
    data["channels"][0]["purpose"] = "<script>alert(1)</script>"
    import_files_text = yaml.safe_dump(data)
    pack = parse_pack([("x", import_files_text)])
    assert pack.channels[0].purpose == "<script>alert(1)</script>"


def test_cli_round_trip_and_refusal(database_url: str, tmp_path: Path) -> None:
    out = tmp_path / "export.yml"
    run = [sys.executable, "-m", "bot", "content"]
    subprocess.run([*run, "export", str(out)], check=True, cwd=ROOT)
    ok = subprocess.run([*run, "import", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stderr
    bad = tmp_path / "bad.yml"
    bad.write_text("channels:\n  - key: x\n")
    refused = subprocess.run([*run, "import", str(bad)], capture_output=True, text=True, cwd=ROOT)
    assert refused.returncode == 1
    assert "refused" in refused.stderr
    with session_scope(database_url) as session:
        assert session.query(Channel).count() > 10


def test_a_text_number_and_keyword_are_checked_and_shown(database_url: str) -> None:
    from bot.replies import format_channel
    from bot.routing import channel_info

    data = yaml.safe_load(export_text(database_url))
    shout = next(c for c in data["channels"] if c["key"] == "uk-shout")
    assert (shout["sms"], shout["sms_keyword"]) == ("85258", "SHOUT")
    text = format_channel(1, channel_info(parse_pack([("x", yaml.safe_dump(data))]).channels[0]))
    assert text.startswith("1. ")
    shown = format_channel(
        1,
        channel_info(next(c for c in read_pack_files([SEED_DIR]).channels if c.key == "uk-shout")),
    )
    assert "Text: SHOUT to 85258" in shown
    for bad in (
        {"sms_keyword": "SHOUT", "sms": None},
        {"sms": "text me"},
        {"sms_keyword": "two words"},
    ):
        broken = yaml.safe_load(export_text(database_url))
        target = next(c for c in broken["channels"] if c["key"] == "uk-shout")
        target.update(bad)
        with pytest.raises(PackError):
            parse_pack([("x", yaml.safe_dump(broken))])


def test_a_pack_with_yaml_aliases_is_refused_before_it_expands() -> None:
    import time

    from bot.content.pack_io import parse_pack
    from bot.content.schema import PackError

    laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        laughs.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    start = time.monotonic()
    with pytest.raises(PackError, match="aliases"):
        parse_pack([("bomb.yml", "\n".join(laughs))])
    assert time.monotonic() - start < 1.0
    with pytest.raises(PackError, match="aliases"):
        parse_pack([("small.yml", "version: 1\nsites: &s []\nchannels: *s\n")])
