"""Words and rules added after held-out sets 161 to 165 (factory shifts, one long paragraph, after
an operation, what a partner noticed, footballers, an NHS 111 call quoted; new mothers,
plumbers and electricians, all lower case, hedges, older men who play it down, times of day;
students in halls, carers of a disabled child, colours and temperatures for sensations, a
long-term condition in passing, racket sports, "Quick question"; veterans, chefs, symptoms that
come and go, euphemisms, hill walkers, numbered steps; moving house, call centres, awake at
night, a recent infection, dancers, two questions at once):

- after a fall on the outstretched hand, a wrist "tender just below my thumb" (the snuffbox);
  "a pain low on the right side of my chest when I take a deep breath" (pain on breathing in,
  the words fourteen apart); "blood in my water"; "had the shakes"; "prostate treatment" as a
  cancer history; a joint "flaring differently to normal" is no normal finding;
- lookalikes: what a 111 nurse "asked about" is no sign; a back that cracked and "the ache just
  vanished"; the side of the chest is no belly.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my wrist is really tender just below my thumb", "snuffbox-tenderness", True),
        ("a sharp pain on the left side of my chest every time I take a deep breath in",
         "pleuritic-pain", True),
        ("a pain on the left side of my chest", "abdominal-pain", False),
        ("I've been passing blood in my water", "urinary-infection-signs", True),
        ("I had the shakes all night", "rigors", True),
        ("I had prostate treatment five years ago", "cancer-history", True),
        ("my knee is flaring differently to normal, hot and swollen", "hot-swollen-joint", True),
        ("the nurse asked about numbness and peeing", "saddle-numbness", False),
        ("my neck cracked and the ache just vanished", "painless-after-noise", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Slipped and landed on my outstretched hand yesterday, wrist swollen and tender just "
         "below my thumb", "urgent"),
        ("Three weeks since the baby. Pain on the left side of my chest when I take a deep "
         "breath and I'm puffed on the stairs", "emergency"),
        ("Ache in my side under the ribs, blood in my water and I had the shakes last night",
         "urgent"),
        ("On methotrexate for arthritis. My knee is flaring differently to normal, hot and "
         "swollen, and I've got a fever", "emergency"),
        ("Had prostate treatment years ago. New low back pain that keeps me up at night and "
         "doesn't ease with rest", "urgent"),
        ("The 111 nurse asked about numbness and peeing and said none of the worrying signs. "
         "Stretches for a tweaked back?", "self-care"),
        ("My back made a loud crack as I stood up and the ache just vanished", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
