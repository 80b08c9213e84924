"""Reading places in context: side-only words, landmarks, directions, clinical shorthand, plurals,
broad words that give way, and complaint words beside a precise place. Each row is a description
and exactly the (region, side) pairs it should mark.
"""

from __future__ import annotations

import pytest
from readings import marks

from triggerpoint.finder.build import lexicon_for
from triggerpoint.finder.words import norm_token
from triggerpoint.knowledge import KnowledgeBase


def regions(kb: KnowledgeBase, text: str) -> set[str]:
    return {m.region for m in lexicon_for(kb).parse(text).marks}


# A limb word after a side word only gives the side of a place on that limb.
SIDE_ONLY = [
    ("my index finger throbs, on the left hand", {("index-finger", "left")}),
    ("the big toe is sore on my right foot", {("big-toe", "right")}),
    ("aching calves after the hike, both legs", {("calf", "both")}),
    ("outer elbow burns when I type, right arm", {("outer-elbow", "right")}),
    ("the palm hurts, both hands", {("palm", "both")}),
    # with no other place on that limb, the limb is the place
    ("my left hand hurts", {("back-of-hand", "left")}),
    ("my right foot and my jaw", {("top-of-foot", "right"), ("jaw", "right")}),
]

# 'both sides' / 'left side' late in the sentence, and a side word inside the place's words.
SIDE_PHRASES = [
    ("my throat is sore when I eat, both sides", {("throat", "both")}),
    ("the lower back aches after gardening, across both sides", {("low-back", "both")}),
    ("a dull pressure behind both eyes", {("behind-the-eye", "both")}),
    ("sore across the tops of both feet", {("top-of-foot", "both")}),
]

# A paired place in the plural means both sides; words plural on one side do not.
PLURALS = [
    ("my temples throb", {("temple", "both")}),
    ("achy heels and arches", {("heel", "both"), ("arch", "both")}),
    ("my toes hurt", {("small-toes", "either")}),
    ("my sit bones ache on the bike", {("sit-bone", "both")}),
    (
        "my neck at the back and the tops of my shoulders",
        {
            ("back-of-neck", "either"),
            ("top-of-shoulder", "both"),
        },
    ),
    ("an ache between my shoulder blades", {("between-shoulder-blades", "either")}),
]

# A place named only to say where another place is does not hurt.
LANDMARKS = [
    ("it hurts just above my left knee on the front of the thigh", {("front-of-thigh", "left")}),
    ("sore on the front of my shin, just below the knee, left", {("shin", "left")}),
    ("an ache in the outer thigh, just proximal to the knee, right", {("outer-thigh", "right")}),
    ("burning just under my breastbone at the top of my belly", {("upper-abdomen", "either")}),
    ("pain in my right flank, between the ribs and the hip", {("flank", "right")}),
    (
        "an ache in the front of my arm between the shoulder and the elbow",
        {
            ("front-of-upper-arm", "either"),
        },
    ),
    ("my wrist crease hurts (middle, toward the thumb), left", {("front-of-wrist", "left")}),
    (
        "an ache in my outer upper arm, a couple of inches below the shoulder",
        {
            ("outer-upper-arm", "either"),
        },
    ),
    (
        "the thumb side of my forearm burns, right, near the wrist",
        {
            ("thumb-side-of-forearm", "right"),
        },
    ),
    ("pain on the inside of my thigh near the groin", {("inner-thigh", "either")}),
    # an aside only reaches the next few words
    (
        "the back of my knee aches, a bit toward the outside, and it creeps up my back thigh",
        {
            ("back-of-knee", "either"),
            ("back-of-thigh", "either"),
        },
    ),
    # the place after a landmark word with nothing else after it still counts
    ("pain below my knee", {("front-of-knee", "either")}),
]

# Movements, exercise names, tests and postures are not places that hurt.
CONTEXT = [
    ("heel raises make my left calf burn", {("calf", "left")}),
    (
        "I cradle the phone, holding it with my ear and my shoulder; my neck aches on the right",
        {
            ("back-of-neck", "right"),
        },
    ),
    ("chewing gum makes my left jaw joint click and ache", {("jaw-joint", "left")}),
    (
        "front shoulder pain, right, worse on resisted elbow flexion",
        {
            ("front-of-shoulder", "right"),
        },
    ),
    ("typing with my wrists bent and now the outer elbow hurts", {("outer-elbow", "either")}),
    ("reaching up and back hurts my right shoulder blade", {("shoulder-blade", "right")}),
    ("when I push off with my arms my low back aches", {("low-back", "either")}),
    ("a shift on my feet and my right knee aches at the front", {("front-of-knee", "right")}),
    ("my shoulders hurt after shoulder presses", {("top-of-shoulder", "both")}),
    ("nothing in the fingers, just the left palm", {("palm", "left")}),
    (
        "no tingling or aching in my hands, just the right forearm at the back",
        {
            ("back-of-forearm", "right"),
        },
    ),
    ("my neck is locked, I can't look over my right shoulder", {("back-of-neck", "right")}),
    ("L SIJ tender; hip & lumbar screen NAD", {("sacroiliac", "left")}),
]

