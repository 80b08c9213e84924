"""Words, contexts and combinations added after held-out set 27: a child "sick once" with pain
worse "every time the car goes over a bump", a known aneurysm and a father gone grey, indigestion
that Gaviscon did nothing for, a sharp pain on a deep breath, a band of pain round the ribs after
cancer, leaning over to one side, a "thunderbolt" in the head, and stairs avoided at work.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I was sick once this morning", "vomiting", True),
        ("it hurts more every time the car goes over a bump", "rebound-pain", True),
        ("I do have an aneurysm they are keeping an eye on", "aneurysm-known", True),
        ("Gaviscon did nothing for it", "chest-pain", True),
        ("a sharp pain under my ribs when I take a deep breath", "pleuritic-pain", True),
        ("I take a deep breath before I lift", "pleuritic-pain", False),
        ("I keep leaning over to one side in my chair", "one-sided-weakness", True),
        ("a thunderbolt of pain in my head on the loo", "thunderclap-headache", True),
        ("I'm avoiding the stairs at work now", "limits-function", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Tummy ache low down on the right since this morning, was sick once, hurts more every "
         "time the car goes over a bump", "urgent"),
        ("Prostate cancer, on hormone jabs. New band of pain going round my ribs like a belt",
         "urgent"),
        ("Thunderbolt pain in my head yesterday while straining, now a dull ache and my neck is "
         "stiff", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
