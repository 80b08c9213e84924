"""Words, contexts and combinations added after held-out set 25: half of "whatever he looks at"
gone, a relative's story that goes on to tell how she is now ("... and now she's really
sleepy"), pain "ever since the baby was born 6 months ago", stairs taken "one at a time", and
pain now reaching new places ("now I'm getting knee and hip pain").

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import is_proxy_report, read
from triggerpoint.safety.lexicon import sentences


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("half of whatever she looks at is just missing", "sudden-vision-loss", True),
        ("I take the stairs one at a time now", "limits-function", True),
        ("now I'm getting knee and hip pain on the same side", "spreading", True),
        ("now I'm getting some relief from the heat pad", "spreading", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "days"),
    [("an ache ever since my baby was born 6 months ago", 180),
     ("I fell 6 months ago and my back is fine now", None)],
)
def test_since_ago(kb: KnowledgeBase, text: str, days: int | None) -> None:
    assert read(kb, text).numbers.lasting_days == days


@pytest.mark.parametrize(
    ("text", "proxy"),
    [
        ("my sister was on the sofa and got a sudden headache, and now she's really sleepy", True),
        ("my dad had a heart attack last year. My back hurts", False),
    ],
)
def test_a_story_told_up_to_now(text: str, proxy: bool) -> None:
    assert is_proxy_report(sentences(text)) is proxy


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my sister (45) was on the sofa and said she got this sudden explosive headache out of "
         "nowhere, and now she's really sleepy and confused", "emergency"),
        ("pain across my upper back ever since my baby was born 6 months ago, no other symptoms",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
