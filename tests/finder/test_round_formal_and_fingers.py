"""Reading rules of the round after style set 24: places said fine in an older, formal register
('entirely comfortable', 'perfectly well', 'quite well'; never 'as well'), a list of places
without a comma ('Shoulders neck and hips fine'), an ache of a place named as a kind of pain ('a
toothache sort of pain'), where a spreading pain stops ('stops before the knee'), and fingers
named by a note ('fingers 3-4', 'mid/ring fingertips'). The round after style set 25 adds: the
lower or upper back of a part ('lower back of neck' is no low back), things named with a place
word ('the bottom shelf', 'heel hooks', 'standing on one leg', 'crossing legs'), a condition of
many places named by its own word ('pseudo-sciatica'), and drawings whose keys are cut to a
letter ({"r": "outer knee", "i": 5}) or whose view key has a prefix ('patient_view: back'). Each
row is a description and exactly the (region, side) pairs it should mark, read through the
packaged lexicon.
"""

from __future__ import annotations

import pytest
from readings import marks

from triggerpoint.finder.tokens import expand_shorthand
from triggerpoint.knowledge import KnowledgeBase

READINGS = [
    # a formal writer's "fine"
    ("an ache at my right temple. My forehead and the back of my head are entirely comfortable.",
     {("temple", "right")}),
    ("an ache at the back of my left shoulder. My neck, elbow and hand are quite well.",
     {("back-of-shoulder", "left")}),
    ("my left knee aches on the inner side; my hip and ankle are perfectly well",
     {("inner-knee", "left")}),
    ("my left knee aches and my hip as well", {("front-of-knee", "left"), ("outer-hip", "left")}),
    # a list without a comma
    ("ache over my lower ribs at the back on the right. Shoulders neck and hips fine",
     {("mid-back", "right")}),
    # a kind of pain, not the teeth
    ("my left knee aches on the inner side, a toothache sort of pain", {("inner-knee", "left")}),
    ("toothache in my upper left teeth", {("upper-teeth", "left")}),
    # where the pain stops
    ("it spreads down the back of my thigh but stops before the knee",
     {("back-of-thigh", "either")}),
    ("it spreads down the back of my thigh to the knee",
     {("back-of-thigh", "either"), ("front-of-knee", "either")}),
    # fingers by a note's numbers and a slash
    ("R palmar forearm ache -> fingers 3-4",
     {("front-of-forearm", "right"), ("middle-finger", "right"), ("ring-finger", "right")}),
    ("pain to the palmar mid/ring fingertips",
     {("middle-finger", "either"), ("ring-finger", "either")}),
    ("pain to the middle and ring fingertips",
     {("middle-finger", "either"), ("ring-finger", "either")}),
]


READINGS += [
    ("lower back of neck 5/10", {("back-of-neck", "either")}),
    ("ache in the lower back of my thigh", {("back-of-thigh", "either")}),
    ("my lower back hurts", {("low-back", "either")}),
    ("crouch down to get stuff off the bottom shelf, ache behind the knee",
     {("back-of-knee", "either")}),
    ("lots of heel hooks lately, ache at the back of my right knee", {("back-of-knee", "right")}),
    ("SI joint ache standing on one leg", {("sacroiliac", "either")}),
    ("pseudo-sciatica", {("buttock", "either")}),
    ('{"side":"left","front":[{"r":"outer knee","i":5},{"r":"groin","i":4}]}',
     {("outer-knee", "left"), ("groin", "left")}),
    ("pain_map_export:\n  patient_view: back\n  behind_ear_left: 4",
     {("behind-the-ear", "left")}),
]


# round 28: tab-separated tables and grid rows whose view word opens the row in capitals
READINGS += [
    ("VIEW\tREGION\tSIDE\tSCORE\nBACK\tback of shoulder small spot\tR\t6",
     {("back-of-shoulder", "right")}),
    ("grid(back,bottom)\nBACK  [r5,c2] back of knee L: 6\nBOTTOM[r2,c3] sole forefoot L: 5",
     {("back-of-knee", "left"), ("sole", "left"), ("ball-of-foot", "left")}),
]
# round 27: a drawing's places as keys of their own fields, a hand laid on a place to show it
READINGS += [
    ('{"front": {"upper belly": {"side": "both", "intensity": 5}}}', {("upper-abdomen", "both")}),
    ("If I cup my hand on the outside of my upper arm, halfway down, that's where it aches",
     {("outer-upper-arm", "either")}),
]
# round 26: region ids as a drawing's 'id', 'key=value; ...' fields, ordinal fingers, the hand
# something is held in, 'right round my wrist'
READINGS += [
    ('{"side": "R", "regions": [{"id": "R_cheek_lower", "intensity": 6}]}',
     {("cheek", "right")}),
    ("side=L; view=front; zone=front_of_shoulder; score=7 | side=L; view=back; "
     "zone=back_of_upper_arm; score=4",
     {("front-of-shoulder", "left"), ("back-of-upper-arm", "left")}),
    ("L ant chest ache -> ulnar forearm, 4th/5th digits",
     {("chest", "left"), ("little-finger-side-of-forearm", "left"), ("ring-finger", "left"),
      ("little-finger", "left")}),
    ("scanner gun in my right hand all shift, sore where my neck meets my shoulder",
     {("top-of-shoulder", "right")}),
    ("pain in my right hand", {("back-of-hand", "right")}),
    ("my left shoulder hurts and a band of ache right round my wrist",
     {("top-of-shoulder", "left"), ("back-of-wrist", "left")}),
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_reading(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fingers 3-5", "middle finger or ring finger or little finger"),
        ("digits 2 and 3", "index finger or middle finger"),
        # a chart row's intensity after a finger is no finger number
        ("little finger 2", "little finger 2"),
        ("fingers 3/10", "fingers 3/10"),
    ],
)
def test_numbered_fingers(text: str, expected: str) -> None:
    assert expand_shorthand(text) == expected
