"""Words and rules added after held-out sets 88 and 89 (self-filled forms with the sign under
"Other", "update:" and "forgot to say", English of Polish, Romanian, Arabic and Portuguese
speakers, people on their feet all day, what the body did; lists with one sign in the middle,
cancer treatment and immunosuppressants, alone at night, painkiller counts, falls in sport,
"literally"):

- "nothing like my normal headaches" is unlike the usual, no normal finding; "like someone had
  swung a bat into the back of my head"; "walked into the corner of a kitchen cupboard", "a bump
  on my head" (a knock to the head); "a tender throbbing vessel on the side of my forehead" (giant
  cell arteritis); "walking on a boat" (unsteady walking); tingling that climbs from the toes with
  legs that struggle on the stairs (a spreading weakness); double vision with a rigid neck (a
  torn neck artery).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("10/10 in a second, nothing like my normal headaches", "thunderclap-headache", True),
        ("a dull ache, just like my normal headaches", "thunderclap-headache", False),
        ("it felt like someone had swung a bat into the back of my head", "thunderclap-headache",
         True),
        ("I walked into the corner of a kitchen cupboard", "head-injury", True),
        ("a tender throbbing vessel on the side of my forehead", "scalp-tenderness", True),
        ("I feel like I'm walking on a boat", "gait-disturbance", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Walked into the corner of a cupboard yesterday, today I've thrown up twice",
         "emergency"),
        ("It came on all at once, my neck is rigid now and I'm seeing double", "emergency"),
        ("Aged 68, a tender throbbing vessel on the side of my forehead and my eye went blurry",
         "emergency"),
        ("The tingling started in my toes a few days ago, now it's up to my knees, and today I "
         "struggled up the stairs", "urgent"),
        ("Neck's achy, my hands have gone clumsy and I feel like I'm walking on a boat",
         "urgent"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
