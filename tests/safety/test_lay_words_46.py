"""Words and rules added after held-out sets 46 and 47 (fast phone typing, voice dictation,
writers who play a sign down, second-language English, gym talk, a sign told as a device
reading):

- a negation standing between the words of a sign denies it ("my scalp is not tender", "my
  neck doesn't even feel stiff");
- "84 years of age" is an age, not how long the pain has lasted;
- a hernia that will not go back in, or with being sick, is an emergency (a new red flag);
- a tender scalp or temple, jaw pain on chewing or known polymyalgia with a change in sight
  is giant cell arteritis threatening the eye: an emergency (a new red flag);
- a blow in sport followed by being sick and forgetting things is a head injury in all but
  name; "sparked out" is knocked out; "rather sleepy" after a knock is drowsiness;
- after 60, back and tummy pain together with a cold sweat, or with a grey colour, is an
  aortic emergency;
- "I not feel my bottom" and "like the anaesthesia from the dentist" are saddle numbness;
- "stopping me sprinting" is pain that limits function;
- "Lad at our climbing wall", "this guy at work": someone else.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import normalise, sentences
from triggerpoint.safety.numbers import read_numbers


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my scalp is not tender at all", "scalp-tenderness", False),
        ("my scalp is tender when I brush my hair", "scalp-tenderness", True),
        ("my calf is not swollen or red", "calf-swelling", False),
        ("there's a lump in my groin that pops back in when I lie flat", "hernia", True),
        ("no lump in the groin", "hernia", False),
        ("the hernia won't go back in now", "hernia-stuck", True),
        ("got sparked out in the second half", "fainting", True),
        ("I feel rather sleepy today", "confusion-drowsiness", True),
        ("I slept badly and feel tired", "confusion-drowsiness", False),
        ("since Monday I not feel my bottom on the toilet seat", "saddle-numbness", True),
        ("I do not feel any tingling in my legs", "saddle-numbness", False),
        ("my hamstring is stopping me sprinting", "limits-function", True),
        ("Guy at work had meningitis last year", "named-meningitis-sepsis", False),
        ("this lady from church had a stroke", "named-stroke", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "age", "lasting_days"),
    [
        ("I am 84 years of age and my shoulder aches", 84, None),
        ("my shoulder has ached for 3 years", None, 3 * 365),
    ],
)
def test_age_is_no_duration(text: str, age: int | None, lasting_days: int | None) -> None:
    numbers = read_numbers(sentences(normalise(text)))
    assert (numbers.age, numbers.lasting_days) == (age, lasting_days)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("pulled something in my groin at work, the lump I've had for ages that goes back in "
         "when I lie down is stuck out and hard, and I've been sick", "emergency"),
        ("I have a small hernia that goes back in by itself, and a sore hip flexor", "self-care"),
        ("PMR for two years. Temples sore to touch and my sight went blurry in one eye for a "
         "few minutes this morning", "emergency"),
        ("I'm 72, my scalp is not tender and my eyesight is as good as ever; stiff shoulder "
         "from the garden", "self-care"),
        ("got a knock at rugby on Saturday, been sick twice since and I keep forgetting what "
         "I was saying", "emergency"),
        ("I'm 67. sudden pain in my back going round into my stomach and I went cold and "
         "clammy", "emergency"),
        ("I'm 34, low back ache and a bit of a sore stomach from the gym", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
