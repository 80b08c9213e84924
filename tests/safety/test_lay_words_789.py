"""Words and rules added after held-out sets 789 to 793 (Caithness, Sutherland and Moray;
Hawick, Galashiels, Annan and Bo'ness; Plymouth, Swindon, Ardrossan and Leven; English from
Temne, Mende, Limba, Kru and Bassa speakers and from Bambara, Soninke, Mossi, Dagbani and Serer
speakers):

- words: Scots "naethin" (nothing), "telt" (told), "whit" (what), "wan o" (one of), "cauld"
  (cold), "heidache", "boakie" (sick), a jaw "nippin" (hurting), "cairry"; Krio and Nigerian
  Pidgin "no get power" (weak) and a muscle that "don thin" (wasted);
- signs: a chest "like somebody's sat on it" is heavy, and a heavy chest with a left arm or jaw
  pain is a 999 (NHS: pain that feels heavy or tight and spreads to the arm); "not managed to
  pass water" and "cannae get the water oot" are urinary retention; "stood at the pan for ages
  and nothing" denies nothing after it;
- therapist: "cannae manage the ladders", "stopped taking the car", "too stiff to check my
  mirrors" (function); an ache that has "worked its way down to the wrist" (spreading);
- what is no sign: what "people say" happens "when" back pain comes with a bladder problem (a
  question about signs); "helped carry him off" (the writer carried someone injured).
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My chest feels like somebody's sat on it since I came in from the garden, and my left "
         "arm is heavy.", "emergency"),
        ("Jaw and left shooder been nippin since teatime, feel boakie and sweaty.", "emergency"),
        ("My husband's backside feels like sitting on a cauld stone and he's not managed to pass "
         "water since last night. Sore back for weeks.", "emergency"),
        ("Since last nicht A cannae get the water oot, stood at the pan for ages an naethin, an "
         "doon below's gone numb.", "emergency"),
        ("Me left fut no get power, e de worse every day since two weeks, and me thigh muscle "
         "don thin.", "urgent"),
        ("Back's that sair I've had tae come aff the boats this week, canna manage the ladders "
         "at aa.", "therapist"),
        ("Neck too stiff to check my mirrors so I've stopped taking the car.", "therapist"),
        ("Ache started at the elbow and over a few weeks it has worked its way down to the "
         "wrist.", "therapist"),
        ("Had a scan o ma leg for a clot, naethin there. Calf still tight fae the ladders.",
         "self-care"),
        ("Ma sister's a nurse an telt me aboot the numb saddle thing. Whit else should A watch "
         "for? Ma back's jist sore.", "self-care"),
        ("People saying when back pain come with pee problem it serious. Which signs I must look "
         "for? Mine is just the muscle.", "self-care"),
        ("Wan o the lads broke his leg at the match, my hamstring's tight since I helped cairry "
         "him off.", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I have not managed to pass water since last night", "urinary-retention", True),
        ("I cannae get the water oot", "urinary-retention", True),
        ("my chest feels like someone sat on it", "heavy-chest", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)
