"""Words and rules added for misses of the earliest held-out sets that stayed open: a discourse
marker that holds a negation's words ("don't laugh but I think I wet myself"), what someone else
did to the writer ("someone T-boned us"), waking or finding oneself wet, breathlessness told by
speech ("can't get through a sentence without stopping for air"), an age told as "Now 70", and
tummy and back pain that will not go away after 60 (an unburst aortic aneurysm, NHS).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import read


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("don't laugh, but I think I wet myself on the train", "urinary-incontinence", True),
        ("not gonna lie, I wet myself at the shops", "urinary-incontinence", True),
        ("I found myself wet twice and never felt it", "urinary-incontinence", True),
        ("woke up and my knickers were damp, no idea when it happened",
         "urinary-incontinence", True),
        ("night sweats, the sheets soaked through", "urinary-incontinence", False),
        ("my hair was still wet from the shower", "urinary-incontinence", False),
        ("someone went into the back of us at a roundabout", "trauma-mechanism", True),
        ("a guy knocked me off my bike", "trauma-mechanism", True),
        ("someone at work came off his bike", "trauma-mechanism", False),
        ("I can't get through a sentence without stopping for air", "breathlessness", True),
        ("I keep stopping for breath on the stairs at home", "breathlessness", True),
        ("I stopped for a coffee and a breather", "breathlessness", False),
        ("the ache has been there weeks", "gradual-onset", True),
        ("the tummy ache just will not go away", "still-painful", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "age"),
    [("Now 70, and my hip aches", 70), ("Now 7/10 after the walk", None),
     ("now 15 minutes of stretching a day", None)],
)
def test_age_told_after_now(kb: KnowledgeBase, text: str, age: int | None) -> None:
    assert read(kb, text, []).numbers.age == age


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Don't judge me but I think I wet myself on the bus and didn't notice. Sciatica down "
         "my leg for two weeks.", "emergency"),
        ("A van went into the side of us at 50 yesterday. Today my low back is killing me.",
         "emergency"),
        ("On the pill, drove 14 hours yesterday. Ache under my shoulder blade and now I can't "
         "get through a sentence without stopping for air.", "emergency"),
        ("Now 72. A nagging tummy ache and a low back ache, both been there weeks.", "doctor"),
        ("I'm 68 and my low back has ached for a month since the move; my tummy is fine.",
         "therapist"),
        ("it hit me that I had been sitting all day and my back ached", "self-care"),
        ("I'm 35, tummy ache and back ache for weeks with my period cramps", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
