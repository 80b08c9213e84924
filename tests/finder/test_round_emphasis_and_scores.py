"""What held-out style sets 144 and 145 taught the finder (dental hygienists, Canadian English,
'Region (Side): n/10' exports, tick-box intake forms, one-thumb queries, apologetic posts;
mosaic tilers, volleyball setters, lists copied from an app, SOAP notes, scores first, a
hospital car park):

- a drawing's own scores weigh its places ('R front chest 6; R front of shoulder 5; R inner arm
  3', 'Back of head (Left): 6/10'): the side in brackets after a place is its side, not a view;
- words of emphasis make one place the main one ('right temple worst, spreads to eye',
  'mainly the front of my shoulder'); 'worst when I sit' is about a time, not a place;
- 'right chest' is no breastbone: a side leaves out a broad word's midline parts;
- 'stitch in side' is the side stitch whatever small words it is written with, so the stitch's
  own list of usual causes applies (the serratus anterior first);
- 'the lower ribs at the back' are the mid back alone (the atlas's lower ribs are the front's);
- the rotatores, whose references give only pain at the spine beside the spot, come after the
  muscles whose mapped pattern covers the place, unless the pain is on the spine itself.
"""

from __future__ import annotations

import pytest

from triggerpoint.finder import find
from triggerpoint.finder.build import build_query
from triggerpoint.finder.engine import model_for
from triggerpoint.knowledge import KnowledgeBase


def _ranked(kb: KnowledgeBase, text: str) -> list[str]:
    query = build_query(kb, text=text, top=len(kb.muscles))
    return [c.muscle for c in find(query, kb, text=text).candidates]


def _marks(kb: KnowledgeBase, text: str) -> list[tuple[str, str, float | None]]:
    return [(m.region, m.side, m.intensity) for m in build_query(kb, text=text).marks]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("R front chest 6; R front of shoulder 5; R inner arm 3",
         [("chest", "right", 6.0), ("front-of-shoulder", "right", 5.0),
          ("inner-upper-arm", "right", 3.0)]),
        ("Back of head (Left): 6/10\nBehind eye (Left): 5/10\nAbove eye (Left): 3/10",
         [("back-of-head", "left", 6.0), ("behind-the-eye", "left", 5.0),
          ("eyebrow", "left", 3.0)]),
        ("L calf 4 out of 10\nR calf 2 out of 10", [("calf", "left", 4.0), ("calf", "right", 2.0)]),
    ],
)
def test_a_drawing_scores_each_place(
    kb: KnowledgeBase, text: str, expected: list[tuple[str, str, float | None]]
) -> None:
    assert _marks(kb, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "neck pain 7/10 since 03/10/2024; shoulder fine",  # a date is no score
        "pain in my neck for 2 weeks; top of my shoulder 5",  # one scored item: the text's
        "neck 5/10\nshoulder 5/10",  # the same score everywhere weighs nothing
    ],
)
def test_no_scores_of_their_own(kb: KnowledgeBase, text: str) -> None:
    scores = {intensity for _, _, intensity in _marks(kb, text)}
    assert len(scores) == 1, _marks(kb, text)


def test_the_main_place_weighs_more(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="right temple worst, spreads to eye")
    assert [(m.region, m.emphasis) for m in query.marks] == [("temple", "main"), ("eye", None)]
    temple, eye = model_for(kb).mark_weight(query.marks)
    assert eye < temple
    query = build_query(kb, text="mainly the front of my shoulder, also the upper arm")
    assert [m.emphasis for m in query.marks][0] == "main"


@pytest.mark.parametrize(
    "text",
    [
        "neck and shoulder ache, worst when I sit at the desk",
        "heel and arch, worst first thing in the morning",
        "temple and eyebrow ache",
    ],
)
def test_no_main_place(kb: KnowledgeBase, text: str) -> None:
    query = build_query(kb, text=text)
    assert all(m.emphasis is None for m in query.marks)
    assert len(set(model_for(kb).mark_weight(query.marks))) == 1


def test_a_side_leaves_out_the_midline_parts(kb: KnowledgeBase) -> None:
    (mark,) = build_query(kb, text="right chest ache").marks
    assert "breastbone" not in (mark.region, *mark.alternatives)
    (mark,) = build_query(kb, text="chest ache").marks
    assert "breastbone" in mark.alternatives


@pytest.mark.parametrize("text", ["stitch in side when running", "stitch in my side",
                                  "side stitch when running"])
def test_a_stitch_however_written(kb: KnowledgeBase, text: str) -> None:
    assert _ranked(kb, text)[0] == "serratus-anterior"


def test_the_lower_ribs_at_the_back(kb: KnowledgeBase) -> None:
    ranked = _ranked(kb, "nagging ache over my lower ribs at the back on the right")
    assert ranked[0] == "serratus-posterior-inferior", ranked[:3]


def test_pain_on_the_spine_itself(kb: KnowledgeBase) -> None:
    assert _ranked(kb, "mid back pain beside the spine")[0] != "rotatores"
    ranked = _ranked(kb, "mid back ache right on the spine itself, sore when I tap the bones")
    assert set(ranked[:2]) <= {"rotatores", "multifidi"}, ranked[:3]
