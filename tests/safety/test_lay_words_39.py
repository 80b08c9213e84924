"""Words and rules added after held-out set 39: jaundice (yellow whites of the eyes; a new red
flag, nidirect and NHS), pain under the right ribs as the tummy's, an upper-back ache that came
on today with feeling sick and short of breath (a heart attack without chest pain), a known
aneurysm told through its screening or its size, a calf "bigger round" than the other and a hard
cord behind the knee, a tense shin with pain "way beyond normal soreness", a blow to the neck in
sport, and, not raising: a conditional that runs long ("if I ever got ... or couldn't wee"),
bloods taken for a condition, a fracture that "healed in plaster", "crushed it at the gym",
feeling that comes back, a "left-sided neck pain" (no flank).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my husband says the whites of my eyes look yellow", "jaundice", True),
        ("the bruise on my shin has gone yellow", "jaundice", False),
        ("a gripping pain under my right ribs since last night", "abdominal-pain", True),
        ("my left calf is bigger round than the right", "calf-swelling", True),
        ("there's a hard sore cord behind the knee", "calf-warm-red", True),
        ("the front of my shin is tense and burning", "tense-swollen-limb", True),
        ("the pain is way beyond normal soreness", "severe-disproportionate-pain", True),
        ("they found a 5cm aneurysm at my screening", "aneurysm-known", True),
        ("took a hard hit to the neck at rugby", "neck-manipulation", True),
        ("what a pain in the neck this job is", "neck-manipulation", False),
        ("left-sided neck pain since Sunday", "flank-pain", False),
        ("I know if I ever got numbness round my back passage with my back pain or couldn't "
         "wee, that's straight to A&E", "urinary-retention", False),
        ("had bloods for giant cell arteritis, all normal", "named-giant-cell-arteritis", False),
        ("I broke my wrist years ago and it healed in plaster", "tight-cast-bandage", False),
        ("crushed it at the gym last night", "trauma-mechanism", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Pain under my right ribs going through to my shoulder blade, been sick twice and my "
         "eyes look a bit yellow. Lacrosse ball?", "urgent"),
        ("My upper back has ached since lunch and now I feel sick and short of breath. Tennis "
         "ball?", "emergency"),
        ("I have a 5cm aneurysm they scan every year. Since this afternoon a new deep low back "
         "pain.", "emergency"),
        ("On chemo. My left calf is suddenly bigger round than the right.", "urgent"),
        ("Spin class yesterday; today my shin is tense, the pain is way beyond normal soreness "
         "and the top of my foot is numb", "emergency"),
        ("Took a hit to the neck at hockey. New headache on the left since then.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
