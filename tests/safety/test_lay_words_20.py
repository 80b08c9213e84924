"""Words, contexts and combinations added after held-out set 20: a ball "to the side of the
head", tummy pain worse on letting go, the hollow at the base of the thumb after a fall, hours
without getting up before a pleuritic chest pain, a heart "going like 130", half the page gone,
an arm and a leg on one side gone numb, fingers that "do not listen", a mouth "not right", a
doctor who suggested physio, a running stitch that is no surgical stitch, and the "legged" of
"cross-legged" that is no leg.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("took a hockey stick to the side of the head", "head-injury", True),
        ("the blood rushed to my head when I stood", "head-injury", False),
        ("it hurts more when I press and let go", "rebound-pain", True),
        ("sore in the little hollow at the base of my thumb", "snuffbox-tenderness", True),
        ("I barely got up from the desk all weekend", "immobility", True),
        ("my heart is going like 130 just sitting here", "palpitations", True),
        ("the left half of the page was just not there", "sudden-vision-loss", True),
        ("my left arm and leg went all pins and needles", "one-sided-numbness", True),
        ("my fingers will not listen to me today", "hand-clumsiness", True),
        ("my partner says my mouth is not right", "face-droop", True),
        ("the GP suggested physio for my shoulder", "therapy-advised", True),
        ("a running stitch that will not go", "recent-surgery", False),
        ("my foot went dead after sitting cross-legged", "one-sided-weakness", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Pain low on the right of my tummy for two days, and pressing and letting go makes me "
         "jump", "urgent"),
        ("Fell onto my hand off a skateboard a week ago, still tender in the hollow at the base "
         "of my thumb", "urgent"),
        ("Gaming for 12 hours, barely got up, now my chest hurts when I breathe in",
         "emergency"),
        ("This morning half of my screen was not there and my right arm and leg went numb for "
         "about ten minutes", "emergency"),
        ("GP said it is a frozen shoulder and suggested physio", "therapist"),
        ("My leg went dead after sitting cross-legged, back to normal in a minute", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
