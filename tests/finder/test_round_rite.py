"""What held-out style sets 284 and 285 taught the finder: a terse query typed fast ('pain behnd
rite eye', 'rite hip ach'). "rite" is what voice typing writes for "right": read as the side only
right before a place (a rite of passage is no side). A slip that is one letter from two words is
read as the longer one when the shorter one needs a letter taken out (a letter left out is the
commoner slip): "behnd" is "behind", not "bend".
"""

from __future__ import annotations

import pytest

from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(("text", "region", "side"), [
    ("pain behnd rite eye", "behind-the-eye", "right"),
    ("ache behnd my left eye", "behind-the-eye", "left"),
    ("rite hip ach", "outer-hip", "right"),
    ("a rite neck pain since monday", "back-of-neck", "right"),
])
def test_side_and_place_read_from_slips(kb: KnowledgeBase, text: str, region: str,
                                        side: str) -> None:
    marks = build_query(kb, text=text).marks
    assert (marks[0].region, marks[0].side) == (region, side)


def test_a_rite_that_is_no_side(kb: KnowledgeBase) -> None:
    marks = build_query(kb, text="the rite of passage at school, pain in my neck").marks
    assert [m.side for m in marks] == ["either"]
