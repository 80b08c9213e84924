"""Reading rules of the clinical-shorthand and forum round: places said to be fine in a list or
with a side, a state negated after a place, a symptom phrase that names the only place, a place
that names a movement, a new clause after an activity's object, and clinical shorthand ('r/o',
'upper abd', 'post leg'). Each row is a description and exactly the (region, side) pairs it
should mark, read through the packaged lexicon.
"""

from __future__ import annotations

import pytest
from readings import marks

from triggerpoint.finder import build_query, find
from triggerpoint.finder.build import lexicon_for
from triggerpoint.knowledge import KnowledgeBase

READINGS = [
    # a list said to be fine: the first place of the list and a landmark's place are fine too
    (
        "ache in my right low back. butt and leg below the knee fine",
        {("low-back", "right")},
    ),
    # a side phrase between a place and 'fine'
    ("ache above my left eyebrow. forehead on the right is fine", {("eyebrow", "left")}),
    # a state said not to be there
    ("inner arch of my left foot hurts, calf not tight", {("arch", "left")}),
    # 'upper back' before molars is the teeth's facet, not the upper back
    ("my upper back molars on the left ache", {("upper-teeth", "left")}),
    # a new clause after an activity's object: the place is what aches
    ("sitting on hard chairs my right butt cheek aches", {("buttock", "right")}),
    ("walking up stairs my left knee hurts", {("front-of-knee", "left")}),
    # 'cheeks' beside the tailbone are the buttock's
    (
        "my tailbone and both cheeks ache after cycling",
        {
            ("buttock", "both"),
            ("tailbone", "midline"),
        },
    ),
    # clinical shorthand
    ("c/o L great toe pain, r/o hallux rigidus", {("big-toe", "left")}),
    ("c/o pain upper abd R", {("upper-abdomen", "right")}),
    ("L post leg ache", {("calf", "left")}),
    # a place before a movement in '-ing' names the movement
    ("L forehead ache, worse w/ habitual brow raising", {("forehead", "left")}),
    # 'nothing wrong with' / 'no problem with' a place says it is fine
    ("my jaw aches, dentist found nothing wrong with my teeth", {("jaw", "either")}),
    ("knee pain on the left, no problem with my hip", {("front-of-knee", "left")}),
    # 'both X and Y' with X one thing joins two places, it names no side
    (
        "L low back ache, worse w/ both sitting and standing; pain spreads to both back and belly",
        {("low-back", "left"), ("upper-abdomen", "left")},
    ),
    # a landmark phrase after a precise place is where, not a second place; after a broad word
    # the precise place is the one meant
    ("tight sore quads just above both kneecaps", {("front-of-thigh", "both")}),
    ("band-like headache around my head above the ears", {("side-of-head", "both")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_reading(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


def test_places_said_fine_are_reported_as_fine(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("ache in my right low back. butt and leg below the knee fine")
    assert {"butt", "leg", "knee"} <= set(parsed.negated)


def test_lifting_the_arm_is_still_an_activity(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("my shoulder hurts when lifting my arm")
    assert "arm" in parsed.context
    assert all(m.region != "arm" for m in parsed.marks)


def test_a_symptom_phrase_names_the_place_only_when_nothing_else_does(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("knee gives way going downstairs")
    assert "knee-buckling" in parsed.symptoms
    assert [m.region for m in parsed.marks] == ["front-of-knee"]
    assert set(parsed.marks[0].alternatives) >= {"inner-knee", "outer-knee"}
    # a complaint word already says where: the symptom's head word adds nothing
    beside = lexicon_for(kb).parse("stiff neck, can't turn head")
    assert all(m.complaint == "stiff-neck" for m in beside.marks)


def test_a_symptom_with_a_place_ranks_the_places_muscles(kb: KnowledgeBase) -> None:
    text = "knee gives way going downstairs"
    ranked = [c.muscle for c in find(build_query(kb, text=text), kb, text=text).candidates]
    thigh = {"vastus-medialis", "vastus-lateralis", "rectus-femoris", "vastus-intermedius"}
    assert ranked[0] in thigh


def test_a_tender_spot_in_a_clinical_note_is_a_tender_spot_not_a_pain_place(
    kb: KnowledgeBase,
) -> None:
    text = "c/o R posterior shoulder ache. TTP lateral border of R scapula, reproduces sx"
    parsed = lexicon_for(kb).parse(text)
    assert [(m.region, m.side) for m in parsed.marks] == [("back-of-shoulder", "right")]
    assert [(m.region, m.side) for m in parsed.tender] == [("shoulder-blade", "right")]
    query = build_query(kb, text=text)
    assert [t.region for t in query.tender] == ["shoulder-blade"]
    # the press counts for muscles with a trigger point there
    ranked = [c.muscle for c in find(query, kb, text=text).candidates]
    plain = build_query(kb, text="c/o R posterior shoulder ache")
    before = [c.muscle for c in find(plain, kb, text="c/o R posterior shoulder ache").candidates]
    pressed = {
        m.id
        for m in kb.muscles.values()
        if any("shoulder-blade" in tp.regions for tp in m.trigger_points)
    }
    assert "teres-minor" in pressed
    assert ranked[0] in pressed
    assert ranked.index("teres-minor") < before.index("teres-minor")


def test_a_tender_spot_where_it_hurts_stays_a_pain_place(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("TTP L forehead just above mid-brow reproduces local pain")
    assert parsed.tender == []
    assert ("forehead", "left") in {(m.region, m.side) for m in parsed.marks}
    parsed = lexicon_for(kb).parse("c/o L low back pain. TTP L low back, reproduces")
    assert parsed.tender == []
    assert {(m.region, m.side) for m in parsed.marks} == {("low-back", "left")}
