"""Words and rules added after held-out sets 274 to 276 (sous chefs, cocktail bars, food
trucks, school kitchens, youth workers, lecturers; lab technicians, hypnotherapists,
counsellors, anaesthetists, health visitors, orthodontists; milkers, tractor drivers, fruit and
tea pickers, messages written as a list of questions):

- "my head chef (58) ... the left side of his mouth has gone droopy": "my head chef" is a
  person, not the writer's head, so the message is a report about him and his signs count;
- "his chest is being squashed" is chest pain, not a crush injury; "struggling for breath" is
  breathlessness;
- "stops me pipetting" limits work, and "pipetting" is no pitting swelling.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my chest is being squashed", "chest-pain", True),
        ("my chest is being squashed", "trauma-mechanism", False),
        ("my hand got squashed in the door", "trauma-mechanism", True),
        ("I'm struggling for breath", "breathlessness", True),
        ("my wrist aches after pipetting all day", "calf-swelling", False),
        ("my ankle swelling is pitting when I press it", "calf-swelling", True),
        ("the ache stops me pipetting for more than half an hour", "limits-function", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My head chef (58) has had a sore shoulder for weeks. Just now the left side of his "
         "mouth has gone droopy and he can't lift his left arm", "emergency"),
        ("My head is pounding after the night shift and my shoulders are tight", "self-care"),
        ("My boss was hitching the trailer and now says his chest is being squashed, he's gone "
         "white and sweaty and is struggling for breath", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
