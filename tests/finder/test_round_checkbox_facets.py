"""Finder sets 256 and 257: a body map's checkboxes under their views, each label a place, a dash
and its face ("BACK: [x] Elbow - outer (R)  [x] Hand - back, thumb side (R)"). The view before
the boxes was read as the back of the first place (the back of the elbow) and the face after the
dash as the low back; the view is now no place and the face is the place's ("outer Elbow", "back
of Hand"; `finder/charts.py`, `_DASH_FACET`). Beside them: a list said fine with "etc" ("knees,
back etc all good"), "the bottom courses" a bricklayer lays, and "mid thigh" as the front of
the thigh."""

from __future__ import annotations

import pytest

from triggerpoint.finder import build_query
from triggerpoint.knowledge import KnowledgeBase


def marks_of(kb: KnowledgeBase, text: str) -> set[tuple[str, str]]:
    return {(m.region, m.side) for m in build_query(kb, text=text).marks}


def test_the_face_after_the_dash_is_the_places(kb: KnowledgeBase) -> None:
    text = ("FRONT: [ ] Forearm - front (R)\n"
            "BACK: [x] Elbow - outer (R)  [x] Forearm - back upper (R)  "
            "[x] Hand - back, thumb side (R)")
    marks = marks_of(kb, text)
    assert ("outer-elbow", "right") in marks
    assert ("back-of-hand", "right") in marks
    assert not {region for region, _ in marks} & {"low-back", "back-of-elbow", "front-of-forearm"}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("BACK: [x] Hip - outer (L)", "outer-hip"),
        ("BACK: [x] Buttock - upper (L)", "upper-buttock"),
        ("FRONT: [x] Knee - inner (R)", "inner-knee"),
        ("FRONT: [x] Foot - sole, arch (L)", "sole"),
    ],
)
def test_a_position_after_the_dash(kb: KnowledgeBase, text: str, region: str) -> None:
    assert {r for r, _ in marks_of(kb, text)} >= {region}


def test_places_listed_fine_with_etc(kb: KnowledgeBase) -> None:
    text = "headache at the base of the skull. No pain anywhere else, knees, back etc all good."
    assert {region for region, _ in marks_of(kb, text)} == {"base-of-skull"}


def test_the_bottom_courses_are_no_buttock(kb: KnowledgeBase) -> None:
    text = "back of left knee hurts when i crouch to lay the bottom courses"
    assert marks_of(kb, text) == {("back-of-knee", "left")}


def test_mid_thigh_is_the_front_of_the_thigh(kb: KnowledgeBase) -> None:
    assert {r for r, _ in marks_of(kb, "why does mid thigh hurt climbing stairs")} == {
        "front-of-thigh"}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("pain btwn shldr blades", "between-shoulder-blades"),
        ("ache top of ft nr ankle lft", "top-of-foot"),
        ("lwr bk pain", "low-back"),
    ],
)
def test_a_search_boxs_short_forms(kb: KnowledgeBase, text: str, region: str) -> None:
    """Finder set 260: 'btwn', 'nr', 'bk' and 'ft' after 'of' are spelt out."""
    assert {r for r, _ in marks_of(kb, text)} == {region}

