"""Words and rules added after held-out sets 264 to 268 (eyelash technicians, hygienists,
radiographers, phlebotomists, chambermaids, concierges; croupiers, bingo callers, secretaries,
actuaries, planners, councillors; diplomats, editors, novelists, playwrights, animators,
sysadmins; heating engineers, solar fitters, insulation, demolition, road and rail crews; coach
drivers, packers, assembly lines, toolmakers, tyre fitters, car valets), and after the calf
strains of earlier sets:

- a strained or pulled calf pushes off weakly while it heals (NHS calf strain leaflets): "still
  can't push off" after a calf strain is no foot drop, and its "twang" with a jump is no major
  injury; "rested, iced ... for 2 weeks, still ..." is no progress;
- a burning band round one side of the ribs with blisters is shingles;
- exertional chest pain that a GP examined, with a normal heart tracing, is set aside;
- "worry about that artery thing" is a worry, not a tender scalp;
- an arm that "went totally dead" because the writer slept on it is a pressed nerve;
- "a character" in a scene the writer is writing is someone else; a relative "at the GP this
  afternoon" or "on the phone to 111" is being seen to, and the writer's own pain is what counts;
- "got checked at minor injuries" is a normal assessment;
- numbness that "started on my shin and now it's the whole leg" is spreading numbness in the
  leg.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("strained my calf at netball", "calf-strain", True),
        ("my calf is tight after netball", "calf-strain", False),
        ("a handful of blisters came up there", "blisters", True),
        ("I worry about that artery thing in the temple", "scalp-tenderness", False),
        ("my scalp is so tender I can't brush my hair", "scalp-tenderness", True),
        ("got checked at minor injuries and they were happy", "assessed-normal", True),
        ("the numbness started on my shin and now it's the whole leg", "spreading", True),
        ("the numbness from my back started on my right shin", "leg-neuro-symptoms", True),
        ("rested, iced and stretched for 2 weeks, still sore", "no-progress", True),
        ("rested and iced it for a day and it's better", "no-progress", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Strained my calf at squash 3 weeks ago, rested, iced, stretched, still can't push off "
         "on it without it grabbing. Not swollen", "therapist"),
        ("Back went at work last week. Yesterday I could still go up on tiptoe, today I can't "
         "push off at all on that side and my foot is numb", "urgent"),
        ("Burning band of pain round the right side of my ribs from back to front, a handful of "
         "blisters came up there a week ago", "urgent"),
        ("Chest wall pain after carrying boxes up the stairs. GP examined me, heart tracing and "
         "bloods were normal", "self-care"),
        ("My arm went totally dead with pins and needles last night because I slept on it, came "
         "back after a few minutes", "self-care"),
        ("I'm writing a scene where a character gets a sudden agonising headache and collapses. "
         "Me? Just a tension ache at the base of my skull", "self-care"),
        ("My dad's got a headache and his jaw hurts when he eats, he's at the GP this afternoon. "
         "For me: my forearm's sore from drilling", "self-care"),
        ("The numbness from my back pain started on my right shin and now it's the whole leg and "
         "foot, and the leg gives way on the stairs", "urgent"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
