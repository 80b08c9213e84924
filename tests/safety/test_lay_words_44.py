"""Words added after held-out set 44 (every register mixed): chest tightness that "went up into my
neck" during "rows" (a heart attack's spread and effort), a back "getting in the way of my job",
having "had to skip" a sport, and, not raising: "every time I increase my running mileage" (an
activity, no worsening).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my chest went tight and it went up into my neck", "radiating-arm-jaw", True),
        ("the pain went up into my calf from my ankle", "radiating-arm-jaw", False),
        ("it came on during rows at the gym", "exertional-pain", True),
        ("my lower back is getting in the way of my job", "limits-function", True),
        ("I've had to skip footy", "limits-function", True),
        ("it flares every time I increase my running mileage", "pain-worsening", False),
        ("the pain is getting worse by the day", "pain-worsening", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


def test_chest_tightness_spreading_to_the_neck_during_exercise(kb: KnowledgeBase) -> None:
    check_level(kb, "Gym today, my chest went tight like a belt during rows and it went up into my "
                    "neck. It eased, then came back walking to the car.", "emergency")
