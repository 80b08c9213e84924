"""Words, contexts and combinations added after held-out set 24: what the writer knows a sign
would mean ("... means A&E, but"), a clear scan that is itself the normal finding, toes gone
bluish and pain "insane" under a back slab, feeling "on edge" with chest tightness, an hour of
one-sided numbness that went, skin like sunburn with a cluster of spots (shingles), and walking
that is "a bit unsteady" lately (not sudden imbalance).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I know numbness round the bum with back pain means A&E, but I'm just stiff",
         "saddle-numbness", False),
        ("numbness round the bum since this morning", "saddle-numbness", True),
        ("the scan was clear and I've been fine since", "assessed-normal", True),
        ("the pain is insane even with the leg up", "severe-disproportionate-pain", True),
        ("I feel weird and on edge", "sense-of-doom", True),
        ("I had about an hour where my left side went numb", "brief-episode", True),
        ("a cluster of spots is appearing on my back", "shingles-rash", True),
        ("my walking is a bit unsteady lately", "sudden-dizziness-imbalance", False),
        ("I suddenly feel unsteady and the room is spinning", "sudden-dizziness-imbalance", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I know numbness round the bum with back pain means A&E, but right now I just have a "
         "stiff lower back", "self-care"),
        ("Back slab on my shin after a tackle, toes have gone bluish and the pain is insane",
         "emergency"),
        ("Tightness in my chest like indigestion, pain between my shoulder blades, I feel weird "
         "and on edge", "emergency"),
        ("Hands clumsy and dropping things lately, walking a bit unsteady, neck stiff for ages",
         "urgent"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
