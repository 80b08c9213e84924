"""Words and rules added after held-out sets 336 to 341 (a retired miner, a fisherman, a
lifeguard, a forester; short broken lines like a poem, one word a line, ellipses; Norfolk, Black
Country, Essex and Glaswegian speech; Ugandan, Zambian, Malawian and Tanzanian English; an
hour-by-hour log, a holiday complaint, a review out of five; a new father, a student nurse, an
actor, a mountain guide):

- a message typed as short broken lines is read as one statement (one word a line joined with
  spaces, longer lines with commas, so that "no fever" on its line denies nothing on the next);
- Norfolk "hev", "on the huh" (lopsided), "the hid" (the head), "summun"; Black Country "I cor"
  (cannot), "I ay" (have not); "an" for "and" before a consonant ("me leg an me arm"), not "an
  MRI"; "me words" are the writer's own;
- a limb that feels "like it's someone else's" is the writer's; a face "sliding off"; a forehead
  banged; "thrown against" the rail; "woke up at 5am and my arm ..." (came on suddenly);
  "walking like a toddler"; "feel like I might die" (no gym explains it); "side ache" (the
  flank); "Fortnight I've been doing ..." and "not shifted one bit" (no progress);
- a film, a thriller or a novel "where" someone collapses, and "what would a heart attack feel
  like", are no one's signs; a scan that has "come back clear" is a normal finding, and a
  normal check stops a feared giant cell arteritis or a side ache with a temperature taken.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my right arm feels heavy like it's someone else's and my words are coming out wrong",
         "speech-disturbance", True),
        ("my mouth hev gone all on the huh down one side", "face-droop", True),
        ("I cor get me words out proper", "speech-disturbance", True),
        ("can't put no weight on it an my leg looks shorter", "leg-deformity", True),
        ("had an MRI of my back, all normal", "assessed-normal", True),
        ("banged my forehead on the path", "head-injury", True),
        ("the right side of my face felt like it was sliding off", "face-droop", True),
        ("got thrown against the rail in a big swell", "trauma-mechanism", True),
        ("I woke up at 5am and my left arm was weak", "sudden-onset", True),
        ("my legs are stiff and I'm walking like a toddler", "gait-disturbance", True),
        ("I can't pick up my toddler or do the walk to school", "gait-disturbance", False),
        ("shivering, breathing fast, honestly feel like I might die, probably just the gym",
         "sense-of-doom", True),
        ("watching a film where an old man's face dropped on one side", "face-droop", False),
        ("what would a heart attack feel like compared to a pec strain?", "named-heart-attack",
         False),
        ("the scan for a clot has come back clear", "assessed-normal", True),
        ("the scan for a clot has come back clear", "recurrence", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("back\npain\nand\ncant\npee\nsince\nlast\nnight\nnumb\nbum", "emergency"),
        ("chest\ntight\nleft\narm\nnumb\nsweaty\nsince\ntea", "emergency"),
        ("stretching helps a bit\nbut this morning\nmy left leg wouldnt hold me up\nand the "
         "left side of my face\nfeels like after the dentist", "emergency"),
        ("no fever\nno weakness\njust a tight neck\nfrom the desk", "self-care"),
        ("Crick in me neck. Then my missus say my mouth hev gone all on the huh down one side",
         "emergency"),
        ("This mornin me leg an me arm on the same side have gone weak an I cor get me words "
         "out", "emergency"),
        ("I'm 79, had a fall on the patio, can't put no weight on it an my leg looks shorter",
         "emergency"),
        ("Cut my hand two days ago, now shivering under blankets, breathing fast, feel like I "
         "might die, probably just the gym", "emergency"),
        ("22 weeks pregnant, side ache for two days... now a fever", "urgent"),
        ("I'm 80 and on apixaban, banged my forehead on the path yesterday, bit of a headache",
         "emergency"),
        ("My right leg gave way and the right side of my face felt like it was sliding off for "
         "ten minutes", "emergency"),
        ("Thrown against the side of the boat yesterday, my ribs are agony when I breathe in",
         "urgent"),
        ("I woke up at 5am and my left arm is weak and my left leg is heavy", "emergency"),
        ("Over the past few days both hands have got clumsy, I can't do buttons, my legs are "
         "stiff and I'm walking like a toddler", "emergency"),
        ("Fortnight I've been doing the exercises for my sore shoulder and it has not shifted "
         "one bit", "therapist"),
        ("Watching a film where an old man's face dropped and his speech slurred. My own traps "
         "are just tight", "self-care"),
        ("What would a heart attack feel like compared to a pec strain? Mine only hurts when I "
         "press on it", "self-care"),
        ("Pharmacy checked my temperature and a urine dip, all normal, they think my side ache "
         "is a pulled muscle", "self-care"),
        ("Worried about giant cell arteritis because of my age, so the doctor checked my "
         "temples and bloods, all normal", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
