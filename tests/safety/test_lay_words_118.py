"""Words and rules added after held-out sets 118 to 121 (cruises and festivals, tram drivers, new
injections and supplements, before-and-after, bar staff, diaries with dates; a vaccine or dental
work blamed, postal workers, long-term conditions, "a bit", martial arts, one message per sign;
parents of teenagers, call centres, sleeping in a van, a dog that noticed, cyclists after a crash,
a relative's advice quoted; night nurses in shorthand, removal workers, pendant alarms, weather
and machine metaphors, climbers, "can it wait till Monday"):

- "bilat leg pain" is pain in both legs, and "can't get a stream going" or "barely anything came"
  at the toilet is a bladder that will not empty;
- pain that "comes over in squalls" comes in waves, and wee that "looks like rosé" has blood in it;
- a burning, stinging strip of skin on one side, or one a bra rubbing makes hurt, is nerve pain
  that needs a doctor (shingles before its rash, or after it);
- an arm that "looks thinner" is wasting; numbness "in my thumb" is numbness of the hand;
- "a tender cord-like thing" at the temple is a tender artery;
- "bar manager", "a pt on my ward" are someone else; "For me it's just ..." begins the writer's
  own lines; a neck's "crunchy gravelly" noise is no crack.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("LBP and now bilat leg pain", "both-legs", True),
        ("stood at the toilet ages and barely anything came out", "urinary-retention", True),
        ("the pain comes over in squalls", "colicky-pain", True),
        ("my wee looks like rosé today", "urinary-infection-signs", True),
        ("a burning, stinging strip on my right side", "stinging-skin", True),
        ("the back of my arm looks thinner", "progressive-weakness", True),
        ("numbness in my thumb and index finger", "arm-neuro-symptoms", True),
        ("there's a tender cord-like thing at my temple", "scalp-tenderness", True),
        ("my neck makes a crunchy gravelly sound", "crack-heard", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("LBP since a lifting thing at work, now bilat leg pain and I can't get a stream going at "
         "the toilet", "emergency"),
        ("Pain in my left side round the back comes over in squalls and goes into the groin, my "
         "wee looks like rosé", "urgent"),
        ("Burning, stinging strip of skin from my spine round to my ribs on the left only, for "
         "two days, no rash yet", "doctor"),
        ("Pins and needles started in my thumb and spread to my index finger, and my grip is "
         "getting weaker week by week", "urgent"),
        ("I'm 75 and since last week a throbbing headache at my left temple with a tender "
         "cord-like thing there", "urgent"),
        ("Bar manager's got a calf that's swollen and hot, he's getting it checked. Mine are just "
         "tired from standing, no swelling.", "self-care"),
        ("pt on my ward today had a swollen calf that turned out to be a clot. me - just achy "
         "calves after a long shift, both the same", "self-care"),
        ("My neighbour fell and broke her hip. For me it's just achy thighs after aqua aerobics.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
