"""What held-out style set 278 taught the finder: a chiropractor's note names spinal segments as
findings and treatments ("O: L4-5 hypomobile", "P: L5-S1 adj", "T6 fixation"); those say how a
joint moves, not where it hurts, so they mark no place. A level on its own ("L4-5 tender",
"T12-L1 pain") still marks the back at that height.
"""

from __future__ import annotations

from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


def _regions(kb: KnowledgeBase, text: str) -> set[str]:
    return {m.region for m in build_query(kb, text=text).marks}


def test_a_segment_finding_marks_no_place(kb: KnowledgeBase) -> None:
    text = "S: R groin ache. O: L4-5 hypomobile, L5-S1 fixation. P: L4-5 adj, stretches."
    assert _regions(kb, text) == {"groin"}


def test_a_level_that_hurts_is_still_the_back(kb: KnowledgeBase) -> None:
    assert _regions(kb, "L4-5 tender to palpation") == {"low-back"}
    assert _regions(kb, "T12-L1 pain") == {"mid-back"}
