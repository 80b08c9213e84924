"""Words and rules added after held-out sets 80 and 81 (Nigerian, Ghanaian, Indian, Singaporean,
Caribbean, Australian and South African English, drivers and seafarers far from help, a sign told
after blaming the gym or a mattress, watch readings, "you know when ..."; older men who play
things down, long rambling stories, anxious writers, euphemisms, comparisons, swapped letters):

- "the area where you sit is feeling like rubber" (saddle numbness); "when I pass urine I am not
  feeling it going" (a bladder change); "mi daughter say one side of mi mouth hang down" (what
  someone noticed in the writer's own body is the writer's, and "mi mouth" is "my mouth");
  "something tore deep between my shoulder blades"; a blood pressure that differs between the
  two arms (a new sign of a torn aorta); "no wind", "nothing passing"; "my wee was pinkish"; "my
  back just below the ribs on one side" (the flank); "my hip hurts so bad I can't move it" (a
  joint too painful to use); "my heart is going like I've run a marathon"; "like a bomb going
  off" at the back of the head; "breth" (a misspelling of five letters is now read);
- lookalikes: "my co-driver started passing blood" is no spreading pain; "his arm still doesn't
  work" is no treatment that failed; "I thought my leg was going to snap" is no fracture; "at the
  back of my head, but" is no head butt; "a bloke" is no break; "what symptoms would mean it's
  serious, like a fever or a rash?" asks, it does not tell.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("the area where you sit on a chair is feeling like rubber", "saddle-numbness", True),
        ("when I pass urine I am not feeling it going", "bladder-change", True),
        ("mi daughter say one side of mi mouth hang down", "face-droop", True),
        ("my brother says his mouth hangs down on one side, my neck is just tight", "face-droop",
         False),
        ("something tore deep between my shoulder blades", "tearing-pain", True),
        ("I felt something tear in my calf at the sprint", "tearing-pain", False),
        ("the BP machine gives a big difference between my two arms", "arm-pulse-difference",
         True),
        ("I vomited and there's nothing passing, no wind", "no-wind", True),
        ("my wee was pinkish this morning", "urinary-infection-signs", True),
        ("my back just below the ribs on one side is sore", "flank-pain", True),
        ("my hip hurts so bad I can't move it even a little", "cannot-bear-weight", True),
        ("my heart is going like I've run a marathon", "palpitations", True),
        ("pain at the back of my head like a bomb going off", "thunderclap-headache", True),
        ("my chest hurts when I take a deep breth", "pleuritic-pain", True),
        ("My co-driver started passing blood in his water", "spreading", False),
        ("his right arm still doesn't work properly", "no-progress", False),
        ("a cramp so bad I thought my leg was going to snap", "named-fracture", False),
        ("Headache at the back of my head, but it built up slowly", "head-injury", False),
        ("I'm a bloke with a sore shoulder", "named-fracture", False),
        ("what symptoms would mean it's serious, like a fever or a rash?", "fever", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("back pain going to both legs, now the area where you sit feels like rubber",
         "emergency"),
        ("pushing the car, something tore between my shoulder blades and now my blood pressure "
         "is different in each arm", "emergency"),
        ("belly swollen tight, vomiting green, no wind", "emergency"),
        ("my hip hurts so bad I can't move it, fever and chills since yesterday", "emergency"),
        ("13 hour flight yesterday, now my heart is going like I've run a marathon and I'm in "
         "bed", "emergency"),
        ("my son plays cricket, his shoulder gets sore every season, third season in a row",
         "therapist"),
        ("Calf cramp so bad I thought my leg was going to snap, lasted a minute", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
