"""Words, rules and context added after held-out sets 474 to 479 (Carlisle, Workington,
Barrow-in-Furness and Kendal speech; English from Romanian, Lithuanian, Polish and Ukrainian
speakers; a firefighter, an off-duty paramedic, a prison officer, a court usher, a bin lorry
driver and a car valeter; transcribed voice notes, a menopause support group, replies to a GP
surgery's text, a sports physio's booking line; long-haul lorry drivers, people pregnant or just
delivered, people with a heart or lung condition; English from Kenya, Uganda, Tanzania and
Malawi):

- "sharp pain under me left boob when I tek a big breath" after being laid up with covid (a
  clot); "it's gone a darker colour than the other" a week after a trip to Australia; "hip agony
  cant weight bear, fever, 67 had hip replaced 2 yr ago" (the time dates only its own clause, after
  an age); "pain in my groin and my ball, started suddenly"; ribs hurting after a fall from a
  bicycle, "more and more short of breath"; at 81 after a fall, "the foot is turned outside";
  hands and feet "cold like ice" with a fever; "a big tackle"; a fall "onto my outstretched hand"
  with the dip at the base of the thumb tender; "the pain stops me every time".
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a sharp pain under my left breast when I tek a big breath", "pleuritic-pain", True),
        ("my calf has gone a darker colour than the other", "calf-warm-red", True),
        ("just got back from Australia last week", "immobility", True),
        ("a bad pain in my groin and my ball since this morning", "testicular-pain", True),
        ("my whole calf cramped into a hard ball and the pain made me scream", "testicular-pain",
         False),
        ("my ribs hurt since the fall", "rib-pain", True),
        ("the foot is turned outside since I fell", "leg-deformity", True),
        ("my hands and feet are cold like ice", "mottled-skin", True),
        ("fell onto my outstretched hand", "trauma-mechanism", True),
        ("the knee pain stops me every time at about 5k", "limits-function", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Laid up with flu for ten days, now a sharp pain under my left breast when I take a big "
         "breath.", "emergency"),
        ("Knee agony, can't weight bear, fever, 70 had knee replaced 3 yr ago.", "emergency"),
        ("Sudden bad pain in my groin and my ball an hour ago, swollen, been sick.", "emergency"),
        ("My ribs hurt after I came off my bike and now I'm more and more short of breath.",
         "emergency"),
        ("I'm 84, I fell in the hall yesterday and the foot is turned outside, I can't lift the "
         "leg.", "emergency"),
        ("Fever 39, my hands and feet are cold like ice and I'm breathing fast.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
