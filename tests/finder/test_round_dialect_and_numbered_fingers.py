"""What held-out style sets 154 and 155 taught the finder (parents, gardeners and musicians,
drawings with front and back views and numbered fingers, a chiropractor's and a sports
physio's notes; regional dialect, heavy typos, drawings with one mark called main, terse
queries misspelt):

- Scots words for the body and where it is ('the bottom o ma neck where it meets the shooder,
  an doon the inside edge o ma shooder blade') are read as the English ones, as the safety
  gate reads them; 'noggin' and 'bonce' are the head;
- 'finger 5' (one finger by its clinical number) is the little finger, as 'digit 5' was; not
  'little finger 5' or 'finger 3/10', a chart row's intensity;
- 'Wrist and fingers 1-4: blank' marks them as not hurting (a blank after a number, not only
  after a word);
- 'achilies', 'achiles' are the Achilles.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.finder.charts import read_chart
from triggerpoint.finder.tokens import expand_shorthand
from triggerpoint.knowledge import KnowledgeBase


def _regions(kb: KnowledgeBase, text: str) -> list[str]:
    return [m.region for m in build_query(kb, text=text).marks]


def _ranked(kb: KnowledgeBase, text: str) -> list[str]:
    query = build_query(kb, text=text, top=len(kb.muscles))
    return [c.muscle for c in find(query, kb, text=text).candidates]


def test_scots_places_are_read(kb: KnowledgeBase) -> None:
    text = ("cannae turn ma heid, the pain's at the bottom o ma neck where it meets the "
            "shooder, an doon the inside edge o ma shooder blade")
    regions = _regions(kb, text)
    assert "buttock" not in regions  # 'bottom o ma neck' is no bottom
    assert "inner-edge-of-shoulder-blade" in regions
    assert _ranked(kb, text)[0] == "levator-scapulae"


def test_the_noggin_is_the_head(kb: KnowledgeBase) -> None:
    assert _regions(kb, "a sore spot on the very top of me noggin") == ["top-of-head"]


@pytest.mark.parametrize(("text", "expanded"), [
    ("finger 5 marked along its edge", "little finger marked along its edge"),
    ("finger 1 aches", "thumb aches"),
    ("little finger 5", "little finger 5"),
    ("finger 3/10", "finger 3/10"),
    ("finger 3 out of 10", "finger 3 out of 10"),
])
def test_a_finger_by_its_number(text: str, expanded: str) -> None:
    assert expand_shorthand(text) == expanded


def test_a_blank_after_numbered_fingers() -> None:
    assert read_chart("Palm: edge marked. Wrist and fingers 1-4: blank.").endswith(
        "Wrist and fingers 1-4 fine.")


def test_a_little_finger_drawing(kb: KnowledgeBase) -> None:
    text = ("Left hand, back view: finger 5 marked along its outer edge from the knuckle to "
            "the tip. Palm view: light mark on the fleshy edge below finger 5. Wrist and "
            "fingers 1-4: blank.")
    regions = set(_regions(kb, text))
    assert "little-finger" in regions
    assert not regions & {"thumb", "index-finger", "middle-finger", "ring-finger",
                          "back-of-wrist", "front-of-wrist"}


@pytest.mark.parametrize("text", ["achilies tendon pain", "pain in my achiles"])
def test_the_achilles_misspelt(kb: KnowledgeBase, text: str) -> None:
    assert _regions(kb, text) == ["achilles"]
