"""Finder sets 211 and 214: the outer ball of the foot, under the little toe's knuckle, is the
front end of the foot's outer edge (a variant of ball-of-foot in `finder/data/words.yaml`), so
abductor digiti minimi of the foot comes before the big-toe muscles there."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize("text", ["pain under the outer ball of my foot",
                                  "sore on the outer edge of the ball of my foot"])
def test_the_outer_ball_of_the_foot(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert {(m.region, m.within) for m in query.marks} == {("outer-edge-of-foot",
                                                           ("ball-of-foot",))}
    assert find(query, kb, text=text).candidates[0].muscle == "abductor-digiti-minimi-foot"


def test_the_ball_of_the_foot_alone_is_unchanged(kb: KnowledgeBase) -> None:
    assert {m.region for m in build_query(kb, text="pain under the ball of my foot").marks} == {
        "ball-of-foot"}
