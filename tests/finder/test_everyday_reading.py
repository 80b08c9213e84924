"""The December finder round on issue 10: pain on both sides, and the reading of facet words,
junctions, gear, levels and 'no problem' as people write them. Each row is a description and
exactly the (region, side) pairs it should mark (or the places it must not mark).
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from readings import marks

from triggerpoint.finder import Mark, Query, find
from triggerpoint.finder.build import build_query, lexicon_for
from triggerpoint.finder.engine import extras_for, model_for
from triggerpoint.finder.evidence import stems
from triggerpoint.finder.model import BOTH_SIDES, WRONG_SIDE
from triggerpoint.knowledge import KnowledgeBase


@pytest.fixture
def bilateral_kb(tiny_kb: KnowledgeBase, muscle_factory: Any) -> KnowledgeBase:
    """Two muscles with the same pattern: one refers to its own side, one to both."""
    muscles = [
        muscle_factory("one-side", ["back-of-neck"]),
        muscle_factory("both-sides", ["back-of-neck"], referral_side="both-sides"),
    ]
    return KnowledgeBase(atlas=tiny_kb.atlas, muscles={m.id: m for m in muscles})


def test_pain_on_both_sides_favours_a_muscle_that_refers_to_both(
    bilateral_kb: KnowledgeBase,
) -> None:
    kb = bilateral_kb
    one = find(Query(marks=(Mark(region="back-of-neck", side="right"),)), kb)
    scores = {c.muscle: c.score for c in one.candidates}
    assert scores["one-side"] == pytest.approx(scores["both-sides"]), "one side: a tie"
    both = find(Query(marks=(Mark(region="back-of-neck", side="both"),)), kb)
    assert [c.muscle for c in both.candidates] == ["both-sides", "one-side"]
    assert both.candidates[1].essential_matched == ["back-of-neck"], "still explained, not 'wrong'"


def test_a_bilateral_mark_fits_a_one_sided_muscle_by_the_mean_of_its_two_sides(
    bilateral_kb: KnowledgeBase,
) -> None:
    assert pytest.approx((1.0 + WRONG_SIDE) / 2) == BOTH_SIDES
    kb = bilateral_kb
    model = model_for(kb)
    one = model.compiled[model.by_id["one-side"]]
    for side, factor in (("right", 1.0), ("both", BOTH_SIDES), ("either", 1.0)):
        query = Query(marks=(Mark(region="back-of-neck", side=side),))
        weights = model.mark_weight(query.marks)
        explained = model.explain(one, "right", query, weights)
        fast = {i: log_l for log_l, i, _ in model.rank(query, weights)}
        assert fast[model.by_id["one-side"]] == pytest.approx(explained.log_likelihood)
        expected = math.log(factor + 0.02) - 0.5 * one.log_z
        assert explained.log_likelihood == pytest.approx(expected), side


def test_fast_ranking_agrees_with_the_reference_form_on_both_sides(kb: KnowledgeBase) -> None:
    query = build_query(kb, text="a band across my lower back on both sides, and my left hip")
    assert any(m.side == "both" for m in query.marks)
    model = model_for(kb)
    weights = model.mark_weight(query.marks)
    for log_l, i, side in model.rank(query, weights):
        sides = (
            ("right", "left") if side == "either" else (("right",) if side == "both" else (side,))
        )
        reference = max(
            model.explain(model.compiled[i], s, query, weights).log_likelihood for s in sides
        )
        assert log_l == pytest.approx(reference), model.compiled[i].muscle.id


READINGS = [
    # a facet word right before a place, or before 'part of', qualifies it
    ("my bottom front teeth ache", {("lower-teeth", "either")}),
    ("the back part of my right arch hurts", {("arch", "right")}),
    ("the back inner thigh aches", {("back-of-thigh", "either")}),
    # ... but 'my bottom' alone is still the buttock
    ("my bottom hurts", {("buttock", "either")}),
    # where two places meet
    ("right where my butt meets the back of my right leg", {("lower-buttock", "right")}),
    ("the base of my neck where it meets the shoulder, left side", {("top-of-shoulder", "left")}),
    ("ache between my left shoulder blade and my spine", {("between-shoulder-blades", "left")}),
    # a place named as a level, gear or a posture does not hurt
    ("a band of pain across my lower back at waist level", {("low-back", "both")}),
    ("my hamstring aches after hours in the truck seat", {("back-of-thigh", "either")}),
    (
        "front of my shoulder hurts when I reach with my palm turned up",
        {("front-of-shoulder", "either")},
    ),
    # said not to be a problem
    ("my wrist aches. back of my hand no problem", None),
    ("inner thigh burns; knee and groin crease are fine", {("inner-thigh", "either")}),
    # 'at the thumb end' is the thumb side; 'on the outer side' lies across two parts
    ("palm side of my wrist at the thumb end", {("thumb-side-of-wrist", "either")}),
    ("an ache at the back of the knee on the outer side", {("outer-knee", "either")}),
    ("the outside of my left forearm just below the elbow", {("thumb-side-of-forearm", "left")}),
    ("the back of my left hip aches", {("buttock", "left")}),
    # clinical 'post' before a body part; elsewhere 'post' is 'after'
    ("c/o R post thigh ache", {("back-of-thigh", "right")}),
    ("knee pain post run", {("front-of-knee", "either")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_everyday_reading(
    kb: KnowledgeBase, text: str, expected: set[tuple[str, str]] | None
) -> None:
    read = marks(kb, text)
    if expected is None:
        assert all(region != "back-of-hand" for region, _ in read), read
    else:
        assert read == expected


def test_the_lower_ribs_at_the_back_are_the_mid_back(kb: KnowledgeBase) -> None:
    # (the atlas's lower ribs are on the front view: at the back they are the mid back alone,
    # where the serratus posterior inferior's pain lies)
    for text in (
        "an ache at the bottom of my ribcage at the back on the right",
        "ache over lower ribs in back, right side",
    ):
        (mark,) = lexicon_for(kb).parse(text).marks
        assert (mark.region, mark.within, mark.side) == ("mid-back", (), "right")
    (mark,) = lexicon_for(kb).parse("ache over my lower ribs, right side").marks
    assert (mark.region, mark.within) == ("lower-ribs", ())


def test_a_spot_on_two_parts_keeps_both(kb: KnowledgeBase) -> None:
    (mark,) = lexicon_for(kb).parse("an ache at the back of the knee on the outer side").marks
    assert mark.within == ("back-of-knee",)
    (mark,) = lexicon_for(kb).parse("palm side of my wrist at the thumb end").marks
    assert mark.within == ("front-of-wrist",)


def test_the_angle_of_the_neck_is_the_top_of_the_shoulder(kb: KnowledgeBase) -> None:
    (mark,) = lexicon_for(kb).parse("it aches where my neck joins my shoulder").marks
    assert (mark.region, mark.alternatives) == ("top-of-shoulder", ())


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("a band of pain across mid back below shoulder blades", "both"),
        ("pain goes straight across my lower back", "both"),
        ("pain across my right lower back", "right"),  # the text's own side wins
        ("an ache across the front of my knee", "either"),  # a limb is not spanned
    ],
)
def test_across_the_trunk_means_both_sides(kb: KnowledgeBase, text: str, side: str) -> None:
    assert {m.side for m in lexicon_for(kb).parse(text).marks} == {side}


def test_what_is_said_to_be_fine_is_reported_as_such(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("my wrist aches. back of my hand no problem")
    assert "back of my hand" in parsed.negated


@pytest.mark.parametrize("text", ["100 sit ups a day", "a sit-up challenge", "situps"])
def test_an_exercise_named_by_a_verb_and_a_particle_is_one_word(text: str) -> None:
    assert "situp" in stems(text)
    assert "situp" in stems("many sit-ups or crunches done with poor form")


def test_sit_ups_point_to_the_muscles_that_list_them(kb: KnowledgeBase) -> None:
    text = "pain across my lower back after a 30 day sit-up challenge"
    query = build_query(kb, text=text)
    _, evidence = extras_for(kb)
    listed = {
        i
        for i, m in enumerate(c.muscle for c in model_for(kb).compiled)
        if any("sit-up" in a for a in m.aggravated_by)
    }
    found = {i for i, words in evidence.matches(text, query).items() if "situp" in words}
    assert listed and found == listed
