"""Words, contexts and combinations added after held-out set 26: a headache that went "from
nothing to unbearable" (no denial), a question asked "out of interest", a short train ride that
is no long spell without moving, a new leg cast, and a yoga headstand before one-sided neck pain.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my headache went from nothing to unbearable in under a minute", "thunderclap-headache",
         True),
        ("Out of interest, when is a hot swollen joint serious?", "hot-swollen-joint", False),
        ("my knee is hot and swollen since yesterday", "hot-swollen-joint", True),
        ("my calves feel tight after a 2 hour train ride", "immobility", False),
        ("my calf swelled up after a 14 hour flight", "immobility", True),
        ("I have a new leg cast from the fracture clinic", "tight-cast-bandage", True),
        ("neck pain after a yoga headstand", "neck-manipulation", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My headache went from nothing to unbearable in under a minute at my desk, I feel sick",
         "emergency"),
        ("My daughter has a new arm cast since this morning, she's crying that it hurts much "
         "more and her fingers feel numb", "emergency"),
        ("Out of interest, when is a hot swollen joint serious? My knee is just achy after "
         "squats", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
