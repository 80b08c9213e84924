"""Words, rules and context added after held-out sets 408 to 413 (Geordie, Mackem, Teesside and
Barrow speech; Texas, New York, California and Deep South English; a roofer's mate, a zookeeper, a
tattoo artist, a kitchen fitter, a refuse driver and a sign-language interpreter; messages mostly
about something else, and messages that correct themselves; English from Persian, Kurdish,
Pashto, Tigrinya and Albanian speakers; parents of teenagers who play it down, partners of
stubborn spouses, children of parents who live alone):

- a foot that scuffs with a hand that knocks things over, on the same day, is a stroke's sign
  (`stroke-fast-signs`); "knocked his tea over with his left hand" (clumsy hands);
- "won't let anyone touch her ankle" is guarding, not a denial of the ankle;
- "Am 71, ex smoker." (an age with the "I" left out); "numb around my junk"; "hasn't eased off
  even though I've sat down" (not eased by rest); burning pain "like a band" with blisters
  (shingles); a "watery clear thing" from the nose (no clear scan).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("she knocked her cup over with her left hand twice", "hand-clumsiness", True),
        ("I will not let anyone touch my ankle, it is red and hot and I cannot move it",
         "hot-swollen-joint", True),
        ("numb around my junk since yesterday", "saddle-numbness", True),
        ("it has not eased off even though I have sat down", "not-eased-by-rest", True),
        ("burning pain on one side of my ribs like a band", "one-sided-band", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Dad (70): since lunch he's scuffing his left foot and knocked his tea over with his "
         "left hand twice. Stretches for his hip?", "emergency"),
        ("12 year old won't let anyone touch her knee, it's red and hot, temp 39.",
         "emergency"),
        ("Am 74, ex smoker. Sudden pain in my lower back and tummy while sat down, I feel faint "
         "and grey.", "emergency"),
        ("Pressure in my chest like someone sitting on me since shovelling snow, and it hasn't "
         "eased off even though I've sat down.", "emergency"),
        ("Slipped on the ice and hit the back of my head, now a watery clear thing is coming "
         "from my nose.", "emergency"),
        ("Burning pain on one side of my ribs like a band for 3 days, today small blisters on "
         "the same place.", "urgent"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
