"""What held-out style sets 274 and 275 taught the finder: a terse query that names only a
movement or a sign ("hurts to swallow", "pain reaching up", "hurts to turn head") names no place,
yet the sign implies one. A symptom's ``felt_in`` (knowledge/data/symptoms) gives it, marked only
when the text names no place of its own; the place a sign implies comes before a body word inside
its phrase ("turn head" is the neck, not the forehead).
"""

from __future__ import annotations

from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


def _regions(kb: KnowledgeBase, text: str) -> set[str]:
    return {m.region for m in build_query(kb, text=text).marks}


def test_a_sign_alone_marks_the_place_it_implies(kb: KnowledgeBase) -> None:
    assert _regions(kb, "painful to swallow") == {"throat"}
    assert _regions(kb, "hurts to reach up") <= {"top-of-shoulder", "side-of-shoulder",
                                                 "front-of-shoulder", "back-of-shoulder"}
    assert _regions(kb, "pain turning my head") <= {"back-of-neck", "side-of-neck"}


def test_the_implied_place_comes_before_a_word_inside_the_sign(kb: KnowledgeBase) -> None:
    # "arm" and "back" are the movement's words, not where it hurts
    marked = _regions(kb, "hurts putting my arm behind my back")
    assert marked and marked <= {"top-of-shoulder", "side-of-shoulder", "front-of-shoulder",
                                 "back-of-shoulder"}


def test_a_named_place_wins_over_the_implied_one(kb: KnowledgeBase) -> None:
    assert _regions(kb, "hurts to swallow, sore at the angle of my jaw") == {"jaw-angle"}


def test_every_implied_place_is_in_the_atlas(kb: KnowledgeBase) -> None:
    broad = {b.term for b in kb.atlas.broad_terms}
    places = {s.id: s.felt_in for s in kb.symptoms.values() if s.felt_in is not None}
    assert places, "no symptom gives felt_in"
    assert all(p in kb.atlas.regions or p in broad for p in places.values()), places
