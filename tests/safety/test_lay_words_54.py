"""Words and rules added after held-out sets 54 and 55 (understatement, simple words, device
readings, writing on the move, grandparents babysitting, trigger-point jargon, self-diagnosis
from the internet, precise timing, Scots and Irish English):

- "came on like a rip" is tearing pain; "big and hot", "fat and red" a hot swelling; "hot and
  shaky" a fever; a red-spotted band "like a belt" on one side is shingles; "lost the whole left
  side of what I can see" is lost sight; "too stiff to check my blind spot" limits function;
- a sore calf and then pain on breathing in is a clot that may have moved to the lung;
- lookalikes: "the guy next to me is coughing up blood" (someone else; "next to me" no longer
  ends the scope), "could not drinking give me kidney stones?" (a question about a cause), "a
  kidney infection in January, antibiotics cleared it completely", "we were worried about giant
  cell arteritis" (a fear allayed); and the other way round, "the other leg's fine" makes a red,
  warm calf one-sided instead of saying it is normal, and "leg day, shins so tight and swollen"
  is no gym soreness.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("upper back pain came on like a rip an hour ago", "tearing-pain", True),
        ("ripped up the old carpet and my back aches", "tearing-pain", False),
        ("my knee is big and hot", "hot-swelling", True),
        ("I feel hot and shaky", "fever", True),
        ("I suddenly lost the whole left side of what I can see", "sudden-vision-loss", True),
        ("the guy next to me on the bus is coughing up blood", "coughing-blood", False),
        ("I had a kidney infection in January, antibiotics cleared it completely",
         "named-kidney-problem", False),
        ("the calf has gone red and warm, the other leg's fine", "calf-warm-red", True),
        ("did leg day, shins are so tight and swollen now", "tense-swollen-limb", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my knee is big and hot. it hurts a lot. i feel hot and shaky.", "emergency"),
        ("Calf was sore for a week. Now a sharp pain in my side when I breathe in.", "emergency"),
        ("could fasting give me kidney stones? For now I just have tight hamstrings.",
         "self-care"),
        ("My calf's been throbbing since the long bus trip, it's puffy and gone red and warm, "
         "the other leg's fine", "urgent"),
        ("We were worried about giant cell arteritis because I'm 58, but my bloods came back "
         "normal and the GP said it's a tension headache", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
