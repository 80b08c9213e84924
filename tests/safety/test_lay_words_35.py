"""Words added after held-out set 35: not realising one needed a poo until it was happening, a
wrist with "a step in the shape of it" that "grates" when moved, and a smile where "only one
side of her mouth lifts".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I haven't realised I needed a poo until it was already happening",
         "bowel-incontinence", True),
        ("I needed a poo after my coffee", "bowel-incontinence", False),
        ("there's a step in the shape of my wrist", "deformity", True),
        ("it grates when I move it", "crack-heard", True),
        ("when she smiles only one side of her mouth lifts", "face-droop", True),
        ("she smiles a lot at work", "face-droop", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Achy low back for a week and twice I haven't realised I needed a poo until it was "
         "already happening", "emergency"),
        ("My mum is sitting with me. When she smiles only one side of her mouth lifts and she "
         "can't lift her left arm", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
