"""The static emergency replies agree with the content pack, and name the right number per region."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.emergency_responses import render_text
from bot.regions import KNOWN_REGIONS

ROOT = Path(__file__).resolve().parent.parent


def test_domain_emergency_file_is_generated_from_the_content_pack() -> None:
    current = (ROOT / "domain" / "emergency.yml").read_text()
    assert current == render_text(), "run `python -m bot domain emergency` and commit the result"


def test_every_known_region_has_variants_with_its_number() -> None:
    responses = yaml.safe_load((ROOT / "domain" / "emergency.yml").read_text())["responses"]
    pack = {}
    for file in (ROOT / "data" / "content").glob("*.yml"):
        for region in yaml.safe_load(file.read_text()).get("regions", []):
            pack[region["code"]] = region["emergency_number"]
    assert set(pack) == set(KNOWN_REGIONS)
    for variants in responses.values():
        assert "999" in variants[0]["text"]  # the default: UK
        for code, number in pack.items():
            texts = [
                v["text"]
                for v in variants
                if v.get("condition") and v["condition"][-1]["value"] == code
            ]
            assert len(texts) == 2 and all(number in t for t in texts)
