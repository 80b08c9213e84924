"""Words, contexts and combinations added after held-out set 14: "pass water" with "unable",
a blow to the testicles, pain under a cast, a pain score alone ("10/10"), an arm that will not
go up or a leg that drags, jobs a stiff shoulder stops (a top cupboard, a bra), a speed an injury
holds back, a note that opens "M 69", "my boy is 9" (but "a lad on my team"), "last month" (but
"since last month", "over the last month"), "he'd had", "recovering well", healed and signed
off, and exam topics that are not symptoms.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import normalise, sentences
from triggerpoint.safety.numbers import read_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he'd had a stroke", "he had had a stroke"),
        ("I'd been fine", "i had been fine"),
        # 'would' is left as it is
        ("she'd like a massage", "she'd like a massage"),
    ],
)
def test_had_after_an_apostrophe_d(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "age"),
    [("M 69. sudden back pain", 69), ("F 72, hip ache", 72), ("M 6 weeks of back pain", None)],
)
def test_a_note_that_opens_with_sex_and_age(text: str, age: int | None) -> None:
    assert read_numbers(sentences(text)).age == age


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I have been unable to pass water since this morning", "urinary-retention", True),
        ("I pass water normally", "urinary-retention", False),
        ("got hit in the nuts at football and the left one is swollen", "testicular-pain", True),
        ("the pain under the cast is unbearable", "tight-cast-bandage", True),
        ("the cast came off last year", "tight-cast-bandage", False),
        ("sudden 10/10 pain low in my back", "severe-disproportionate-pain", True),
        ("pain 3/10 after a long walk", "severe-disproportionate-pain", False),
        ("my left arm would not go up past my waist", "one-sided-weakness", True),
        ("my right leg is dragging when I walk", "one-sided-weakness", True),
        ("I dragged the sofa across the room", "one-sided-weakness", False),
        ("I can't reach the top cupboard any more", "limits-function", True),
        ("can't do my bra up behind my back", "limits-function", True),
        ("can't get past half speed without it grabbing", "limits-function", True),
        ("I can reach the top shelf fine", "limits-function", False),
        # 'last month' is over; 'since last month' and 'over the last month' are not
        ("last month I had a fever and a stiff neck", "fever", False),
        ("since last month I have had a fever", "fever", True),
        ("a fever on and off over the last month", "fever", True),
        # before the time told of, and recovering well
        ("my brother told me he'd had a stroke", "named-stroke", False),
        ("my dad had a stroke but he is recovering well", "named-stroke", False),
        # signed off as healed
        ("the fracture clinic signed me off as healed", "named-fracture", False),
        # exam topics are not symptoms
        ("revising for my exam on meningitis and sepsis", "named-meningitis-sepsis", False),
        ("I think I have meningitis, my neck is stiff", "named-meningitis-sepsis", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a child's migrating tummy pain with a fever, told by a parent
        ("My boy is 8 and his tummy pain started by his belly button and moved low on the "
         "right, he is 38.5", "urgent"),
        # ... a teammate's surgery is a story about someone else
        ("A lad on my team had compartment syndrome surgery. My shins are a bit sore after "
         "sprints, no swelling.", "self-care"),
        # an older man's sudden severe back and tummy pain with dizziness
        ("M 71. sudden 10/10 back and belly pain, dizzy", "emergency"),
        # back pain and unable to pass water
        ("Lumbago again, and since last night I am unable to pass water at all", "emergency"),
        # unbearable pain under a cast
        ("Broke my ankle, cast on. The pain under the cast is unbearable tonight", "emergency"),
        # a blow to the testicles
        ("Got hit in the nuts an hour ago and the right one is agony and swollen", "emergency"),
        # a fever last month that cleared is over
        ("Last month I had a fever with flu, all cleared up. I slept badly and my neck is sore.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
