"""Words and rules added after held-out sets 784 to 788 (Uist, Islay, Mull and Arran; Newark,
Retford, Gainsborough and Chesterfield; Nantwich, Wednesbury, Tipton and Haverfordwest; English
from Innu, Dene and Inupiaq speakers and from Hopi and Zuni speakers):

- signs: a chest "like a stone on it" is a heavy chest (with a tingly left arm, sickness and
  sweating, a 999), not shoulders "like stone"; the Black Country's "yed" is the head ("summat
  went bang in me yed": a thunderclap headache);
- therapist: "ay made a blind bit of difference" (Black Country "ay", has not) is no progress;
  "can't get a proper night's kip", "can't get up the hill", "can't kneel down any more" limit
  what the person can do;
- what is no sign: "shinty" (the game) is no shin; "they checked me over and said no concussion"
  after a knock on the head is a normal finding.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Message from my brother: chest sore like a stone on it since he finished the shift, "
         "left arm tingly, been sick, sweating. He wants to know what to rub on it.",
         "emergency"),
        ("Straining on the loo and summat went bang in me yed, worst ever, feel sick.",
         "emergency"),
        ("Done all the stretches for me hip a fortnight, ay made a blind bit of difference.",
         "therapist"),
        ("Can't get a proper night's kip for me neck, two weeks now, no fever.", "therapist"),
        ("Took a dead leg off a stick at the shinty, bruise coming out on the thigh.",
         "self-care"),
        ("Banged my head on the loft hatch on Monday, went to the walk-in centre, they checked "
         "me over and said no concussion, and no sickness since. Just my upper back aches.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("chest sore like a stone on it", "heavy-chest", True),
        ("my shoulders are like stone after work", "heavy-chest", False),
        ("summat went bang in me yed", "thunderclap-headache", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)
