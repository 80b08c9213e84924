"""What held-out style sets 180 and 181 taught the finder (warehouse and factory workers; a
chiropractor's intake checklist; distances in fingers or centimetres; new mothers and pregnant
women; a sports physio's assessment; pain that moves through the day), with sets 178 and 179
before them:

- "lower front teeth" (or "bottom front teeth", "lower incisors") is a complaint of its own: of
  the three muscles behind most muscular toothache only the digastric sends pain to the front
  bottom teeth (the masseter's goes to the back teeth, the temporalis's to the upper ones), so its
  list of usual causes puts the digastric first; the place it is read as stays the lower teeth.
- a complaint's own words that hold two places ("bottom front teeth": the bottom, the teeth) are
  read as the one among the complaint's places, not the first found.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize("text", [
    "lower front teeth ache, dentist says they are fine",
    "my bottom front teeth ache and the gum below them",
    "ache in the lower incisors, no dental cause found",
])
def test_lower_front_teeth_put_the_digastric_first(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert [m.region for m in query.marks if m.complaint] == ["lower-teeth"]
    assert find(query, kb).candidates[0].muscle == "digastric"


def test_back_teeth_keep_the_masseter_first(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="toothache in my lower back teeth, dentist found nothing")
    assert find(query, kb).candidates[0].muscle == "masseter"
