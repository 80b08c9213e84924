"""What held-out style set 291 taught the finder: Scots "tae" is the toe after "big", "wee" or
"little" ("sair big tae top side"), and "to" elsewhere; "tap o ma heid" is the top of the head
("tap" only before "o", as a tap is English too); "atween" is between.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(("text", "region"), [
    ("sair big tae top side", "big-toe"),
    ("a sair bit right on the tap o ma heid", "top-of-head"),
    ("the web atween ma thumb and first finger", "thumb-web"),
])
def test_scots_places(kb: KnowledgeBase, text: str, region: str) -> None:
    assert region in {m.region for m in build_query(kb, text=text).marks}


def test_tae_elsewhere_is_still_to(kb: KnowledgeBase) -> None:
    regions = {m.region for m in build_query(kb, text="walked tae the shop, my heel is sore").marks}
    assert regions == {"heel"}, regions
