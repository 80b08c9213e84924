"""Words and rules added after held-out set 37: pre-eclampsia (flashing lights, a puffy face or
hands with a headache in pregnancy; NHS), not knowing whether the bladder has finished, a drink
falling out of one side of the mouth and a face "not the same both sides", words that "come out
difficult", pain one has "started feeling" somewhere new as well, "after that tackle", one's own
earlier post, 'or not' closing a question, cases a nurse sees at work, a resident one looks
after, a question about which symptoms would matter, sport's "stroke" and the idiom "nearly gave
me a heart attack", a blood pressure check, and an ache in both calves (a clot is one-sided).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I keep seeing flashing lights at the edge of my vision", "visual-disturbance", True),
        ("the gym has flashing lights in the spin room", "visual-disturbance", False),
        ("my face and hands look puffier today", "face-hand-swelling", True),
        ("when I pee I don't know if the bladder is finished or not", "urinary-retention", True),
        ("the tea falls out of the left side of my mouth", "face-droop", True),
        ("my face is not the same on both sides", "face-droop", True),
        ("my words come out a bit strange today", "speech-disturbance", True),
        ("now I've started feeling it in my hip as well", "spreading", True),
        ("my neck has been stiff since the tackle", "trauma-mechanism", True),
        ("As a nurse I see cauda equina cases every month", "named-cauda-equina", False),
        ("One of the residents I look after has septic arthritis. My own knees are fine.",
         "named-septic-arthritis", False),
        ("what symptoms would mean I should stop running and get help, like chest pain?",
         "chest-pain", False),
        ("my stroke rate drops when my lats get tight", "named-stroke", False),
        ("that hill nearly gave me a heart attack", "named-heart-attack", False),
        ("the midwife checked my blood pressure and urine, all fine",
         "urinary-infection-signs", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("32 weeks pregnant, a headache since this morning and I keep seeing flashing lights. "
         "Stretch for my upper back?", "urgent"),
        ("30 weeks pregnant and my face and hands are puffy today with a headache", "urgent"),
        ("28 weeks pregnant, stiff upper back from sleeping on my side, no headaches, no "
         "vision changes", "therapist"),
        ("Back pain for a week and since yesterday I don't know if my bladder is empty or not",
         "emergency"),
        ("Update from yesterday's post about my neck after that tackle: I can't remember the "
         "second half of the match and keep asking the same questions", "emergency"),
        ("I'm pregnant and get night cramps in both calves that go when I stretch", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
