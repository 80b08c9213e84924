"""Words, contexts and combinations added after held-out set 23: symptoms said with "not" that
deny nothing after them ("not eating, been sick twice"), a car that "went into the back of me",
a tingling band of skin on one side before any rash (shingles), an arm that does "no work" and a
mouth "gone funny", as people with little schooling write them.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("tummy ache, not eating, been sick twice", "vomiting", True),
        ("tummy ache, not been sick", "vomiting", False),
        ("it hasn't gone away, been sick twice", "vomiting", True),
        ("a van went into the back of me at the roundabout", "trauma-mechanism", True),
        ("a tingly band of skin round my left side", "one-sided-band", True),
        ("my arm no work on one side", "one-sided-weakness", True),
        ("my mouth has gone funny", "face-droop", True),
        ("my mouth tastes funny after the dentist", "face-droop", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tummy pain since last night, not eating, been sick twice", "urgent"),
        ("A car drove into the back of me this morning, neck pain and now tingling in both "
         "hands", "emergency"),
        ("A burning band of skin round my right side where my belt sits, no rash yet, I feel "
         "feverish", "urgent"),
        ("my arm no work on one side. my mouth gone funny.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
