"""Words and rules added after held-out sets 100 and 101 (a sign told as a change from normal,
students, messages alone at night, medicines by brand name, pub and restaurant staff, polite
older writers; hobbies, a night out, parents of young children, rural life far from a hospital,
short English of sign-language users, checklists with ticks and crosses):

- pain under the right ribs after a fry-up going through to the right shoulder blade (a
  gallstone attack, urgent: a new sourced rule);
- "a strong neck twist assist" from a yoga teacher is a neck manipulation; a rash that "stays
  when I press it" does not fade;
- a checklist's crosses deny their items ("\u2717 swelling \u2717 redness"), its ticks affirm
  theirs;
- "a squeezing pain in my chest that's gone up into my jaw" has spread, not gone away;
- "my 4yo had a fever" is the child's; "nearly fell over" is no fall; "like bubble wrap
  popping" is no crack; a leg gone dead "after sitting on the loo" is a pressed nerve;
  "danced all night" is no night pain; chest tightness "when I stretch my pecs" is no
  exertional pain.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("this came on after a fry up", "after-fatty-meal", True),
        ("I fry up onions for the family after work", "after-fatty-meal", False),
        ("the physio did a strong neck twist at the end", "neck-manipulation", True),
        ("there's a rash on my tummy that stays when I press it", "non-blanching-rash", True),
        ("\u2717 swelling \u2717 redness, only sore when I run", "calf-swelling", False),
        ("\u2713 one leg swollen (left) \u2713 warm to touch", "calf-swelling", True),
        ("a squeezing pain in my chest that's gone up into my jaw", "chest-pain", True),
        ("the squeezing in my chest has gone now", "chest-pain", False),
        ("my 4yo had a fever last week", "fever", False),
        ("I nearly fell over getting up", "fall-or-crash", False),
        ("my back cracks like bubble wrap popping", "crack-heard", False),
        ("my leg went dead after sitting on the loo", "leg-neuro-symptoms", False),
        ("danced in heels all night at the wedding", "night-pain", False),
        ("my chest feels tight when I stretch my pecs", "exertional-pain", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Pain under my right ribs going through to my right shoulder blade since a fry-up an "
         "hour ago. Should I press the knot harder?", "urgent"),
        ("Yoga teacher did a strong neck twist assist yesterday, since then a headache behind my "
         "left eye nothing like my normal ones", "emergency"),
        ("Writing for my son. He's vomiting, very drowsy and there's a rash on his tummy that "
         "stays when I press it", "emergency"),
        ("\u2713 calf tight after my 10k \u2717 swelling \u2717 redness \u2717 warmth "
         "\u2717 breathless. Foam roll or rest?", "self-care"),
        ("Bathing the kids and got a heavy squeezing pain in my chest that's gone up into my "
         "jaw, I feel sweaty. 20 minutes now", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
