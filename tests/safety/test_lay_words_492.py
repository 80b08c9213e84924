"""Words, rules and context added after held-out sets 492 to 497 (Hull, Goole, Bridlington and
Scarborough speech; English from Malagasy, Comorian, Wolof and Fula speakers; a radiographer, a
carpet cleaner, a hod carrier, a shepherd, a plumber's mate and a supermarket night manager;
marketplace messages, mattress reviews, recipe-blog comments, letters to a housing officer; people
living with ME/CFS, fibromyalgia or arthritis, people in recovery; English from Belize, the Cayman
Islands, Turks and Caicos and Anguilla):

- "I've been gipping all morning" (retching) with a splitting head and a neck that will not bend;
  "the right eye is gone dark at the top half, like a shade"; an arm heavy "since 20 min";
- and no alarm for "a day clipping feet" (a shepherd's work, not a car that clipped someone), or
  for "can a trigger point ever make the face droop ...?", or for "my shingles was in March"
  (a month gone by); a terse "tennis elbow 5 months." gives
  the pain's length; a pain that "started as a knot ... three weeks on it's up the side of me
  neck" has spread.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import sentences
from triggerpoint.safety.numbers import read_numbers


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I've been gipping all morning", "vomiting", True),
        ("since this morning the right eye is gone dark at the top half", "sudden-vision-loss",
         True),
        ("my right arm went heavy since 20 min", "sudden-onset", True),
        ("my back's killing me after a day clipping feet", "trauma-mechanism", False),
        ("a van clipped me at the junction", "trauma-mechanism", True),
        ("Started as a knot in me right shoulder, three weeks on it's up the side of me neck",
         "spreading", True),
        ("Can a trigger point ever make the face droop?", "face-droop", False),
        ("My shingles was in March, the rash all healed and GP saw it.", "named-shingles", False),
        ("My shingles is in my back, a rash in a band", "named-shingles", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Now I've got a splitting head, can't put me chin on me chest and I've been gipping all "
         "morning.", "emergency"),
        ("Woman 68. Pain at the temple, my jaw aches when I eat, and since this morning the "
         "right eye is gone dark at the top half, like a shade.", "emergency"),
        ("My right arm went heavy like a sand bag since 20 min, I can't lift the cup.",
         "emergency"),
        ("Back's killing me after a day clipping feet, proper agony when I bend.", "self-care"),
        ("Can a trigger point ever make the face droop or the speech go funny? My shoulder knot "
         "sends ache to the elbow.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("tennis elbow 5 months. the home stuff is not enough", 150),
        ("sciatica 3 weeks, no better", 21),
        ("My son 7 years, he is limping", None),
    ],
)
def test_terse_length(text: str, days: int | None) -> None:
    assert read_numbers(sentences(text)).lasting_days == days
