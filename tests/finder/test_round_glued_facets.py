"""Finder sets 210 to 213: a body chart's codes glue two facets into one ('L-ANKLE-ANTLAT',
'L-THIGH-ANTMED-PROX', 'R-KNEE-POSTLAT'); they are read as the words they stand for
(anterolateral, anteromedial, posterolateral...), so the code ranks as its words do."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query, find
from triggerpoint.knowledge import KnowledgeBase


def top(kb: KnowledgeBase, text: str, n: int = 3) -> list[str]:
    return [c.muscle for c in find(build_query(kb, text=text), kb, text=text).candidates[:n]]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("Body chart: L-ANKLE-ANTLAT 6/10; L-HEEL-LAT 4/10",
         "Body chart: L anterolateral ankle 6/10; L lateral heel 4/10"),
        ("Body chart: R-KNEE-POSTLAT 5/10", "Body chart: R posterolateral knee 5/10"),
        ("Body chart: L-THIGH-ANTMED 6/10", "Body chart: L anteromedial thigh 6/10"),
    ],
)
def test_a_glued_code_ranks_as_its_words(kb: KnowledgeBase, code: str, words: str) -> None:
    assert top(kb, code) == top(kb, words)


def test_the_outer_front_of_the_ankle_brings_peroneus_tertius_first(kb: KnowledgeBase) -> None:
    assert top(kb, "Body chart: L-ANKLE-ANTLAT 6/10; L-HEEL-LAT 4/10; L-FOOT-DORS-LAT 1/10.",
               1) == ["peroneus-tertius"]
