"""Words, contexts and combinations added after held-out set 11: Hindi and Urdu words mixed into
English, a face or mouth going to one side, onset told as "since half an hour", "stroke" in its
sport and massage senses, a fever told as over later in the sentence, a head bump on a cupboard
that is not serious trauma, a slight headache after a knock, and shingles by the eye.

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
        ("mera haath kamzor hai", "my hand weak hai"),
        ("meri patni ko sir dard", "my wife ko headache"),
        ("munh tedha ek taraf", "mouth crooked one side"),
        # 'mera', 'meri', 'mere' are 'my' only before a person or a part of the body
        ("a mere scratch", "a mere scratch"),
        # English words that look Hindi are left alone
        ("my pet sir has a pair of socks", "my pet sir has a pair of socks"),
    ],
)
def test_hindi_urdu_is_read_as_english(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        # a face or mouth going to one side; a face turned to one side in sleep is not
        ("my husband's mouth went to one side while he was talking", "face-droop", True),
        ("my face is pulled to one side", "face-droop", True),
        ("meri ammi ka chehra tedha ho gaya", "face-droop", True),
        ("I sleep with my face turned to one side", "face-droop", False),
        ("I chew on one side of my mouth", "face-droop", False),
        # onset told as 'since half an hour' (Indian and Pakistani English)
        ("since half an hour my arm is kamzor", "sudden-onset", True),
        ("since 15 minutes my leg is weak", "sudden-onset", True),
        ("I run 20 minutes a day", "sudden-onset", False),
        # 'stroke' the illness, not the sport or the massage
        ("I think my dad is having a stroke", "named-stroke", True),
        ("I think I had a mini stroke last night", "named-stroke", True),
        ("worried these are stroke symptoms", "named-stroke", True),
        ("my freestyle stroke is getting smoother", "named-stroke", False),
        ("the coach filmed my stroke technique", "named-stroke", False),
        ("my golf stroke is off", "named-stroke", False),
        ("stroking the knot gently eases it", "named-stroke", False),
        ("use firm strokes along the calf", "named-stroke", False),
        ("a two stroke engine", "named-stroke", False),
        # a fever told as over later in the same sentence, pointing back with 'the'
        ("had a temperature on Sunday, the fever was gone by Monday", "fever", False),
        ("my temp went up on Friday, the temperature broke on Saturday", "fever", False),
        ("three weeks have gone by and the fever is still there", "fever", True),
        ("a temperature and the fever came back today", "fever", True),
        ("a temperature since Tuesday, my neck is stiff", "fever", True),
        # a slight headache; a bad one is not
        ("only a slight headache", "mild-headache", True),
        ("a splitting headache", "mild-headache", False),
        # a head bump on a cupboard; a fall is not a bump
        ("knocked my head on the open cupboard door", "head-knock-on-object", True),
        ("fell off the roof", "head-knock-on-object", False),
        ("fell down the stairs", "fall-or-crash", True),
        ("fell asleep on the train", "fall-or-crash", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Hindi-English stroke signs
        ("Achanak my right arm is kamzor and my speech is slurred", "emergency"),
        ("My dadi's mouth is tedha since an hour", "emergency"),
        # sport strokes are not the illness; the illness told in the same message still is
        ("Breaststroke kick has made my inner knee sore", "self-care"),
        ("My swimming stroke is fine but I think I had a mini stroke, my face drooped",
         "emergency"),
        # a cupboard bump with a stiff neck: a doctor, not an ambulance; on a blood thinner, A&E
        # (the emergency level since round 48)
        ("Banged my head on a low beam this morning and my neck is stiff now", "doctor"),
        ("Banged my head on a low beam this morning, I'm on warfarin, neck stiff now",
         "emergency"),
        # a fall with neck pain is serious trauma even when the head hit a door
        ("Slipped down the stairs an hour ago and hit my head on the door, neck hurts",
         "emergency"),
        # after a knock: a slight headache is normal; a headache that is not slight is not
        ("Hit my head on the cupboard, slight headache, otherwise fine", "self-care"),
        ("Hit my head on the cupboard yesterday and now a pounding headache", "emergency"),
        # shingles by the eye is urgent; a red painful eye with a headache and no rash is not
        ("Blistering rash on my forehead by the eye, the eye is red and sore, headache", "urgent"),
        ("Headache and my eye is red and painful, I see halos round lights", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
