"""Words and rules added after held-out set 36: a limb that "doesn't match the other side"
after a fall, a swollen joint that cannot be used after an injury, Marfan syndrome with sudden
severe pain, Scots "wee" before a body part, "theyre"/"shes" typed without an apostrophe, a
habitual worry ("I do worry about clots"), a trip being planned, "one of the lads", a verb and
its particle that hold only an object between them ("running has spread over" is no "run
over"), and "nightly", which is not any "night".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("since the fall my wrist doesn't match the other side", "deformity", True),
        ("my wrists match, both fine", "deformity", False),
        ("I have Marfan syndrome", "aneurysm-known", True),
        ("ma wee toe went numb at the show", "saddle-numbness", False),
        ("I had a wee accident in my pants, didn't feel it", "urinary-incontinence", True),
        ("I do worry about clots on long flights", "named-blood-clot", False),
        ("I'm worried this is a clot", "named-blood-clot", True),
        ("planning a long flight in the spring", "immobility", False),
        ("One of the lads at work collapsed last week. My low back is sore from the forklift.",
         "fainting", False),
        ("the tightness from running has spread over my calf", "trauma-mechanism", False),
        ("a car ran me over on the crossing", "trauma-mechanism", True),
        ("I ran over to the shop", "trauma-mechanism", False),
        ("I slept badly last night", "night-pain", False),
        ("the ache wakes me nightly", "night-pain", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My 15yo fell off his bike yesterday onto his hand. His wrist is swollen and he can't "
         "grip a cup. Which forearm stretches?", "urgent"),
        ("I have Marfan syndrome and just felt a sudden awful pain between my shoulder blades "
         "while lifting", "emergency"),
        ("shes having a stroke i think, her face has dropped and she cant lift her arm",
         "emergency"),
        ("my traps are so tight its like theyre having a heart attack lol", "self-care"),
        ("Slept badly last night on the sofa and my neck is stiff this morning", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
