"""Finder sets 198 to 225: clinical notes name a flat or rolling-in foot as "pes planus",
"over-pronation" or "a pronated foot", and the tibialis posterior's list of what strains it says
so as well as the lay words, so a note with those words gives the muscle the small bonus that
"flat feet" gives in a forum post."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase


def _score(kb: KnowledgeBase, text: str, muscle: str) -> float:
    found = find(build_query(kb, text=text), kb, text=text).candidates
    return next(c.score for c in found if c.muscle == muscle)


@pytest.mark.parametrize("words", ["pes planus L", "pronation L", "over-pronation L"])
def test_a_flat_foot_in_clinical_words_counts(kb: KnowledgeBase, words: str) -> None:
    plain = "c/o L Achilles-area ache spreading into the heel and sole, 6/52."
    assert _score(kb, f"{plain} O/E {words}.", "tibialis-posterior") > _score(
        kb, f"{plain} O/E normal gait.", "tibialis-posterior")


def test_the_words_are_in_the_muscles_list(kb: KnowledgeBase) -> None:
    said = " ".join(kb.muscles["tibialis-posterior"].aggravated_by)
    assert "pes planus" in said and "pronat" in said
