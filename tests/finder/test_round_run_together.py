"""Finder sets 252 and 253: a complaint typed with no spaces, as people type into a search box
in a hurry ("golferselbow", "RUNNERSKNEE", "FROZENSHOULDER"), was "No body region found". Each
complaint's names of two words or more are also indexed run together, so the word alone gives
the same answer as the name with its spaces."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(("squashed", "spaced"), [
    ("golferselbow", "golfer's elbow"),
    ("RUNNERSKNEE", "runner's knee"),
    ("FROZENSHOULDER", "frozen shoulder"),
    ("tenniselbow left", "tennis elbow left"),
])
def test_a_complaint_typed_run_together_reads_as_the_complaint(
        kb: KnowledgeBase, squashed: str, spaced: str) -> None:
    run_together = build_query(kb, text=squashed)
    with_spaces = build_query(kb, text=spaced)
    assert [(m.region, m.side) for m in run_together.marks] == [
        (m.region, m.side) for m in with_spaces.marks]
    # (the first muscle: "frozen shoulder" with spaces also names a symptom, a second reading
    # the word run together does not get)
    assert find(run_together, kb, text=squashed).candidates[0].muscle == find(
        with_spaces, kb, text=spaced).candidates[0].muscle


def test_a_condition_typed_run_together_keeps_its_own_reading(kb: KnowledgeBase) -> None:
    # a condition's name covers many places; run together it is left to the word reader, which
    # reads "heelpain" as the heel
    query = build_query(kb, text="heelpain morning first steps")
    assert [m.region for m in query.marks] == ["heel"]
