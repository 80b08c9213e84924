"""Words and rules added after held-out sets 141 to 145 ("then ... then ...", kitchen porters,
"different from my usual", work stories, swimmers, "wait and see?"; newborns, van drivers, food
words, what a mate said, racket sports, the key line in capitals; "lumbago" and "a funny do",
hospital cleaners, left against right, "had it before and it was fine", dancers, bullet points;
long-haul holidays, labourers, "only" and "just", numbers for everything, marathon training, a
question in the subject; period-tracker communities, split shifts, "a bit ago", what they were
doing, mountain bikers, a PS at the end):

- shivering with confusion ("talking rubbish"), no wee since the morning or mottled skin is the
  sepsis the NHS says to call 999 for; a leg "tight like a balloon about to pop"; "came off the
  MTB"; "something poking against the skin"; spreading numbness with a knee that gives way in the
  same sentence; a heavy arm with fingers that "won't do what I tell them" and a sudden start;
- lookalikes: a temperature "checked ... - 36.8, normal" (a reading later in the sentence);
  "dragging broken glass through my leg" is a feeling; "girl in my group chat"; "which exercises
  stop it getting worse?"; an arm that went dead "this morning because I'd slept on it"; "a bit
  ago I had a numb patch, GP checked it"; "a squashed skin nerve"; an ankle that "feels weak"
  is no nerve sign;
- therapist cases: "done all the chin tucks and heat, still ...", "off it goes again", "had to
  go home early".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my wife says I'm talking rubbish", "confusion-drowsiness", True),
        ("my calf is tight like a balloon about to pop", "tense-swollen-limb", True),
        ("came off the MTB on the descent", "trauma-mechanism", True),
        ("something poking against the skin of my shin", "open-fracture", True),
        ("it feels like dragging broken glass through my leg", "named-fracture", False),
        ("it feels like dragging broken glass through my leg", "one-sided-weakness", False),
        ("girl in my group chat got a clot in her leg", "named-blood-clot", False),
        ("which exercises stop it getting worse?", "pain-worsening", False),
        ("the GP said it was a squashed skin nerve", "trauma-mechanism", False),
        ("my ankle feels weak on uneven ground", "leg-neuro-symptoms", False),
        ("my legs feel weak and wobbly on the stairs", "leg-neuro-symptoms", True),
        ("done all the stretches and heat, still stiff", "no-progress", True),
        ("it settles and then off it goes again", "recurrence", True),
        ("I've had to go home early twice", "limits-function", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Cut my hand at work 3 days ago, now I ache all over, I'm shivering, haven't had a wee "
         "since breakfast and my wife says I'm talking rubbish", "emergency"),
        ("After spin my shin is tight like a balloon about to pop, burning pain getting worse for "
         "4 hours even resting", "emergency"),
        ("Came off the MTB, my lower leg is bent halfway down and something is poking against "
         "the skin", "emergency"),
        ("The numb patch down my thigh is spreading every day and now my knee gives way on the "
         "stairs", "urgent"),
        ("right now my right arm is just heavy, can't lift my mug, fingers won't do what I tell "
         "them, started 10 min ago", "emergency"),
        ("Checked my temperature because my back was aching - 36.8, normal. Just aches from "
         "moving boxes", "self-care"),
        ("My whole arm went dead and tingly this morning because I'd slept on it, fine after a "
         "minute", "self-care"),
        ("A bit ago I had a numb patch on my thigh, GP checked it and said it was a squashed "
         "skin nerve, gone now", "self-care"),
        ("Girl in my group chat got a clot in her leg from the pill. My legs are fine, just "
         "period backache", "self-care"),
        ("Neck stiff for 15 days, done all the chin tucks and heat, still can't turn fully",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
