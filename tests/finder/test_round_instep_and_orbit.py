"""What held-out style sets 172 and 173 taught the finder (young footballers, netball and rugby
players and climbers; a chiropractor's notes; drawings as region codes with scores; musicians
and crafters; a massage therapist's intake form; drawings as front and back views with arrows):

- the instep is the arched middle of the foot, its top to a shoemaker and the inner arch to many
  who hurt there: a mark on it counts for either;
- a wrist "flicking" (as "lifting", "twisting") names a movement, not the place that hurts;
- the clinical words for places around the eye and nose: "supraorbital" (the eyebrow),
  "infraorbital" (the cheek), "nasal border", "paranasal" (the nose).
"""

from __future__ import annotations

import pytest

from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


def _marks(kb: KnowledgeBase, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.region, m.alternatives) for m in build_query(kb, text=text).marks]


def test_the_instep_is_the_top_or_the_inner_arch(kb: KnowledgeBase) -> None:
    [(region, alternatives)] = _marks(kb, "aching instep after standing all day")
    assert {region, *alternatives} == {"top-of-foot", "arch"}


def test_a_wrist_flicking_is_a_movement(kb: KnowledgeBase) -> None:
    marks = _marks(kb, "lots of wrist flicking at the post. pain on the front of my right wrist")
    assert [region for region, _ in marks] == ["front-of-wrist"]


@pytest.mark.parametrize(("text", "region"), [
    ("c/o L supraorbital ache", "eyebrow"),
    ("R infraorbital pain", "cheek"),
    ("ache along the lat. nasal border", "nose"),
    ("paranasal ache, right", "nose"),
])
def test_clinical_words_around_the_eye_and_nose(kb: KnowledgeBase, text: str,
                                                region: str) -> None:
    assert [r for r, _ in _marks(kb, text)] == [region]
