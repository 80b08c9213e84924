"""Words and rules added after held-out set 43 (rarer presentations of each red flag): reduced
feeling when opening the bowels and not realising one needed to go until the last moment, a hand
that "stopped doing what I told it", pain under the breastbone, a top-of-stomach pain with a cold
sweat after effort (a heart attack felt as indigestion), a catch in the side on a deep breath,
six weeks "from having my baby", blisters at the hairline, missed races, "without any noticeable
improvement", the third time this year (a recurrence told as over each time still recurs), and,
not raising: "for the first time in years", a crushing deadline.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I have reduced sensation when opening my bowels", "bowel-incontinence", True),
        ("my right hand just stopped doing what I told it", "one-sided-weakness", True),
        ("a pressing pain behind my breastbone", "chest-pain", True),
        ("a catch in my left side when I take a deep breath", "pleuritic-pain", True),
        ("I'm six weeks on from having my baby", "hormonal-clot-risk", True),
        ("I've missed two races now", "limits-function", True),
        ("two weeks of it without any noticeable improvement", "no-progress", True),
        ("third time this year my lower back has gone", "recurrence", True),
        ("swam breaststroke for the first time in years and now my thighs ache", "pain-months",
         False),
        ("crushing deadline week at work, neck in knots", "trauma-mechanism", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Low back pain for five days. Since yesterday reduced sensation when opening my bowels.",
         "emergency"),
        ("An hour ago my right hand just stopped doing what I told it and I dropped the knife.",
         "emergency"),
        ("Pain at the top of my stomach came on while lugging shopping up the hill, I'm sweating "
         "and light-headed.", "emergency"),
        ("More puffed than normal on the stairs and a catch in my left side when I take a deep "
         "breath. Six weeks on from having my baby.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
