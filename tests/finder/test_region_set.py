"""The region-reading set (benchmarks/region-reading.jsonl) is well formed.

Only its form is checked here; how well the parser reads it is measured by
benchmarks/finder_regions.py, not asserted.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from triggerpoint.atlas import Atlas

SET = Path(__file__).resolve().parents[2] / "benchmarks" / "region-reading.jsonl"
SIDES = {"left", "right", "both", "midline", None}
STYLES = {"forum", "terse", "clinical", "drawing", "complete"}
KEYS = {"id", "text", "regions", "not_regions", "style", "source"}


def _cases() -> list[dict[str, Any]]:
    lines = SET.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


CASES = _cases()
ATLAS = Atlas.load()


def test_the_set_is_large_enough_and_ids_are_unique() -> None:
    assert len(CASES) >= 300
    ids = [case["id"] for case in CASES]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"ids used more than once: {duplicates}"
    texts = [case["text"] for case in CASES]
    assert len(set(texts)) == len(texts), "a text appears twice"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case_is_well_formed(case: dict[str, Any]) -> None:
    assert set(case) <= KEYS and KEYS - {"not_regions"} <= set(case), sorted(case)
    assert isinstance(case["text"], str) and case["text"].strip()
    assert case["style"] in STYLES
    assert case["source"].startswith(("http://", "https://"))
    assert case["regions"], "a case names at least one painful region"
    for region in case["regions"]:
        assert set(region) == {"id", "side"}, region
        assert region["id"] in ATLAS, f"unknown region id '{region['id']}'"
        assert region["side"] in SIDES, f"bad side {region['side']!r}"
    ids = [r["id"] for r in case["regions"]]
    assert len(set(ids)) == len(ids), "a region is listed twice"
    not_regions = case.get("not_regions", [])
    unknown = [r for r in not_regions if r not in ATLAS]
    assert not unknown, f"unknown not_regions: {unknown}"
    assert not set(not_regions) & set(ids), "a region is both painful and not painful"


def test_sides_fit_the_laterality_of_the_region() -> None:
    wrong = [
        (case["id"], r["id"], r["side"])
        for case in CASES
        for r in case["regions"]
        if r["id"] in ATLAS
        and ATLAS.regions[r["id"]].laterality == "midline"
        and r["side"] not in (None, "midline")
    ]
    assert not wrong, f"a left/right/both side on a midline region: {wrong}"
