"""Words and rules added after held-out sets 78 and 79 (hurried phone typing, night shifts,
numbers and scales only, students, people far from a hospital, a sign told only as a reason to
ask about a treatment; what was tried before, a known condition that is different this time,
English mixed with Spanish, Hindi and Tagalog, formal letters, sports jargon, checklist answers):

- Tagalog words mixed into English are read as the English words ("pawis na pawis", "hinihingal",
  "masakit", "dibdib ko", "walang lagnat"), and more Spanish and Hindi ones ("no puedo hacer
  pipi", "piernas flojas", "desde hace 6 meses", "jalan", "paani wale daane"); "mera issue is
  just my back" turns to the writer's own trouble;
- "the eye appears smaller with the lid hanging lower" (a drooping lid); "the pain is climbing
  not settling"; "the foot feels sleepy"; a tense shin with toes that cannot be lifted; a high
  temperature with severe pain at rest in a leg that cannot be moved (an infected joint); "the
  knot remains as tender as ever"; "like 5 months" is a length;
- lookalikes: "your checklist asks about numbness in the groin" is a question read; "worried I'd
  mistake a heart attack for one someday" is a fear; "anything to stop it happening again?" asks
  how to prevent, and a pain that "comes back the next year" is a pattern, not a plan; a shin
  "gone rock hard" is no hernia.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("pawis na pawis ako since kanina", "sweating-any", True),
        ("hinihingal ako even sitting", "breathlessness", True),
        ("walang lagnat, just sore", "fever", False),
        ("no puedo hacer pipi since this morning", "urinary-retention", True),
        ("my left eye appears smaller with the lid hanging lower", "horner-signs", True),
        ("the pain is climbing not settling", "pain-worsening", True),
        ("forearm pain from climbing", "pain-worsening", False),
        ("my foot feels sleepy", "numb-fingers-toes", True),
        ("my shin has gone rock hard", "hernia-stuck", False),
        ("a month of the routine and the knot remains as tender as ever", "no-progress", True),
        ("Your checklist asks about numbness in the groin, I don't have it", "saddle-numbness",
         False),
        ("I'm worried I'd mistake a heart attack for a pec knot someday", "named-heart-attack",
         False),
        ("Anything to stop it happening again?", "recurrence", False),
        ("It goes in the spring and comes back the next year", "recurrence", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my left arm is masakit since kanina, parang may mabigat sa dibdib ko, pawis na pawis "
         "ako", "emergency"),
        ("back pain since I lifted the sofa, now no puedo hacer pipi and my piernas feel flojas",
         "emergency"),
        ("Mera mummy ko fever and stiff neck tha, she is in hospital. Mera issue is just upper "
         "back pain from the hospital chair", "self-care"),
        ("after a neck massage my left eye looks smaller with the lid hanging lower and my neck "
         "hurts", "emergency"),
        ("box jumps, the front of my shin has gone rock hard and shiny and I can't lift my toes "
         "up", "emergency"),
        ("hip and groin pain 9/10 even lying still, can't move the leg at all, fever 39",
         "emergency"),
        ("jaw tension since the start of term, like 5 months", "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
