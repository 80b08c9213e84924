"""Words and rules added after held-out set 42 (a different kind of writer for each text):
polymyalgia with a new headache and a tongue that hurts on chewing (giant cell arteritis;
nidirect, NHS text), a step and a lump along the collarbone after a fall, phonetic spellings of
short words ("stil", "tite"), pain for "most of this year", work "slowing me down", a problem
that "back it comes" each season, and, not raising: "the blood clot was my sister's".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my tongue hurts when I chew", "jaw-claudication", True),
        ("I bit my tongue yesterday", "jaw-claudication", False),
        ("there's a step and a lump along my collarbone", "deformity", True),
        ("my calf is stil just as tite when I run", "still-painful", True),
        ("a sore knot under my shoulder blade for most of this year", "pain-months", True),
        ("it's slowing me down at work", "limits-function", True),
        ("clears in a couple of weeks, then back it comes", "recurrence", True),
        ("the blood clot was my sister's, she's on blood thinners now", "named-blood-clot",
         False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Diagnosed with polymyalgia last year. These past few days a bad headache that won't "
         "shift.", "urgent"),
        ("Came off my bike and landed on my shoulder. There's a step and a lump along my "
         "collarbone and I can't lift the arm.", "urgent"),
        ("ive done the calf strechs evry day for 3 weeks and my calf is stil just as tite",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
