"""Words and rules added after held-out sets 191 to 195 (a pharmacy chat, scaffolders, a whole
history first, new sports in retirement, capital letters, what could not be done this morning;
night-sky watchers, a baby written for, a symptom checker's questions answered, taxi drivers,
humour, late pregnancy and after the birth; a family member's eyes, gamers, numbered steps,
farm work, brand names, holidays abroad; early bakers, medical words used loosely, the question
first, dancers, a long-term condition in passing, an elderly neighbour; a fall at home,
skateboarders, two problems in one, call centres, days of the week, "probably nothing but"):

- "couldn't do my buttons up with my left hand" (clumsy hand); "half the words on the left side
  just weren't there" (half the sight gone); "no helmet, blacked out" denies nothing; "when I
  got there just now she couldn't get her words out": where the writer went is no complaint of
  their own; "Numbness/fever/weakness/bladder problems: none" denies every item of its key;
  "Improved: no"; "for a fortnight now and I still get a pinch"; "then does it again next time";
  "won't let me lift my arm"; back pain from pregnancy that "never fully went away";
- lookalikes: the "IT band" is no band of rash; "lying on a lounger at a weird angle" is no
  deformity; "the lady across the road" had the stroke, not the writer.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("this morning I couldn't do my buttons up with my right hand", "hand-clumsiness", True),
        ("reading the news, half the words on the right side were just missing",
         "sudden-vision-loss", True),
        ("fell off my board, no helmet, blacked out for a bit", "fainting", True),
        ("foam rolling my IT band makes it pop and crunch", "shingles-rash", False),
        ("slept on the sofa at a weird angle and my neck is stiff", "deformity", False),
        ("Numbness/fever/weakness: none", "fever", False),
        ("Improved: no", "no-progress", True),
        ("doing the stretches for a fortnight now and I still get the ache", "no-progress",
         True),
        ("my back locks up, settles, then does it again a month later", "recurrence", True),
        ("my shoulder won't let me lift my arm to the shelf", "limits-function", True),
        ("the hip pain from pregnancy never fully went away", "pain-months", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("this morning i couldnt do my buttons up with my left hand and half the words on the "
         "left side of the page just werent there. my neck is tight as usual", "emergency"),
        ("My neighbour is 80 and asked me to rub her shoulder. When I got there just now she "
         "couldn't get her words out and kept dropping her cup", "emergency"),
        ("Came off the skateboard, no helmet, blacked out for a minute. Now a headache and a sore "
         "shoulder", "emergency"),
        ("The man across the road was taken in with a stroke. My own neck is just stiff from my "
         "phone", "self-care"),
        ("Cricked my neck lying on a lounger at a weird angle. No headache, no dizziness",
         "self-care"),
        ("Duration: 3 weeks\nTried: stretches for over 2 weeks\nImproved: no\n"
         "Numbness/fever/weakness/bladder problems: none", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
