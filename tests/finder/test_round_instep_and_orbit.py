"""What held-out style sets 172 and 173 taught the finder (young footballers, netball and rugby
players and climbers; a chiropractor's notes; drawings as region codes with scores; musicians
and crafters; a massage therapist's intake form; drawings as front and back views with arrows):

- the instep is the arched middle of the foot, its top to a shoemaker and the inner arch to many
  who hurt there: a mark on it counts for either;
- a wrist "flicking" (as "lifting", "twisting") names a movement, not the place that hurts;
- the clinical words for places around the eye and nose: "supraorbital" (the eyebrow),
  "infraorbital" (the cheek), "nasal border", "paranasal" (the nose).

And what sets 174 and 175 taught it (hybrid office workers and delivery cyclists; a sports
massage therapist's notes; drawings as percentages; parents of toddlers, nurses and carers; an
orthopaedic clinic letter; drawings as strips from one place to another):

- on one edge of a limb, the face named tells the flexor from the extensor that share the edge
  ("palm side of my wrist, little-finger side": the flexor carpi ulnaris; its back: the
  extensor), so a pattern that reaches the face named counts it in full.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
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


def _first(kb: KnowledgeBase, text: str) -> str:
    return find(build_query(kb, text=text), kb, text=text).candidates[0].muscle


@pytest.mark.parametrize(("face", "muscle"), [
    ("on the palm side", "flexor-carpi-ulnaris"),
    ("on the back", "extensor-carpi-ulnaris"),
])
def test_the_face_of_a_limb_edge_tells_flexor_from_extensor(kb: KnowledgeBase, face: str,
                                                           muscle: str) -> None:
    text = (f"I grip the steering wheel hard all day. Pain {face} of my left wrist on the little "
            "finger side, into the heel of the hand.")
    assert _first(kb, text) == muscle
