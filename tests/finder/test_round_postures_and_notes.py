"""Reading rules of the round after style set 19: a body part placed somewhere ('with my head on
the armrest') and where a movement reaches ('can't lift my arm above my head') are no pain
places; 'it doesn't actually hurt' after a tight place; a place said fine beside a condition word
('Elbow NAD', 'shoulder pain'); abbreviations with a full stop ('lat. malleolus', 'post.
deltoid'); a dimple of the low back; a faceted place beside a part of it ('outer side of my knee
... the edge of the kneecap'); 'under the collarbone'. Each row is a description and exactly the
(region, side) pairs it should mark, read through the packaged lexicon.
"""

from __future__ import annotations

import pytest
from readings import marks

from triggerpoint.finder.build import lexicon_for
from triggerpoint.knowledge import KnowledgeBase

READINGS = [
    # a posture and a movement's aim
    ("fell asleep with my head on the armrest and woke with a sore left neck",
     {("back-of-neck", "left")}),
    ("cant lift arm above head, right shoulder ache", {("top-of-shoulder", "right")}),
    ("woke with my neck on fire", {("back-of-neck", "either")}),
    # a tight place said not to hurt
    ("deep ache in my right kneecap. my hip crease feels tight but it doesn't actually hurt",
     {("front-of-knee", "right")}),
    # a place said fine beside a condition word, and 'stable' in a note
    ("R shoulder pain. Elbow NAD.", {("top-of-shoulder", "right")}),
    ("L foot pain on top. Ankle stable.", {("top-of-foot", "left")}),
    # abbreviations with a full stop are no sentence's end
    ("c/o L lat. epicondyle pain", {("outer-elbow", "left")}),
    ("R post. deltoid ache", {("back-of-shoulder", "right")}),
    ("L med. knee pain", {("inner-knee", "left")}),
    # a dimple is the low back's unless the face is named
    ("sore spot at the dimple above my left butt cheek", {("sacroiliac", "left")}),
    ("a dimple in my chin aches", {("chin", "midline")}),
    # a faceted place keeps its own part beside a precise place in it
    ("outer side of my right knee hurts around the edge of the kneecap",
     {("outer-knee", "right"), ("front-of-knee", "right")}),
    ("lower leg pain on the right, on the shin bone", {("shin", "right")}),
    # below the collarbone, and the thumb's web
    ("aches just under the left collarbone", {("upper-chest", "left")}),
    ("the web between thumb and index is sore on the right", {("thumb-web", "right")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_reading(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


def test_a_posture_is_reported_as_context(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("fell asleep with my head on the armrest, now my neck aches")
    assert "head" in parsed.context


# The round after style set 20: 'back in the saddle' (again, no back), 'neither does the shin',
# a plus sign as a list's 'and', resting one's head on a pillow, a drawing's JSON whose places
# are under "name" beside a pain level, a bracketed part heading the rows under it, and a
# 'between X and Y' phrase followed by another place.
READINGS_20 = [
    ("horse rider, back in the saddle after a year off, pain inside my left thigh",
     {("inner-thigh", "left")}),
    ("my hip doesn't hurt and neither does the shin, outer right thigh pain",
     {("outer-thigh", "right")}),
    ("Neck + arms ok. Pain under my right armpit", {("armpit", "right")}),
    ("back of my head aches on the left, can't rest head on pillow", {("back-of-head", "left")}),
    ('{"side":"R","areas":[{"name":"back of upper arm","level":5},'
     '{"name":"point of elbow","level":6}]}',
     {("back-of-upper-arm", "right"), ("back-of-elbow", "right")}),
    ("[L foot] | Zone A: bottom of heel - 8/10 | Zone C: outer side of foot - 3/10",
     {("heel", "left"), ("outer-edge-of-foot", "left")}),
    ("[L foot] ache on top 5/10", {("top-of-foot", "left")}),
    ("ache between shoulder blade and spine + index finger",
     {("between-shoulder-blades", "either"), ("index-finger", "either")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS_20)
def test_reading_20(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


# The round after style set 21: places said fine after 'just' ('my legs are just normal'),
# 'whatever'; 'back toward' is a direction; the jawbone; a metatarsal head; steel-toe boots; a
# limb named for what it does ('left foot is my kicking foot'); a chart's part codes
# ('head-back-upper', 'eye-behind') and camelCase keys ('bodyPart', 'pain_nrs', 'chartVersion').
READINGS_21 = [
    ("jaw ache on the right. my legs are just normal sore", {("jaw", "right")}),
    ("jaw ache on the right. legs are whatever, normal tired", {("jaw", "right")}),
    ("my right jawbone aches", {("jaw", "right")}),
    ("the ache runs along my neck and back toward my right ear", {("back-of-neck", "right"),
                                                                   ("ear", "right")}),
    ("new steel-toe boots, top of my right foot aches", {("top-of-foot", "right")}),
    ("left foot is my kicking foot. Groin on the left has been aching", {("groin", "left")}),
    ('{"chartVersion": "3.2", "patientMarks": [{"bodyPart": "head-back-upper", "lat": "R",'
     ' "pain_nrs": 6}, {"bodyPart": "eye-behind", "lat": "R", "pain_nrs": 7}]}',
     {("back-of-head", "right"), ("behind-the-eye", "right")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS_21)
def test_reading_21(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


def test_a_chart_code_and_a_level_key_are_read_as_words() -> None:
    from triggerpoint.finder.charts import read_chart

    text = read_chart('{"chartVersion": "3.2", "marks": [{"bodyPart": "scalp-side", '
                      '"lat": "L", "pain_nrs": 4}]}')
    assert text == "L side of the scalp 4/10"


# The round after style set 22: Irish "grand" is fine, "halfway down the back", a size told by a
# body part ("palm-sized"), the bum crease, the flat bone at the bottom of the spine, a note's
# knee-to-wall test, and a chart row's facet after a comma for a limb's part ("thumb knuckle
# (base joint), back"; not "neck, back", two places).
READINGS_22 = [
    ("sore strip alongside my spine on the right, about halfway down the back. Neck's grand",
     {("mid-back", "right")}),
    ("R mid-back around it (palm-sized): 4/10", {("mid-back", "right")}),
    ("left bum crease ache sitting on hard bench", {("lower-buttock", "left")}),
    ("a triangle of ache over the flat bone at the bottom of my spine", {("sacrum", "midline")}),
    ("Knee-to-wall R 6 cm vs L 11 cm. heel pain R", {("heel", "right")}),
    ('{"hand":"left","areas":[{"name":"thumb knuckle (base joint), back","pain":5}]}',
     {("back-of-thumb-base", "left")}),
    ("pain in my neck, back 5/10", {("back-of-neck", "either"), ("low-back", "either")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS_22)
def test_reading_22(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


# The round after style set 23: a place after 'where' is no movement's object ("can't turn my
# head without a pull where my neck meets my shoulder"), and 'can't ... without' denies nothing;
# a fingertip that measures a spot; a note's resisted hip adduction test.
READINGS_23 = [
    ("can't turn my head to the right without a sharp pull where my neck meets the top of my "
     "shoulder. arms feel normal", {("back-of-neck", "right"), ("top-of-shoulder", "right")}),
    ("I can cover it with a fingertip, back of my right shoulder", {("back-of-shoulder", "right")}),
    ("burning along my left inner thigh. Resisted hip ADD mildly provocative",
     {("inner-thigh", "left")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS_23)
def test_reading_23(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


def test_two_shorthands_joined_by_a_slash(kb: KnowledgeBase) -> None:
    assert marks(kb, "L SIJ/PSIS pain") == {("sacroiliac", "left")}
    assert marks(kb, "c/o L knee pain") == {("front-of-knee", "left")}


def test_the_dimple_sense_holds_for_the_word_dimple_only(kb: KnowledgeBase) -> None:
    # a dimple beside the chin is the face's; the sacroiliac area beside the cheek stays itself
    assert marks(kb, "a dimple in my chin aches") == {("chin", "midline")}
    assert marks(kb, "pain in my left cheek and sacroiliac area") == {
        ("cheek", "left"), ("sacroiliac", "left")}
