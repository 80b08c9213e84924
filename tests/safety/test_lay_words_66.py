"""Words and rules added after held-out sets 66 and 67 (older men's understatement, carers
quoting the person, typing errors; athletes' training language, sensations from the inside, a
question about a tool):

- "a bit of bother with the waterworks ... can't seem to get going" (retention); "gone bum round
  my back passage" (numb, mistyped); "can't put my chin to my chess" (a stiff neck, mistyped);
  "the light is killing my eyes"; "an indigestion feeling that won't go" (chest pain); "I'm grey
  according to my husband"; "something awful is about to happen"; chest pain that "came at
  rest";
- lookalikes: "check his blind spot" is no sudden blinding headache; a brother-in-law's story is
  someone else's.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a bit of bother with the waterworks since last night", "urinary-retention", True),
        ("it's gone bum round my back passage", "saddle-numbness", True),
        ("I cant put my chin to my chess", "neck-stiffness", True),
        ("the light is killing my eyes", "photophobia", True),
        ("an indigestion feeling that won't go", "chest-pain", True),
        ("I'm grey according to my wife", "sweating-clammy", True),
        ("I can't check my blind spot when reversing", "thunderclap-headache", False),
        ("my brother-in-law had that cauda equina thing, numb down below and all that. My own "
         "low back is just achy from the caravan", "saddle-numbness", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("neck so stiff I cant put my chin to my chess, high temp and throwing up since this "
         "afternoon", "emergency"),
        ("A squeezing band across my chest when I climb stairs, and this morning it came at rest "
         "and has not eased.", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
