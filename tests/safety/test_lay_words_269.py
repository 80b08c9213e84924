"""Words and rules added after held-out sets 269 to 273 (vergers and sextons, choirmasters,
muralists, wig makers, set builders, projectionists; bowling alleys, funfairs, swim teachers,
gym instructors, route setters, ski technicians; surf and sailing instructors, coxes,
groundsmen, line judges, pundits; camera crews, film extras, newcomers to a country, literal
translations, short messages, one long sentence; writers who answer themselves, number their
symptoms, write in the third person, repeat a friend's diagnosis, mix two problems, apologise):

- "jolted on the dodgems" is an injury, and "nothing like headaches I've had before" an unusual
  headache: with a new one-sided neck pain, the torn neck artery's rule;
- "a regular at the bowling alley", "the other sexton", "another extra" are someone else ("I'm
  a regular at the gym" is not);
- lifting "ball returns" is no testicle; standing "on the board" is no failure to bear weight;
  "my back cracked really loudly when I stood up ... sounded like bones snapping" is joint noise;
  pins and needles "when I kneel too long" are the position's; "as the panto build ramps up" is
  no worsening pain;
- "iced it and rested it for 15 days and it's the same" is no progress; "making it hard to do
  the hoisting", "had to turn down two shoot days" limit work; "going little by little up to the
  elbow, every week a bit more" is spreading.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("jolted on the dodgems on Saturday", "trauma-mechanism", True),
        ("a new pain, nothing like headaches I have had before", "unusual-headache", True),
        ("the same headache I always get", "unusual-headache", False),
        ("my back is sore from lifting ball returns", "testicular-pain", False),
        ("I can't stand on the board to demo", "cannot-bear-weight", False),
        ("I can't stand on my leg at all", "cannot-bear-weight", True),
        ("sounded like bones snapping when I stood up", "crack-heard", False),
        ("my back aches as the panto build ramps up", "pain-worsening-fast", False),
        ("iced it and rested it for 15 days and it's the same", "no-progress", True),
        ("had to turn down two shoot days this month", "limits-function", True),
        ("the pain is going little by little up to the elbow", "spreading", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Jolted on the dodgems 3 days ago. Since then a new really bad pain on one side of my "
         "neck going up behind my ear, nothing like headaches I've had before", "emergency"),
        ("A regular at the bowling alley collapsed with chest pain last week. My own chest is "
         "only sore where I pulled my pec lifting ball returns", "therapist"),
        ("I'm a regular at the gym and my chest feels crushing and I'm sweaty", "emergency"),
        ("The other sexton had a funny turn, face drooped and they took him to hospital. I'm "
         "fine, just a stiff lower back from mowing", "self-care"),
        ("I get pins and needles in my feet when I kneel too long polishing the brass, gone "
         "within a minute of standing up", "self-care"),
        ("Another extra collapsed on set yesterday with chest pain. I've just got achy calves "
         "from standing in heels", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
