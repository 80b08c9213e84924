"""Finder set 218: "right middle finger back ache" is the back of the middle finger. The
rewrite that reads "knee back ache" as "back of the knee ache" took only "finger", so "middle"
and "back" were left together and read as the middle of the back; a finger's or toe's own name
now goes with it (`finder/tokens.py`, `_PLACE_THEN_BACK`)."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(("text", "region"), [
    ("right middle finger back ache", "middle-finger"),
    ("ring finger back pain", "ring-finger"),
    ("index finger back sore", "index-finger"),
])
def test_a_named_finger_then_back(kb: KnowledgeBase, text: str, region: str) -> None:
    regions = {m.region for m in build_query(kb, text=text).marks}
    assert region in regions
    assert not regions & {"mid-back", "upper-back", "lower-back"}


@pytest.mark.parametrize("text", ["my middle back aches", "middle back pain"])
def test_the_middle_of_the_back_is_unchanged(kb: KnowledgeBase, text: str) -> None:
    assert "mid-back" in {m.region for m in build_query(kb, text=text).marks}
