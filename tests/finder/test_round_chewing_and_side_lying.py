"""Finder sets 240 and 241: two symptoms people name with the place (Travell and Simons).

- Pain on chewing belongs to the muscles that close and move the jaw (masseter, temporalis, the
  pterygoids, the buccinator): "why does my temple hurt when I chew" is the temporalis before
  the upper trapezius, which sends pain to the temple as well but not with chewing.
- Pain when lying on that side belongs to the gluteus medius and minimus, the tensor fasciae
  latae, the vastus lateralis, the quadratus lumborum, the infraspinatus and the serratus
  anterior: "outside of my hip hurts lying on it" is one of the lateral hip muscles, not the
  piriformis.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase

CHEWING = {"masseter", "temporalis", "lateral-pterygoid", "medial-pterygoid", "buccinator"}
SIDE_LYING = {"gluteus-medius", "gluteus-minimus-anterior", "gluteus-minimus-posterior",
              "tensor-fasciae-latae", "vastus-lateralis", "quadratus-lumborum", "infraspinatus",
              "serratus-anterior"}


def test_the_symptoms_name_their_muscles(kb: KnowledgeBase) -> None:
    chewing = {m.id for m in kb.muscles.values() if "pain-on-chewing" in m.symptoms}
    side = {m.id for m in kb.muscles.values() if "pain-lying-on-the-side" in m.symptoms}
    assert (chewing, side) == (CHEWING, SIDE_LYING)


@pytest.mark.parametrize("text", ["why does my temple hurt when i chew",
                                  "pain in my temple when chewing", "temple ache, chewing hurts"])
def test_chewing_reads_as_the_symptom(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert "pain-on-chewing" in query.symptoms
    assert find(query, kb, text=text).candidates[0].muscle == "temporalis"


def test_temple_pain_without_chewing_keeps_the_trapezius_in_the_running(kb: KnowledgeBase) -> None:
    text = "why does my temple hurt"
    query = build_query(kb, text=text)
    assert "pain-on-chewing" not in query.symptoms
    top = [c.muscle for c in find(query, kb, text=text).candidates[:2]]
    assert "upper-trapezius" in top


@pytest.mark.parametrize("text", ["hip hurts lying on side",
                                  "hey siri outside of hip hurts lying on it",
                                  "outer hip pain, can't lie on my side"])
def test_side_lying_puts_a_lateral_hip_muscle_first(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert "pain-lying-on-the-side" in query.symptoms
    assert find(query, kb, text=text).candidates[0].muscle in SIDE_LYING


def test_a_sleeping_habit_is_not_the_symptom(kb: KnowledgeBase) -> None:
    text = "ache in my right temple, I sleep on my right side with my fist under my chin"
    assert "pain-lying-on-the-side" not in build_query(kb, text=text).symptoms
