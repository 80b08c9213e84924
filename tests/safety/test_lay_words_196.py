"""Words and rules added after held-out sets 196 to 200 (autocorrect on a train, tree surgeons,
what a paramedic said, a new baby, lists of medicines, paddlers; a partner noticing, shelf
stackers, simple English from Polish and Romanian speakers, last year's flu, Scottish hills,
"quick question"; long-haul flights, plasterers, the 24-hour clock, carers of adults with a
learning disability, a new medicine, rugby league; the symptom at the end, porters, what a child
or a pet did, understatement, cyclists after a crash, cancelling a massage; waiting for a call
back, factory lines, a wearable's alert, grandparents, netball, weather metaphors):

- a wee that "could barely get started", "had to strain", "not all come out"; cramping pain that
  "comes and goes"; pain "from my back round to the front"; "my wife couldn't wake me" is the
  writer's drowsiness; "nothing's cleared" after a fortnight;
- lookalikes: "the flu knocked me out of training" is no knock-out; "swelling's going down" and
  "my foot is warm" after a dead leg are no swollen, hot calf; pain that "stops me sleeping on my
  side" is no pain at night whatever the position.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("went for a wee and could barely get it started", "urinary-retention", True),
        ("it feels like it has not all come out", "urinary-retention", True),
        ("a cramping pain that comes and goes", "colicky-pain", True),
        ("the pain goes from my back round to the front", "flank-pain", True),
        ("a cold knocked me out of training for a week", "fainting", False),
        ("the swelling is going down nicely", "calf-swelling", False),
        ("my foot is warm and pink", "calf-warm-red", False),
        ("it stops me sleeping on my side", "night-pain", False),
        ("did the routine for two weeks and nothing's cleared", "no-progress", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My usual sciatica down the left leg and now down the right one as well. Went for a "
         "wee and could barely get it started, had to strain", "emergency"),
        ("Bad cramping pain from my back round to the front on the left that comes and goes, "
         "and there's blood in my pee", "urgent"),
        ("Walked into a cupboard door last night, big lump on my forehead, and my wife couldn't "
         "wake me properly this morning", "emergency"),
        ("Took a knee in the thigh at football, dead leg. Swelling's going down, foot is warm, "
         "pain easing", "self-care"),
        ("My upper back pain stops me sleeping on my side. Been 3 weeks, nothing else",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
