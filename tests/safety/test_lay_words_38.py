"""Words and rules added after held-out set 38: pain that "tore down my back", a fixed phrase's
own small words between its words ("down my back"), concussion symptoms still there after two
weeks (told as "three weeks ago ... still"), little blisters on one side of the buttock, a
limb's weakness told of both legs (not one-sided), and soreness the writer calls DOMS.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import read


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("then the pain tore down my back towards my waist", "tearing-pain", True),
        ("I tore my hamstring and it ripped down the back of my thigh", "tearing-pain", False),
        ("little blisters came up on the left side of my bum", "shingles-rash", True),
        ("new boots gave me blisters on the side of my heel", "shingles-rash", False),
        ("my left leg went weak this morning", "one-sided-weakness", True),
        ("my legs feel dead and wobbly after squats", "one-sided-weakness", False),
        ("sore and stiff everywhere, classic DOMS, legs feel dead", "leg-neuro-symptoms", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


def test_a_word_number_ago_then_still_is_a_duration(kb: KnowledgeBase) -> None:
    reading = read(kb, "Concussion three weeks ago. I'm still getting headaches.")
    assert reading.numbers.lasting_days == 21


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Upper back spasm out of nowhere, then it tore down my back towards my waist and I felt "
         "faint", "emergency"),
        ("Concussion from rugby three weeks ago, checked at A&E. I'm still getting daily "
         "headaches and can't concentrate. Neck stretches?", "doctor"),
        ("Concussion two days ago, checked at A&E, all fine now apart from a stiff neck",
         "self-care"),
        ("Burning pain low in my back and little blisters on the left side of my bum since "
         "yesterday", "urgent"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
