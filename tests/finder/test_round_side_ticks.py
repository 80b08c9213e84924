"""Finder set 221: a pain-map table with a tick or a cross for each side of every row
("palm-side wrist, pinky edge — R ✓ L ✗"). A row that ended in a cross was left out whole, as a
crossed-out item of a list is, so a table whose every row has an unticked side read no place;
each row's side columns are now read as the side ticked, and a row with neither ticked is left
out (`finder/charts.py`, `_side_ticked_line`)."""

from __future__ import annotations

from triggerpoint.finder import build_query
from triggerpoint.knowledge import KnowledgeBase

TABLE = """Pain map table (✓ = hurts):
palm-side wrist, pinky edge — R ✓ L ✗
back of wrist — R ✗ L ✗
elbow — R ✗ L ✓
knee — R ✓ L ✓"""


def test_each_row_is_read_on_the_side_ticked(kb: KnowledgeBase) -> None:
    marks = {(m.region, m.side) for m in build_query(kb, text=TABLE).marks}
    regions = {region for region, _ in marks}
    assert ("little-finger-side-of-wrist", "right") in marks
    assert any(region.endswith("elbow") and side == "left" for region, side in marks)
    assert any("knee" in region and side == "both" for region, side in marks)
    assert "back-of-wrist" not in regions


def test_a_list_of_ticks_without_sides_is_unchanged(kb: KnowledgeBase) -> None:
    text = "Pain map:\n✓ right elbow\n✗ wrist"
    assert {m.region for m in build_query(kb, text=text).marks} <= {
        "outer-elbow", "inner-elbow", "back-of-elbow", "elbow"}
