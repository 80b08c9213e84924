"""What held-out style set 198 taught the finder: after a general ache word, one place after
"between" is where it hurts ("a frown headache between my eyebrows"), not a bound of the ache
word, which had dropped the eyebrows and left only the broad head. A bound still needs its second
place ("my leg, between the knee and the ankle"), and after a precise place one place after
"between" still bounds it ("perineum, between the sitting bones"). "Between my buttocks" is the
top of the cleft over the tailbone.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(("text", "region"), [
    ("frown headache between my eyebrows", "eyebrow"),
    ("backache between my shoulder blades", "between-shoulder-blades"),
])
def test_one_place_after_between_is_where_it_hurts(kb: KnowledgeBase, text: str,
                                                   region: str) -> None:
    assert region in {m.region for m in build_query(kb, text=text).marks}


def test_the_eyebrow_brings_the_frown_muscle_up(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="frown headache between my eyebrows")
    ranked = [c.muscle for c in find(query, kb).candidates]
    assert ranked.index("corrugator-supercilii") < 3


def test_a_bound_with_two_places_is_still_a_bound(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="pain in my lower leg, between the knee and the ankle")
    assert not {"knee", "ankle"} & {m.region for m in query.marks}


def test_after_a_precise_place_one_place_still_bounds_it(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="Marked: perineum, between the sitting bones")
    assert [m.region for m in query.marks] == ["perineum"]


def test_between_the_buttocks_is_the_tailbone(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="pain between my buttocks when I sit")
    assert [m.region for m in query.marks] == ["tailbone"]
