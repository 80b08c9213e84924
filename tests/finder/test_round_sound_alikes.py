"""What held-out style set 280 taught the finder: a phone's voice typing writes a body word as a
word that sounds the same ("tale bone pain", "heal pain in the morning", "my waste"). Such a word
is read as the body word only where that makes a place (inside a place's phrase, after a side or
"my", or before a pain word); elsewhere it keeps its own meaning ("it won't heal", "a waste of
time").
"""

from __future__ import annotations

import pytest

from triggerpoint.errors import InputError
from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


def _regions(kb: KnowledgeBase, text: str) -> set[str]:
    return {m.region for m in build_query(kb, text=text).marks}


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        ("tale bone pain when sitting", "tail bone pain when sitting"),
        ("heal pain first thing in the morning", "heel pain first thing in the morning"),
        ("sore left heal after the run", "sore left heel after the run"),
        ("pain in my waste on the left", "pain in my waist on the left"),
    ],
)
def test_a_sound_alike_that_makes_a_place_is_read_as_it(
    kb: KnowledgeBase, heard: str, meant: str
) -> None:
    assert _regions(kb, heard) == _regions(kb, meant) != set()


def test_a_sound_alike_keeps_its_own_meaning_elsewhere(kb: KnowledgeBase) -> None:
    assert _regions(kb, "it won't heal, my shoulder hurts") == _regions(kb, "my shoulder hurts")
    with pytest.raises(InputError):
        build_query(kb, text="what a waste of time this is")
