"""Words and rules added after held-out sets 206 to 210 (one long run-on sentence, bin crews, a
smart speaker or doorbell camera, a baby under one, hating to bother doctors, padel and squash;
a short break at work, mechanics, measurements, older women alone, "you get this pain", karate;
back from a hot country, ushers, what others said of a face or voice, expectant fathers, a
massage booked for tomorrow, crossfit; simple words, fishermen, ellipses, couch-to-5k, a recent
dental procedure, a twin; a menopause group, roadies, corrections mid-message, caring for a
partner after a stroke, fell runners, the time and date first):

- a baby introduced by its age in months or weeks ("my 9 month old", "5 month old, ...") is the
  person the message is about, whatever the writer adds of their own back; "struggling to get
  air"; pain "way worse on a deep breath"; "the sill caught my head"; "the bone is pushing the
  skin up" (an open fracture about to be); a baby who "screams when I move her hip"; a new
  concept, a baby's soft spot (fontanelle) that bulges, a meningitis sign that is an emergency on
  its own (MSD Manual; Meningitis Foundation Aotearoa);
- lookalikes: a "fell race" is no fall, and legs that "feel like they've been beaten with a
  stick" no deformity; "had a scare in March, ... no clot, all settled"; "for me you just get a
  dull ache across the low back" is the writer's own, after a sister's emergency; "long shifts
  standing" is no pain of long standing.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I'm struggling to get air", "breathlessness", True),
        ("my 3 month old, the soft spot on his head is bulging", "bulging-fontanelle", True),
        ("a soft spot on my calf muscle that aches", "bulging-fontanelle", False),
        ("sharp pain under my shoulder blade, way worse on a deep breath", "pleuritic-pain",
         True),
        ("the car door caught my head this morning", "head-injury", True),
        ("my shin has a lump and the bone is pushing the skin up", "open-fracture", True),
        ("my quads are wrecked after the fell race", "fall-or-crash", False),
        ("my calves ache after long shifts standing", "pain-months", False),
        ("legs feel like they've been beaten with a stick", "deformity", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My 8 month old rolled off the sofa and hit his head an hour ago, he's been sick twice "
         "and is really drowsy. I hurt my back catching him", "emergency"),
        ("4 month old, the soft spot on her head is bulging, she's hard to wake and burning hot",
         "emergency"),
        ("Sharp pain in my upper back, way worse on a deep breath, came on suddenly. I'm "
         "struggling to get air. Had my baby 6 weeks ago", "emergency"),
        ("Came off my bike, my forearm has a step in it and the bone is pushing the skin up",
         "emergency"),
        ("My brother's back went and he couldn't feel his bum, he needed an operation. For me "
         "you just get a dull ache across the low back after work", "self-care"),
        ("Had a scare in March, calf swelled after a flight, hospital scanned it and there was no "
         "clot, all settled within days. Now just tight hamstrings", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
