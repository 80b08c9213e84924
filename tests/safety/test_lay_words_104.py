"""Words and rules added after held-out sets 104 and 105 (exact numbers, landscapers and tree
surgeons, holidays in hot countries, grandparents on the school run, rushed messages, trigger-point
jargon used loosely; signs first called 'weird' or 'funny', swimmers and divers, recent migrants
writing simple English, carers of an elderly parent, night feeds, several short questions):

- a sudden severe pain in the back and tummy with dizziness and sweating is the torn aorta's
  emergency at any age; "a swelling on the main blood pipe in my belly" is a known aneurysm;
- a bent lower leg after a fall that cannot be stood on is an emergency, and ", can't stand on
  it" is a statement of its own, not in the scope of an earlier "shouldn't";
- "not pain exactly, more like someone sitting on my chest" is a hedge, not a denial;
- "something white showing in the cut" is a bone through the skin;
- "pain in my mid back" is the writer's own after "lifted my granddaughter", and "me: just sore
  pecs" after a colleague's collapse is the writer's own line;
- "hobbling about" is no failure to bear weight; "crunchy gravelly noise" is a noisy neck.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("they said I had a swelling on the main blood pipe in my belly", "aneurysm-known",
         True),
        ("not pain exactly, more like someone sitting on my chest", "chest-pain", True),
        ("there is no pain in my chest at all", "chest-pain", False),
        ("something white showing in the cut on my shin", "open-fracture", True),
        ("hobbling about a bit first thing", "cannot-bear-weight", False),
        ("weird crunchy gravelly noise in my neck when I roll my head", "crack-heard", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My lower back has ached for a day but just now the pain went sudden in my back and "
         "tummy, I'm dizzy and sweaty", "emergency"),
        ("Came off the ladder. My lower leg has a bend in it where there shouldn't be one, "
         "can't stand on it at all", "emergency"),
        ("colleague collapsed with chest pain at work today (he's ok now). me: just sore pecs "
         "from bench yesterday, hurts when I press the muscle", "self-care"),
        ("Funny feeling, not pain exactly, more like someone sitting on my chest since I was "
         "shovelling snow, 20 minutes now, sweating buckets", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
