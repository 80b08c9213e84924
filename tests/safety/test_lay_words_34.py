"""Words, contexts and combinations added after held-out set 34: "my mate" opening a report
about a friend, a message that tells its signs of "he" or "she" with none of the writer's own,
"took a heavy shot in sparring", "struggling to keep my eyes open", "couldn't see out of the
right half of things", "while the kettle boils", "chewing makes my cheek muscles ache till I
rest", "dropped weight", "stays the same", "takes twice as long", and a "long-term" ache.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("took a heavy shot in sparring an hour ago", "head-injury", True),
        ("I'm struggling to keep my eyes open", "confusion-drowsiness", True),
        ("I couldn't see out of the right half of things", "sudden-vision-loss", True),
        ("a quick stretch while the kettle boils", "recent-infection", False),
        ("chewing makes my cheek muscles ache till I rest", "jaw-claudication", True),
        ("I've dropped weight without trying", "weight-loss", True),
        ("the massage ball helps but it stays the same", "no-progress", True),
        ("my round takes twice as long now", "limits-function", True),
        ("long-term ache in my hip", "pain-months", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Student halls. My mate has a high temperature and tiny purple dots on her legs that "
         "don't fade under a glass", "emergency"),
        ("Rugby lad, took a knock to the neck on Saturday. Just now he couldn't find his words "
         "and his right arm went dead", "emergency"),
        ("Alright mate, my neck is stiff from the desk, any stretches?", "self-care"),
        ("Boxer, took a heavy shot in sparring. Now clear fluid dripping from my nose and I'm "
         "struggling to keep my eyes open", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
