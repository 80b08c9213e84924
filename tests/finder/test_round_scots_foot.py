"""What held-out style set 290 taught the finder: Scots and Orkney words for the body and where it
is, as the safety gate already read them: "top o ma fit sair" is the top of the foot ("fit" only
after "ma", as "fit" is also English), "hurdie" the buttock, "whaur" where, "oxter" the armpit,
"lug" the ear (after "ma", a side or "the": "I lug heavy bags" is no ear), "peedie" small.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(("text", "region"), [
    ("top o ma fit sair", "top-of-foot"),
    ("ma left hurdie is sair whaur ye sit", "buttock"),
    ("a sair spot in ma oxter", "armpit"),
])
def test_scots_body_words(kb: KnowledgeBase, text: str, region: str) -> None:
    assert region in {m.region for m in build_query(kb, text=text).marks}


def test_peedie_is_read(kb: KnowledgeBase) -> None:
    assert not build_query(kb, text="peedie sore spot back o right shoulder").unresolved


def test_fit_alone_is_still_english(kb: KnowledgeBase) -> None:
    regions = {m.region for m in build_query(kb, text="I keep fit but my calf is tight").marks}
    assert "top-of-foot" not in regions and "foot" not in regions, regions


def test_lug_as_a_verb_is_no_ear(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="I lug heavy bags all day, low back aches")
    regions = {m.region for m in query.marks}
    assert "ear" not in regions, regions
    assert "ear" in {m.region for m in build_query(kb, text="sair inside ma left lug").marks}
