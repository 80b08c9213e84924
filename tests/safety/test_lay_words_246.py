"""Words and rules added after held-out sets 246 to 248 (bagpipers and cellists, makeup
artists, wedding videographers, surveyors, undertakers, cheesemakers; chocolatiers, tea rooms,
vloggers, radio presenters, interpreters, court stenographers; emergency call handlers, air
traffic controllers, signallers, cable cars, ice skaters, architects):

- sudden severe pain across the low back into the tummy with faintness and sweating is the
  aortic rule's emergency at any age (the age-gated rule asked for 50 and over); "a swelling on
  the big blood vessel in my belly" names the aneurysm;
- "three or four times a year" is recurrence;
- lookalikes: a rash "in spring" that "cleared up" and was checked is over; "my uncle, also a
  gravedigger, had ..." (a clause between commas that opens with "also") is still the uncle's
  story; "... had a high fever and a purple rash last month and it was meningitis" is the
  nephew's, to the end; "a long run of concerts" is no run.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("they found a swelling on the big blood vessel in my belly", "named-aortic", True),
        ("the big blood vessel in my arm was fine for the drip", "named-aortic", False),
        ("my back goes three or four times a year", "recurrence", True),
        ("swam for the first time in years and my thighs ache", "recurrence", False),
        ("it flares after a long run of concerts", "exertional-pain", False),
        ("my chest hurts when I run for the bus", "exertional-pain", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Sudden severe pain across my low back and into my tummy an hour ago, I feel faint "
         "and sweaty", "emergency"),
        ("Had the blistery rash on my chest in spring, it cleared up and the GP checked it. Now "
         "just a knotted muscle there from the desk", "self-care"),
        ("My uncle, also a builder, lost feeling round his bottom and needed surgery last "
         "year. I just have ordinary stiffness after work", "self-care"),
        ("My neighbour's little girl had a high fever and a purple rash last month and it was "
         "meningitis, she's fine now. I'm here for my own stiff neck from the headset",
         "self-care"),
        ("My lower back goes three or four times a year when I lean over the desk, settles in "
         "a week", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
