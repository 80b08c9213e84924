"""Words, contexts and combinations added after held-out set 13: punctuation spoken by a
dictating writer ("full stop", "comma"), Caribbean English ("cyaan", "de", "she mouth"), a
proxy report that opens with a greeting or names the person after "my" ("the knee of my gran"),
family words (mummy, daddy), a simile of sitting on somebody else's bottom, a mouth that is "not
moving right", a tackle in a contact sport, a leg that looks bent after a crunch, a fever with
one-sided blisters (shingles, not meningitis), "zero change", the knots "back within 2 days",
the third strain of a season, pain that stops a person getting through a shift or a rehearsal,
and "the best part of a year".

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
        # spoken punctuation as the marks; a stop that is a standstill stays words
        ("my arm went numb full stop then it came back", "my arm went numb . then it came back"),
        ("numb comma tingling question mark", "numb , tingling ?"),
        ("the bleeding came to a full stop", "the bleeding came to a full stop"),
        # Caribbean English: cannot, the, and 'she'/'he' before a part of the body
        ("she cyaan lift de cup", "she cannot lift the cup"),
        ("he foot swell up", "his foot swell up"),
        ("she back is bad", "her back is bad"),
        # ... but not a verb after the pronoun
        ("she backed the car out", "she backed the car out"),
        ("he back up the van", "he back up the van"),
    ],
)
def test_dictation_and_caribbean_english(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_a_dictated_full_stop_ends_the_sentence() -> None:
    assert len(sentences("sudden headache full stop my vision went grey")) == 2


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("sore for the best part of a year", 365),
        ("stiff for the better part of a month", 30),
        ("achy for most of a week", 7),
        ("it took the best part of a day to drive there", None),
    ],
)
def test_the_best_part_of_a_year(text: str, days: int | None) -> None:
    got = read_numbers(sentences(text)).lasting_days
    assert got == days or (days is None and (got is None or got < 7))


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        # a simile of someone else's bottom is the writer's own numbness
        ("back pain, and it's like I'm sitting on somebody else's bum, I can't feel the seat",
         "saddle-numbness", True),
        ("my friend's bum went numb on the long drive, mine was fine", "saddle-numbness", False),
        # a mouth that is not moving right
        ("half my mouth is not moving right", "face-droop", True),
        ("my jaw is not moving right after the dentist", "face-droop", False),
        # a tackle in a contact sport is an injury; tackling a job is not
        ("hurt in a rugby tackle at training", "trauma-mechanism", True),
        ("I tackled the garden all weekend", "trauma-mechanism", False),
        # self-care that changed nothing
        ("stretched every day for 3 weeks, zero change", "no-progress", True),
        ("zero sugar drinks only", "no-progress", False),
        # the knots back within days; the third strain
        ("after the ball the knots are back within 2 days", "recurrence", True),
        ("they come straight back the next morning", "recurrence", True),
        ("third calf strain this season", "recurrence", True),
        ("my third marathon this season", "recurrence", False),
        # they (the pains), not they (other people)
        ("my parents had strokes and they came back from hospital fine", "named-stroke", False),
        # pain that stops the working day
        ("I can't get through a shift any more", "limits-function", True),
        ("can't get through a rehearsal because of my forearm", "limits-function", True),
        ("could not get through to the GP on the phone", "limits-function", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a proxy report after a greeting, the person named after 'my'
        ("Hello, the ankle of my grandad (he is 80) is hot, swollen and red and he has a fever",
         "emergency"),
        ("Hi this is my mother dictating full stop her face dropped on one side an hour ago",
         "emergency"),
        # family words: mummy
        ("Mummy is 70 and half her mouth is not moving right since lunch", "emergency"),
        # a leg that looks bent after a crunch is a broken leg
        ("Heard a crunch in my shin and now the leg looks bent", "emergency"),
        # a fever with one-sided blisters is shingles (urgent at most), not meningitis; a rash
        # that stays under a glass is still meningitis
        ("Burning pain on one side of my chest, fluey, now blisters in a band there", "urgent"),
        ("Fever and a rash that doesn't fade when I press a glass on it", "emergency"),
        # therapist: zero change, the third strain, a shift that pain stops
        ("Done the hip stretches daily for 3 weeks, zero change.", "therapist"),
        ("Third hamstring strain this season, same leg.", "therapist"),
        ("My neck's been sore for the best part of a year.", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
