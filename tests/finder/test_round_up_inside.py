"""What held-out style set 188 taught the finder: "up inside the bum" (a cyclist's deep ache after
long hours in the saddle) names the anus and rectum, where the pelvic floor sends its pain; it had
been read as the buttock, which put gluteus maximus first. "Inside my bum cheek" stays the buttock.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize("text", [
    "deep ache by my tailbone and up inside the bum after a long ride",
    "sore up the bum and round the tailbone when I sit on hard chairs",
])
def test_up_inside_the_bum_is_the_back_passage(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert "anus-and-rectum" in {m.region for m in query.marks}
    assert find(query, kb).candidates[0].muscle == "pelvic-floor"


def test_inside_a_bum_cheek_is_still_the_buttock(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="deep pain inside my bum cheek")
    assert [m.region for m in query.marks] == ["buttock"]
