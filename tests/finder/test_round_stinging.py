"""Finder sets 242 and 243: "stinging" is the gracilis' sign however it is punctuated. The
synonyms "hot stinging" and "stinging pain" did not reach "hot, stinging, superficial pain" (a
phrase does not run over commas), so the sign was lost in the way most writers put it."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize("text", [
    "hot, stinging, superficial pain down the inside of my right thigh",
    "stinging line inner thigh down to knee",
])
def test_stinging_reads_as_the_sign(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert "hot-stinging-pain" in query.symptoms
    top = [c.muscle for c in find(query, kb, text=text).candidates[:2]]
    assert "gracilis" in top


def test_a_deep_inner_thigh_ache_is_not_the_sign(kb: KnowledgeBase) -> None:
    text = "deep ache down the inside of my right thigh from the groin"
    assert "hot-stinging-pain" not in build_query(kb, text=text).symptoms
