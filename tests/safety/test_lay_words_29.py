"""Words, contexts and combinations added after held-out set 29: a call handler's questions
pasted in with their answers ("Q: fever? A: no"), messages relayed in quotes from someone
else, "they sent me home", "say I got a fever...?", a urine test that is no urine sign,
dozing off "at a funny angle", "I'm fine, just achy calves" after a relative's clot, a stream
"like the tap was only half on", an injury "10 weeks ago" that "still grabs", and pain that
"now goes down the back of my thigh".

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
        # a question and its answer are one statement
        ("Q: Any fever? A: no", "fever", False),
        ("Q: Any numbness down below?\nA: none at all", "saddle-numbness", False),
        ("Q: Any numbness? A: between my legs it feels like I sat on ice", "saddle-numbness",
         True),
        ("Q: Passing urine OK? A: took ages to get going, like a tap half on",
         "urinary-retention", True),
        ("not sure my bladder empties fully when I pee", "urinary-retention", True),
        ("peeing normally, my bladder empties completely", "urinary-retention", False),
        # the people who checked the writer are no one else
        ("they did a scan and sent me home", "assessed-normal", True),
        ("my dad's scan was clear, but my calf is swollen", "assessed-normal", False),
        # a supposed sign
        ("Say I got a fever with this, would that change things?", "fever", False),
        ("I suppose the fever is from the flu", "fever", True),
        # a test of the urine is no urine sign
        ("the GP tested my wee for my back pain", "urinary-infection-signs", False),
        ("it stings when I wee and my back aches", "urinary-infection-signs", True),
        # a posture at an angle is no deformity
        ("I dozed off on the couch at a funny angle", "deformity", False),
        ("my wrist is bent at a funny angle", "deformity", True),
        # pain still there, pain that travels
        ("it still grabs when I sprint", "still-painful", True),
        ("now it goes down the back of my thigh", "spreading", True),
        ("the pain goes down when I lie on my back", "spreading", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


def test_an_injury_weeks_ago_still_there_has_lasted_since(kb: KnowledgeBase) -> None:
    text = "Pulled my calf 6 weeks ago. Done the rehab. Still tight on hills."
    assert read(kb, text).numbers.lasting_days == 42
    assert read(kb, "Pulled my calf 6 weeks ago. All healed now.").numbers.lasting_days is None


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # relayed in quotes: her words, her signs
        ("Texts from my wife: 'sudden stabbing pain low in my tummy' 'nearly passed out'. She is "
         "8 weeks pregnant. Any stretches for her?", "emergency"),
        ("Q: Any numbness? A: between my legs feels like sitting on frozen peas. Q: Waterworks? "
         "A: took ages to get going. My low back is sore", "emergency"),
        ("Q: Any numbness? A: no. Q: Waterworks? A: normal. Low back sore after digging",
         "self-care"),
        ("On apixaban, bumped my head, A&E scanned it and sent me home. Mild headache now",
         "self-care"),
        ("My mum got a clot after her knee op. I'm fine, just achy calves from my new job, both "
         "the same", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
