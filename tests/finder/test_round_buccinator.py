"""Finder sets 208 and 210: the buccinator is the wall of the cheek, felt from inside the mouth
(its trigger point's regions include the mouth), and what strains it is named as people name it
(a trumpet or a cornet, not only 'a wind instrument'; moving food around the mouth), so a deep
ache inside the cheek with new dentures or after brass practice ranks it first."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize("text", [
    "deep ache inside my cheek and upper gum since my new dentures, worse moving food around my"
    " mouth",
    "ache in the cheek and upper gum, worse moving food around the mouth",
])
def test_a_deep_ache_inside_the_cheek(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert find(query, kb, text=text).candidates[0].muscle == "buccinator"


@pytest.mark.parametrize("instrument", ["trumpet", "cornet", "trombone"])
def test_a_brass_instrument_counts_for_the_buccinator(kb: KnowledgeBase, instrument: str) -> None:
    def score(text: str) -> float:
        found = find(build_query(kb, text=text), kb, text=text).candidates
        return next(c.score for c in found if c.muscle == "buccinator")

    plain = "my cheek and upper gum ache after long practice"
    assert score(f"I play the {instrument} and {plain}") > score(f"I play and {plain}")


def test_the_cheek_trigger_point_is_reached_from_inside_the_mouth(kb: KnowledgeBase) -> None:
    assert "mouth" in kb.muscles["buccinator"].trigger_points[0].regions


def test_jaw_and_teeth_pain_from_clenching_stays_with_the_masseter(kb: KnowledgeBase) -> None:
    text = "ache in my jaw and lower back teeth, I clench my teeth at night"
    assert find(build_query(kb, text=text), kb, text=text).candidates[0].muscle == "masseter"
