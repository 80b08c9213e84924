"""What held-out style sets 270 and 271 taught the finder:

- "I wake up with my left fingers aching": fingers followed by a pain word are the place that
  hurts, not what something is done with ("press it with a fingertip" still is);
- "my fingers ache along the palm side, mainly middle and ring": the fingers named after
  "mainly" further on in the sentence are the ones meant;
- "the bottom oven", "the bottom cupboard": a thing's bottom, not the buttock;
- "at the back at the bottom of my ribs": the back of the lower ribs, not the low back;
- (set 273) a code's "thighbackupper" is the back of the thigh; "with my knees pressed together"
  is a posture.
"""

from __future__ import annotations

from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


def _regions(kb: KnowledgeBase, text: str) -> set[str]:
    return {m.region for m in build_query(kb, text=text).marks}


def test_fingers_that_ache_are_the_place(kb: KnowledgeBase) -> None:
    text = "I wake up with my left fingers aching along the palm side, mainly middle and ring"
    assert _regions(kb, text) == {"middle-finger", "ring-finger"}
    assert _regions(kb, "press it with a fingertip and it hurts in my jaw") == {"jaw"}


def test_the_bottom_oven_is_no_buttock(kb: KnowledgeBase) -> None:
    text = "back of the knee pain when I crouch down to load the bottom oven"
    assert _regions(kb, text) == {"back-of-knee"}


def test_the_back_named_before_the_ribs(kb: KnowledgeBase) -> None:
    text = "nagging ache at the back at the bottom of my ribs, both sides"
    assert _regions(kb, text) == {"mid-back"}


def test_a_code_with_the_back_run_in(kb: KnowledgeBase) -> None:
    # (set 273's body-map codes: 'B-hipback-L', 'B-thighbackupper-L'; 'lowerback' stays the low
    # back)
    assert "back-of-thigh" in _regions(kb, "B-thighbackupper-L:3")
    assert _regions(kb, "lowerback pain") == {"low-back"}


def test_knees_pressed_together_is_a_posture(kb: KnowledgeBase) -> None:
    text = "ache in my inner right thigh. i sit with my knees pressed together for hours."
    assert _regions(kb, text) == {"inner-thigh"}
