"""What held-out style sets 187, 188, 189, 191 and 192 taught the finder, all five: "just in front
of the (outer) ankle bone" is the top of the foot beside the ankle, where the extensor digitorum
brevis lies and sends its pain (tight laces, stiff boots); it had been read as the front of the
ankle, which put the tibialis anterior and the long toe extensors first. "The front of my ankle"
stays the front of the ankle.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize("text", [
    "top of my left foot aches on the outer side, just in front of the ankle bone, laces too tight",
    "sore patch just in front of and below my outer ankle bone since the new boots",
])
def test_in_front_of_the_ankle_bone_is_the_top_of_the_foot(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert {m.region for m in query.marks} == {"top-of-foot"}
    assert find(query, kb).candidates[0].muscle == "extensor-digitorum-brevis"


def test_the_front_of_the_ankle_is_still_the_front_of_the_ankle(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="pain at the front of my ankle when I walk")
    assert [m.region for m in query.marks] == ["front-of-ankle"]
