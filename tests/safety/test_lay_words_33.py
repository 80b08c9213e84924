"""Words, contexts and combinations added after held-out set 33: a relative's emergency told in
the past tense ("Mum was at the kitchen table ... then her words came out all jumbled") that
is still going on ("it's been ten minutes"), "positive test two weeks ago" with pain low on one
side, and a car "rolled" on the motorway.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("had a positive test two weeks ago", "pregnancy-possible", True),
        ("had a positive covid test two weeks ago", "pregnancy-possible", False),
        ("I rolled the car on the bypass yesterday", "trauma-mechanism", True),
        ("I rolled my shoulders back", "trauma-mechanism", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a relative's story in the past tense that is still happening is about them now
        ("Dad (70) was in the garden moaning about his tight neck, then his words came out "
         "jumbled and he couldn't lift his left arm. It's been ten minutes.", "emergency"),
        ("My dad was diagnosed with a stroke years ago. My neck is tight, any stretches?",
         "self-care"),
        ("Positive test two weeks ago, now a grumbling pain low down on the right", "urgent"),
        ("Rolled the car yesterday, walked away, now my neck is agony and both hands tingle",
         "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
