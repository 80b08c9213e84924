"""Words and rules added after held-out sets 48 and 49 (long rambling posts, signs told by what
the body no longer does, euphemisms, nurses' shorthand, very short and very polite messages,
time courses, Scots, Hinglish and West African English):

- a knock to the head on a blood thinner is an emergency (the NHS sends it to A&E);
- "they put a plaster on", "they strapped it": the clinicians, acting on the writer;
- "had a pt with compartment syndrome": a nurse's patient, someone else;
- "Last month when my sciatica flared I had some tingling": what happened then is past;
- "What if ... or trouble weeing": a question runs to the end of its clause;
- "hard like board", "cannot pass stool or fart", "vomiting green": a blocked bowel or a rigid
  tummy, in second-language words;
- shivering with a racing heart after a cut has "gone all red and angry": possible sepsis
  (a new red flag);
- "can't get up on my tiptoes on the left anymore": a weak push-off, like foot drop;
- "worse after sitting" is what sets the pain off, not pain getting worse;
- "hip ache 6 months", "stairs chadhna mushkil ho gaya", "started with one spot ... now it's
  the whole side of my hip".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("they put a cast on my broken wrist and now my fingers are numb", "named-fracture", True),
        ("he broke his wrist", "named-fracture", False),
        ("had a pt with compartment syndrome on shift", "named-compartment-syndrome", False),
        ("Last month when my back flared I had tingling in my foot", "leg-neuro-symptoms", False),
        ("I have tingling in my foot today", "leg-neuro-symptoms", True),
        ("my tummy is hard like board", "rigid-abdomen", True),
        ("I cannot pass stool or fart since yesterday", "no-wind", True),
        ("I was vomiting green this morning", "vomiting", True),
        ("the cut on my hand has gone all red and angry", "recent-infection", True),
        ("I cut my hand on the wire", "recent-infection", False),
        ("I can't get up on my tiptoes on the left", "foot-drop", True),
        ("I can get up on my tiptoes fine", "foot-drop", False),
        ("my back is worse after sitting at work", "pain-worsening", False),
        ("my back keeps getting worse every week", "pain-worsening", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("bumped my head on the shelf an hour ago, I'm on rivaroxaban, neck a bit stiff",
         "emergency"),
        ("What if my back ever came with numbness in the saddle area or trouble weeing - what "
         "should I do? Right now it's a dull ache", "self-care"),
        ("aching all over, shivering and my heart is racing, the cut on my leg has gone red and "
         "angry", "urgent"),
        ("my glute ache 6 months, no injury, it just won't go away", "therapist"),
        ("Knee ke around muscle tight hai, stairs chadhna mushkil ho gaya", "therapist"),
        ("Started with one sore spot in my glute when I took up running, now it's the whole "
         "side of my hip", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
