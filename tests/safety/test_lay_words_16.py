"""Words, contexts and combinations added after held-out set 16: "I not feel the paper" (English
as a second language), a slow stream, "pins in needles" (a dictation slip), Bengali "amar abba",
a mouth "hanging down", a shadow over one eye, a jaw "gone achy", feeling "crook" in the gut,
dizziness with a pregnancy's warning signs, a watched aorta, sweating the sheets, "on nights"
(a shift), a shingles jab, a rash up into the hairline, kneeling and losing work, an aunty, a
figure of speech ("about to have a stroke lol"), a song on repeat, and a GP's normal tests.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pins in needles down my arm", "pins and needles down my arm"),
        ("amar abba has a headache", "my dad has a headache"),
    ],
)
def test_normalised(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("when I go toilet I not feel the paper on my skin", "saddle-numbness", True),
        ("the toilet paper is on the shelf", "saddle-numbness", False),
        ("the pee is coming very slow", "urinary-retention", True),
        ("one side of my mouth is hanging down", "face-droop", True),
        ("a shadow came down over my right eye", "sudden-vision-loss", True),
        ("my left shoulder and jaw have gone achy", "left-arm-or-jaw-pain", True),
        ("feeling a bit crook in the gut", "nausea", True),
        ("they found something on my aorta and said they'd keep an eye on it", "aneurysm-known",
         True),
        ("I'm sweating the sheets at night", "fever", True),
        ("worked on nights all week and my back aches", "night-pain", False),
        ("had the shingles jab yesterday and my arm is sore", "named-shingles", False),
        ("red spots up into my hairline on the left", "shingles-rash", True),
        ("too sore to kneel on, losing work over it", "limits-function", True),
        ("my aunty had a stroke at Christmas", "named-stroke", False),
        ("my hamstrings are so tight I'm about to have a stroke lol", "named-stroke", False),
        ("had 'Heart Attack' on repeat at the gym", "named-heart-attack", False),
        ("GP checked my ESR and CRP, both normal", "assessed-normal", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # early pregnancy, shoulder-tip pain, spotting, then very dizzy: 999
        ("I'm pregnant, low tummy pain on one side, the tip of my shoulder aches and a bit of "
         "spotting. Just now I went really dizzy", "emergency"),
        # a left shoulder and jaw ache with sweating and feeling sick after heavy work
        ("Left shoulder and jaw gone achy after digging, sweating buckets and feeling crook in "
         "the gut", "emergency"),
        # a watched aorta and a sudden bad back
        ("They said keep an eye on my aorta after a scan. Tonight my back pain suddenly got "
         "much worse", "emergency"),
        # a temple headache at 66 that the GP has checked
        ("I'm 66, the GP checked my ESR and CRP for my temple headaches, both normal",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
