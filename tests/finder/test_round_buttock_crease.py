"""What held-out style sets 162 and 163 taught the finder (older people who say when in the day
it hurts, a podiatrist's and a hand therapist's notes, drawings shaded light, medium or dense;
students' slang, an osteopath's referral letter, drawings listed as front view and back view):

- the crease or fold of a buttock is its lower edge, where the hamstrings refer ("the crease of
  my left buttock", "the bottom crease of my butt cheek"); the crease of the elbow and of the
  wrist keep their own places.

And what sets 164 and 165 taught it (plasterers, mechanics and bakers; a GP's referral summary;
drawings as a grid of zones with ticks; hobbies; an acupuncturist's notes; marks under body-area
headings):

- a zone grid's "unticked:" list names places that do not hurt, as "not marked:" does.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder.build import build_query
from triggerpoint.knowledge import KnowledgeBase


def _regions(kb: KnowledgeBase, text: str) -> list[str]:
    return [m.region for m in build_query(kb, text=text).marks]


@pytest.mark.parametrize(("text", "region"), [
    ("pain in the crease of my left buttock", "lower-buttock"),
    ("sore at the bottom crease of my right butt cheek", "lower-buttock"),
])
def test_the_crease_of_a_buttock_is_its_lower_edge(kb: KnowledgeBase, text: str,
                                                   region: str) -> None:
    assert region in _regions(kb, text)


@pytest.mark.parametrize(("text", "region"), [
    ("the crease of my elbow hurts", "elbow-crease"),
    ("wrist crease pain", "front-of-wrist"),
])
def test_other_creases_keep_their_places(kb: KnowledgeBase, text: str, region: str) -> None:
    assert _regions(kb, text) == [region]


def test_unticked_zones_do_not_hurt(kb: KnowledgeBase) -> None:
    text = "zone grid: L upper inner buttock \u2713 | L low back \u2713 | unticked: legs, groin"
    regions = _regions(kb, text)
    assert "upper-buttock" in regions
    assert "groin" not in regions and "calf" not in regions
