"""Words and rules added after held-out sets 64 and 65 (English around the world and mixed with
other languages; very short and very long messages, lists of everything tried):

- Nigerian Pidgin "both side of my yansh don numb" (numbness where one sits) and "I no fit hold
  my shit" (losing control of the bowels); a parent's "his body is very hot" (a fever) and "not
  answering me well" (drowsiness); Hinglish "phail gaya" and "now aches over my whole upper
  back" (spreading);
- a fall with a headache in someone on a blood thinner is a head injury on blood thinners.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("since morning both side of my yansh don numb", "saddle-numbness", True),
        ("my yansh no numb at all", "saddle-numbness", False),
        ("today I no fit hold my shit", "bowel-incontinence", True),
        ("my daughter is 4, her body is very hot since evening", "fever", True),
        ("My son is 6 and since tonight he is sleepy and not answering me well",
         "confusion-drowsiness", True),
        ("the knot now aches over my whole upper back", "spreading", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("fell down the stairs this morning, I take warfarin, headache getting worse",
         "emergency"),
        ("fell down the stairs this morning, I take warfarin, just a bruised shin", "self-care"),
        ("My son is 5, his body is very hot, he is sleepy and not answering me well, small rash "
         "on his tummy", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
