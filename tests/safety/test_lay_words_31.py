"""Words, contexts and combinations added after held-out set 31: the paper "touching someone
else" when wiping, not needing a wee all afternoon, legs "wading through treacle" or in "wellies
full of water", a translator's "waist pain" and "the place where I sit is sleeping, no
feeling", urine that "does not come out easy", a football "full in the head", a pain "like I
was being ripped down the middle", "my back got worse", stumbling on the stairs, pain that "now
includes" the buttock, and "fever pitch" in the stands.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("when I wipe it's like the paper is touching someone else", "saddle-numbness", True),
        ("I've taken to sleeping downstairs", "saddle-numbness", False),
        ("I haven't needed a wee all afternoon", "bladder-change", True),
        ("both legs feel like I'm wading through treacle", "heavy-legs", True),
        ("the place where I sit on the bike has no feeling", "saddle-numbness", True),
        ("when I make urine it does not come out easy", "bladder-change", True),
        ("my waist pain is very strong", "back-pain", True),
        ("took a football full in the head at training", "head-injury", True),
        ("I headed the football all session", "head-injury", False),
        ("a pain like I was being ripped down the middle", "tearing-pain", True),
        ("my back got worse last week", "back-pain", True),
        ("I keep stumbling on the stairs", "gait-disturbance", True),
        ("my low back ache now includes my buttock", "spreading", True),
        ("fever pitch in the stands on derby day", "fever", False),
        ("fever pitch in the stands on derby day", "contraindication-fever", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Lifted my toddler and my low back went. Now both legs feel like treacle and I haven't "
         "needed a wee all afternoon", "emergency"),
        ("Hello, I use translator. Waist pain very strong, the place where I sit is no feeling "
         "and urine does not come out easy", "emergency"),
        ("Prostate cancer in my bones. Back got worse and now my legs feel like wellies full of "
         "water", "emergency"),
        ("Derby day, fever pitch in the stands, my calves are killing me", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
