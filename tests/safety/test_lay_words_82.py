"""Words and rules added after held-out sets 82 and 83 (wheelchair users, amputees, MS and
spinal injury, people abroad, fasting, pasted text exchanges, bullet lists, a pharmacist's advice;
people in their eighties and nineties writing formally, DIY accidents, social-media
self-diagnosis, emoji, the morning after, a trade's words):

- "I can't feel the catheter going in" and "I can no longer tell when my bladder is full" (a
  bladder change); "the parts I sit upon feel as though they belong to somebody else" (saddle
  numbness); "my back seized up"; "my head went like something burst at the back of it"; after
  a fall onto the ribs, getting breathless with severe pain (a collapsed lung, an emergency); a
  "teacup slipped from my right hand", an arm that "wouldn't do as it was told", "the word
  'umbrella' came out instead", "the corner of my mouth would not hold the soup"; "the left half
  of every ticket just wasn't there"; "my leg cast only came off last week" (a long spell without
  moving); "saw stars" (a knock to the head); blisters "bunched together" (shingles); an em dash
  ends a clause, so "couldn't read the tickets — the left half ..." is no denial of what follows;
- lookalikes: "the weird thing is my sit bones" is no bent bone; "gone this morning and my
  eyesight is fine" is no sight gone; "shouted to the wife" speaks to her, the signs are the
  writer's.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I can't feel the catheter going in at all", "bladder-change", True),
        ("I can no longer tell when my bladder is full", "bladder-change", True),
        ("I'm peeing without really feeling it come", "bladder-change", True),
        ("the parts I sit upon feel as though they belong to somebody else", "saddle-numbness",
         True),
        ("my back seized up lifting the bike", "back-pain", True),
        ("my head went like something burst at the back of it", "thunderclap-headache", True),
        ("my teacup slipped from my right hand twice", "one-sided-weakness", True),
        ("the arm just wouldn't do as it was told", "one-sided-weakness", True),
        ("the word umbrella came out instead", "speech-disturbance", True),
        ("the right corner of my mouth would not hold the soup", "face-droop", True),
        ("I couldn't read it properly \u2014 the left half of every ticket just wasn't there",
         "sudden-vision-loss", True),
        ("my leg cast only came off last week", "immobility", True),
        ("took a knock in the scrum and saw stars", "head-injury", True),
        ("tiny blisters bunched together on my side", "shingles-rash", True),
        ("the weird thing is my sit bones ache", "deformity", False),
        ("the migraine has gone this morning and my eyesight is fine", "sudden-vision-loss",
         False),
        ("I shouted to the wife and what came out was gibberish", "speech-disturbance", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Came off my bike onto the kerb, my ribs are agony and I'm getting more and more "
         "breathless", "emergency"),
        ("I have MS and self-catheterise; my back went this week and now I can't feel the "
         "catheter going in", "emergency"),
        ("my back seized up last week and since yesterday I'm peeing without really feeling it",
         "emergency"),
        ("rib pain every time I breathe in, my leg cast came off last week and my heart is "
         "racing", "emergency"),
        ("A stubborn knot in my shoulder now prevents me from reaching the top cupboard",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
