"""Words, contexts and combinations added after held-out set 22: "me uncle" and "me lover" as
"my", a rash that faded under the glass, one tender spot on the bone with night pain or a limp
(a stress fracture), heads that clashed, "nodding off", half of "what I see" gone, a leg "not
doing what I tell it", pain "since last summer", matches missed, and a negation inside a sign's
own words in a near group ("the corner of my mouth won't lift").

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.lexicon import normalise


def test_me_before_a_relative_is_my() -> None:
    assert normalise("me uncle and me lover") == "my uncle and my lover"
    assert normalise("ring me back") == "ring me back"


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I did the glass test and the spots faded straight away", "non-blanching-rash", False),
        ("I did the glass test and the spots have not faded", "non-blanching-rash", True),
        ("one spot on the bone is really tender when I press it", "bone-tenderness", True),
        ("we clashed heads going for the ball", "head-injury", True),
        ("I keep nodding off on the sofa", "confusion-drowsiness", True),
        ("the left half of what I see is gone", "sudden-vision-loss", True),
        ("my right leg is not doing what I tell it", "one-sided-weakness", True),
        ("my shoulder has been at me since last summer", "pain-months", True),
        ("I'm missing the second half of matches", "limits-function", True),
        ("the corner of my mouth won't lift when I smile", "face-droop", True),
        ("nothing's numb down below", "saddle-numbness", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Training for a marathon, one spot on my shin bone is tender to press, it aches at "
         "night", "doctor"),
        ("Clashed heads at rugby an hour ago, I've been sick and keep nodding off", "emergency"),
        ("Me lover's been poorly all week, now he's confused and his knees look mottled",
         "emergency"),
        ("Glass test on the red spots on my leg - they faded straight away. Calves tight from "
         "running", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
