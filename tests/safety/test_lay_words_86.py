"""Words and rules added after held-out sets 86 and 87 (medical words used half-right, a sign told
inside a sentence about something else, two timelines, transcribed voice notes, the gym, the pool
and the slopes, rural Ireland, Wales and the Highlands; a partner worried about the writer's
mood, young men who joke, readings from a device, long COVID, ME and POTS, late pregnancy and the
weeks after birth, a massage booked for someone else):

- in later pregnancy, a bump that "has gone hard and stays hard", or bleeding with pain, is an
  emergency (a new red flag, `pregnancy-bleeding-or-constant-pain`, from NHS maternity pages);
  "I'm 33 weeks" is later pregnancy; "there's a little fresh blood" near the pregnancy is
  bleeding; "leaked in my trousers without even knowing" (incontinence); "the backs of my thighs
  feel like cardboard" and "wiping feels like doing it through a thick glove" (saddle
  numbness); "brought up something brown that smelled awful" (vomiting);
- lookalikes: "one of the young lads on our team" is someone else; "lifting him has given me a
  sore lower back" is the writer's own complaint, so a father's stroke last week is his; a head
  bump that "stays hard" is no pregnant bump.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I'm 33 weeks and my back aches", "later-pregnancy", True),
        ("my bump has gone hard and stays hard", "rigid-abdomen", True),
        ("the bump on my head has gone hard", "rigid-abdomen", False),
        ("I've leaked in my trousers twice without even knowing I needed to go",
         "urinary-incontinence", True),
        ("the backs of my thighs feel like cardboard", "saddle-numbness", True),
        ("wiping after the loo feels like doing it through a thick glove", "saddle-numbness",
         True),
        ("I brought up something brown that smelled awful", "vomiting", True),
        ("One of the young lads on our team took a belt to the head and was sick",
         "head-injury", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I'm 33 weeks, in the last hour my bump has gone hard and stays hard and there's a "
         "little fresh blood", "emergency"),
        ("lifted a calf on Tuesday, low back in bits, this morning I've leaked in my trousers "
         "without even knowing", "emergency"),
        ("my belly is swollen up tight like a drum, I haven't passed wind and I brought up "
         "something brown", "emergency"),
        ("My dad's mouth went crooked last week and they rushed him in. Lifting him since has "
         "given me a sore lower back", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
