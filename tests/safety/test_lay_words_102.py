"""Words and rules added after held-out sets 102 and 103 (people who answer their own question,
signs compared to a film or a game, early starts, a new diagnosis of diabetes or high blood
pressure, motorbike commuters, long apologies; signs told through what others did, pendant
alarms, musicians and singers, early pregnancy, children writing for themselves, group chats):

- after a twist or a fall, the bone itself tender to press is a possible fracture, and "can't
  manage more than a couple of steps on it" is not bearing weight;
- a grip that "has got much weaker" and a thumb muscle that "looks thinner" are weakness getting
  worse;
- "won't let me work with my arm above my head" is pain stopping work, not a weak arm; "can't
  finish my walk" is no failure to bear weight; "a run of nights" is no run; "crunchy gravel
  noises" are a noisy neck; a zing that "stops the second I take the ball off" is a pressed
  knot's referral.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I can't manage more than a couple of steps on it", "cannot-bear-weight", True),
        ("my calves ache so much I can't finish my walk", "cannot-bear-weight", False),
        ("my grip has got much weaker over the last week", "progressive-weakness", True),
        ("my shoulder won't let me work with my arm above my head", "one-sided-weakness",
         False),
        ("every time I'm on a run of nights my neck locks up", "exertional-pain", False),
        ("my neck makes crunchy gravel noises when I turn it", "crack-heard", False),
        ("a zing down my thigh that stops the second I take the ball off", "pressed-referral",
         True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Rolled my ankle off the kerb, big swelling on the outside and the knobbly bone there "
         "is really tender to press", "urgent"),
        ("Pins and needles down my arm, and over 10 days my grip has got much weaker and the "
         "muscle at the base of my thumb looks thinner", "urgent"),
        ("I'm a plasterer and my shoulder won't let me work with my arm above my head for more "
         "than a minute before it aches. No fall", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
