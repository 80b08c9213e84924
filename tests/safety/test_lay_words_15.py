"""Words, contexts and combinations added after held-out set 15: a carer's report ("I'm a
support worker for a 34 year old man": an age, not 34 years of pain; "the years I have worked
with him": not the writer's complaint), a roommate, speech "like I'd had 4 beers", a hand that
would not grip, a mouth corner that "doesn't go up", a chest "like a belt cinched tight", spots
that do not go away under a glass, "confused about what day it is", a shade over one eye, a
thigh bigger than the other, a leg that looks shorter and takes no weight, a hard check into the
boards with vomiting and drowsiness, doing something "with my brother", a pet's illness, a
stitch that goes within a minute, a pressure that "feels wrong" on the skin, and "still a 5/10".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import is_proxy_report
from triggerpoint.safety.lexicon import sentences
from triggerpoint.safety.numbers import read_numbers


def test_an_age_is_not_a_duration() -> None:
    numbers = read_numbers(sentences("I'm a support worker for a 34 year old man"))
    assert numbers.lasting_days is None
    assert read_numbers(sentences("my back has hurt for 3 years")).lasting_days == 3 * 365


@pytest.mark.parametrize(
    ("text", "proxy"),
    [
        ("I'm a support worker for a man of 40. In the four years I have worked with him he "
         "has never wet himself before.", True),
        ("My roommate has a fever and a stiff neck", True),
        ("I have hurt my back and my roommate says rest", False),
    ],
)
def test_carers_and_roommates(text: str, proxy: bool) -> None:
    assert is_proxy_report(sentences(text)) is proxy


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my friend said I was talking like I'd had 4 beers", "speech-disturbance", True),
        ("I had 4 beers last night and my back is stiff", "speech-disturbance", False),
        ("suddenly my right hand wouldn't grip the bottle", "one-sided-weakness", True),
        ("the left corner of my mouth doesn't go up when I smile", "face-droop", True),
        ("my chest felt like a belt got cinched tight", "chest-pain", True),
        ("my belt is too tight after dinner", "chest-pain", False),
        ("purplish spots that don't go away when I press a glass on them", "non-blanching-rash",
         True),
        ("I'm confused about what day it is", "confusion-drowsiness", True),
        ("I am confused about which stretch to do", "confusion-drowsiness", False),
        ("a shade came down over my right eye for a few minutes", "sudden-vision-loss", True),
        ("my right thigh is bigger than the left and warm", "calf-swelling", True),
        ("checked hard into the boards at hockey", "trauma-mechanism", True),
        ("a stitch that goes away within a minute of stopping", "thunderclap-headache", False),
        ("pressure on it feels wrong, skin level", "sense-of-doom", False),
        # a pet's illness is not the writer's; tripping over the dog is the writer's fall
        ("My dog is limping and can't pee", "urinary-retention", False),
        ("Tripped over the dog and heard a crack in my wrist", "crack-heard", True),
        ("stretches for 4 weeks and it is still a 5/10 most days", "no-progress", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a hard hit, then vomiting and drowsiness
        ("My son got checked into the boards at hockey, since then he has thrown up twice and "
         "keeps falling asleep", "emergency"),
        # a leg that looks shorter and takes no weight
        ("Gran slid off the bed, now her leg looks shorter and she can't put any weight on it",
         "emergency"),
        # a sudden tearing pain while lifting with someone
        ("Lifting a sofa with my brother I got a sudden tearing pain between my shoulder "
         "blades, the worst pain of my life", "emergency"),
        # a classmate on the news
        ("Saw on the news a student got meningitis so I had the booster, my arm is sore",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
