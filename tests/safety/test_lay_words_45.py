"""Words and rules added after held-out set 45 (hurried phone typing, signs as numbers, unusual
words for a feeling, a family member sitting with the writer): "nearly passed out" is no "it
passed" (over), a child who "can barely keep his eyes open" after a knock is drowsy, and
collapsing with a cold sweat and sudden back or tummy pain is an aortic emergency at any age.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I've gone pale and sweaty and nearly passed out", "fainting", True),
        ("the dizzy spell passed within a minute last month", "dizziness", False),
        ("he can barely keep his eyes open", "confusion-drowsiness", True),
        ("I was sleeping badly", "confusion-drowsiness", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my grandad (sitting here w me) got sudden pain in his lower back going into his groin, "
         "he's gone pale and sweaty and nearly passed out standing up", "emergency"),
        ("my son (14) is sitting with me, hit his head in PE yesterday, now he can barely keep "
         "his eyes open", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