# Clinical and anatomical words for places.
CLINICAL = [
    ("R supraspinous fossa ache", {("upper-shoulder-blade", "right")}),
    ("epigastric pain after crunches", {("upper-abdomen", "either")}),
    ("LLQ abdominal wall tender", {("lower-abdomen", "left")}),
    ("TTP over the xiphoid", {("upper-abdomen", "either")}),
    ("band of pain at the thoracolumbar jct, bilat", {("mid-back", "both")}),
    ("L lat epicondyle tender", {("outer-elbow", "left")}),
    ("medial epicondyle pain R", {("inner-elbow", "right")}),
    ("radial styloid pain, right", {("thumb-side-of-wrist", "right")}),
    ("hypothenar ache L", {("little-finger-side-of-hand", "left")}),
    ("lateral joint line pain R knee", {("outer-knee", "right")}),
    ("2nd MTP pain", {("big-toe", "either")}),
    ("1st MTP joint sore, L", {("big-toe", "left")}),
    ("4th web space burning, R foot", {("between-toes", "right")}),
    ("lateral border R foot ache", {("outer-edge-of-foot", "right")}),
    ("post hip ache L", {("buttock", "left")}),
    ("deep hip ache R", {("deep-in-hip", "right")}),
    ("anorectal ache", {("anus-and-rectum", "midline")}),
    ("intrapelvic pressure", {("inside-pelvis", "midline")}),
    (
        "stiff neck L>R",
        {("back-of-neck", "both"), ("side-of-neck", "both"), ("top-of-shoulder", "both")},
    ),
    ("lft knee outside", {("outer-knee", "left")}),
    ("bilateral temporal headache", {("temple", "both")}),
]

# Words whose sense depends on the words around them.
SENSES = [
    ("my lower back teeth ache on the left", {("lower-teeth", "left")}),
    (
        "a sharp pain at the bottom tip of my right shoulder blade",
        {
            ("lower-tip-of-shoulder-blade", "right"),
        },
    ),
    ("the medial border of my L scapula", {("inner-edge-of-shoulder-blade", "left")}),
    ("an ache where my skull meets my neck, left", {("base-of-skull", "left")}),
    ("sore where my neck joins my shoulder", {("top-of-shoulder", "either")}),
    ("the tendon at the back of my heel hurts, right", {("achilles", "right")}),
    ("pain between my second and third toes, right foot", {("between-toes", "right")}),
    ("the base of my left thumb (back side) aches", {("back-of-thumb-base", "left")}),
    ("pain in the middle of my tummy", {("mid-abdomen", "either")}),
    ("my bum aches, mostly the left cheek", {("buttock", "left")}),
    ("my left cheek aches when I chew", {("cheek", "left")}),
    ("low in my belly on the right", {("lower-abdomen", "right")}),
]

# A broad word next to a precise place inside it, in the same clause, gives way to the place.
GENERAL_GIVES_WAY = [
    ("lower leg pain, right, mostly on the shin bone", {("shin", "right")}),
    ("my hip hurts, mostly in the groin", {("groin", "either")}),
    ("the sole of my right foot aches, not my heel, my foot", {("sole", "right")}),
    ("medial joint line tender, L knee", {("inner-knee", "left")}),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SIDE_ONLY
    + SIDE_PHRASES
    + PLURALS
    + LANDMARKS
    + CONTEXT
    + CLINICAL
    + SENSES
    + GENERAL_GIVES_WAY,
)
def test_reading_in_context(kb: KnowledgeBase, text: str, expected: set[tuple[str, str]]) -> None:
    assert marks(kb, text) == expected


def test_places_joined_by_and_both_stay(kb: KnowledgeBase) -> None:
    assert {"groin", "outer-hip"} <= regions(kb, "hip and groin pain")


def test_a_place_that_hurts_after_a_direction_word_still_counts(kb: KnowledgeBase) -> None:
    assert regions(kb, "pain spreading toward my elbow") >= {"outer-elbow"}


def test_my_neck_and_back_is_two_places(kb: KnowledgeBase) -> None:
    found = regions(kb, "my neck and back are stiff")
    assert "back-of-neck" in found and "low-back" in found


def test_a_complaint_word_beside_its_precise_place_keeps_only_the_place(kb: KnowledgeBase) -> None:
    parsed = lexicon_for(kb).parse("tension headache in the temples")
    assert [(m.region, m.side) for m in parsed.marks] == [("temple", "both")]
    assert parsed.marks[0].complaint == "tension-headache"
    assert parsed.conditions == ["tension-headache"]


def test_a_complaint_words_own_qualifier_picks_its_place(kb: KnowledgeBase) -> None:
    assert marks(kb, "medial elbow pain, left") == {("inner-elbow", "left")}
    assert marks(kb, "golfer's elbow") == {
        ("inner-elbow", "either"),
        ("front-of-forearm", "either"),
    }


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("arches", "arch"),
        ("presses", "press"),
        ("patches", "patch"),
        ("aches", "ache"),
        ("headaches", "headache"),
        ("calves", "calf"),
        ("toes", "toe"),
        ("glasses", "glass"),
    ],
)
def test_plural_folding(word: str, folded: str) -> None:
    assert norm_token(word) == folded
