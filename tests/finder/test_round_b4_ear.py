"""What held-out style set 289 taught the finder: a texter's "b4 ear" and a learner's "before my
ear" are in front of it (the jaw joint), not the ear itself; and a text's "n" is "and", not a word
left unread.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize("text", ["sore b4 my ear when i chew", "pain before the ear when chewing"])
def test_before_the_ear_is_the_jaw_joint(kb: KnowledgeBase, text: str) -> None:
    regions = {m.region for m in build_query(kb, text=text).marks}
    assert "jaw-joint" in regions and "ear" not in regions, regions


def test_a_texters_n_is_and(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="jaw clicks n hurts b4 ear")
    assert not query.unresolved
    ranked = [c.muscle for c in find(query, kb).candidates]
    assert "lateral-pterygoid" in ranked[:3], ranked[:3]
