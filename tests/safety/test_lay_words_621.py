"""Words, rules and context added after held-out sets 621 to 626 (Nottingham, Mansfield and
Worksop; Oldham, Rochdale and Stockport; Dumfries and Galloway and the Borders; Birmingham and
Walsall; Wrexham, Mold and Flint; Southampton, Portsmouth and the Isle of Wight; English from
Lithuanian, Russian, Urdu, Hindko, Polish, Czech, Jamaican Patois, Punjabi, Romanian, Moldovan,
Tamil and Telugu speakers):

- a hand that "became like not mine" and let the cup fall;
- jaw and left shoulder pain that effort brings on (angina is not only in the chest), and that
  came on at rest and "has not gone for 25 minutes";
- "a headache that won't shift ... I'm seeing flashing lights": the writer sees them (a carer's
  "I'm seeing ... on my shift" is still what patients show);
- "clipped on the hard hat" is a blow to the head.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("today my hand became like not mine, cannot hold the cup", "one-sided-weakness", True),
        ("a headache that won't shift with paracetamol and I'm seeing flashing lights",
         "visual-disturbance", True),
        ("on the stroke ward all shift I'm seeing droopy faces", "face-droop", False),
        ("it came on sat at the counter and it's not gone for 25 minutes", "ongoing-minutes",
         True),
        ("Got clipped on the hard hat by a swinging twistlock", "head-injury", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My shoulder hurt after work in the garden. But today my hand became like not mine, "
         "cannot hold the cup, it fall on the floor. Was like this maybe 20 minutes, now is "
         "better.", "emergency"),
        ("Jaw and left shoulder ache. For a few weeks it's come on every time I carry the bags up "
         "the stairs and eases when I sit down.", "urgent"),
        ("Jaw and left shoulder ache. For a few weeks it's come on every time I carry the bags up "
         "the stairs and eases when I sit down. This morning it came on sat at the counter and "
         "it's not gone for 25 minutes, and I feel a bit sick.", "emergency"),
        ("36 weeks, my rib muscles ache. Also got a headache that won't shift with paracetamol, "
         "my feet and face have gone really puffy quite suddenly and I'm seeing flashing lights.",
         "urgent"),
        ("Got clipped on the hard hat by a swinging twistlock. Me neck's sore. There's clear "
         "watery stuff dripping out my nose since, and I ain't got a cold.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
