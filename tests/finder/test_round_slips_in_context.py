"""What held-out style sets 268 and 269 taught the finder:

- a short slip that could be two words is read by the phrase it makes with its neighbours: 'IT
  bnd' (no vowels) is the IT band, 'cant trun head' is 'turn', not 'run';
- a slip in a word that reads as a plural ('fasciits') is tried as typed;
- 'period cramps' names a complaint (the lower belly and the pubic bone, where abdominal trigger
  points send period-like pain);
- a lone 'cheek' in a text about a butt cheek is the buttock's, even in another sentence;
- 'web of thumb back L' is the back of the thumb web, not the back of the body;
- dots after an item ('shoulder L •••') score it;
- 'the spot is at the back, not the side' names a side of the place already told.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


def _regions(kb: KnowledgeBase, text: str) -> set[str]:
    return {m.region for m in build_query(kb, text=text).marks}


@pytest.mark.parametrize(("text", "region"), [
    ("IT bnd pain", "outer-thigh"),
    ("plantar fasciits", "heel"),
    ("period cramps", "lower-abdomen"),
    ("menstrual cramps", "pubic-bone"),
])
def test_complaints_read_through_slips(kb: KnowledgeBase, text: str, region: str) -> None:
    assert region in _regions(kb, text)


def test_a_swap_is_read_by_its_phrase(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="stiff nek cant trun head")
    assert "limited-neck-rotation" in query.symptoms
    assert find(query, kb).candidates[0].muscle == "levator-scapulae"


def test_a_lone_cheek_after_a_butt_cheek_is_the_buttock(kb: KnowledgeBase) -> None:
    text = ("the middle of my right butt cheek aches after a day on a hard stool. Shifting onto "
            "the left cheek helps.")
    assert _regions(kb, text) == {"buttock"}
    assert "cheek" in _regions(kb, "my jaw aches. The left cheek is sore too.")


def test_the_back_of_a_thumb_web(kb: KnowledgeBase) -> None:
    assert _regions(kb, "web of thumb back L") == {"thumb-web"}
    assert _regions(kb, "knee back ache") == {"back-of-knee"}


def test_dots_score_a_drawing(kb: KnowledgeBase) -> None:
    marks = build_query(kb, text="neck •; shoulder L •••").marks
    assert len({m.intensity for m in marks}) == 2


def test_at_the_back_is_a_side_of_the_place(kb: KnowledgeBase) -> None:
    text = ("sore spot at the back of my right shoulder. Doc said bursitis but the spot is at "
            "the back not the side.")
    assert _regions(kb, text) == {"back-of-shoulder"}
