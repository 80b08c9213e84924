"""What held-out style sets 178 and 179 taught the finder (programmers, gamers and streamers; a
telehealth intake form; symptom lists with times of day; older adults with arthritis and joint
replacements; occupational therapists' notes; left set against right):

- a complaint named beside a broad place of its own ("trochanteric bursitis, left hip") used to
  give way to the place and say nothing: the hip alone put piriformis first. The broad place now
  carries the complaint's reading, so its list of usual causes applies (the gluteal muscles and
  tensor fasciae latae for the outer hip), while the place keeps all its parts; a generic
  complaint ("knot") says nothing of which part and claims nothing.
"""

from __future__ import annotations

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


def test_a_complaint_beside_its_broad_place_gives_its_reading(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="trochanteric bursitis left hip")
    [mark] = query.marks
    assert mark.complaint == "hip-bursitis"
    assert mark.side == "left"
    assert mark.alternatives  # still the whole hip: the complaint only says which list applies
    top = [c.muscle for c in find(query, kb).candidates[:3]]
    assert top[0] in {"gluteus-medius", "tensor-fasciae-latae"}, top
    assert "piriformis" not in top


def test_the_complaint_alone_and_beside_its_place_agree(kb: KnowledgeBase) -> None:
    alone = find(build_query(kb, text="trochanteric bursitis"), kb).candidates[0].muscle
    beside = find(build_query(kb, text="trochanteric bursitis left hip"), kb).candidates[0].muscle
    assert alone == beside


def test_a_generic_complaint_claims_no_broad_place(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="a knot in my back, can't reach it")
    assert all(m.complaint != "muscle-knots" or not m.alternatives for m in query.marks)
