"""Words and rules added after held-out sets 171 to 175 (a neighbour written for, night shifts,
the worry in brackets, a procedure in passing, skiers, autocorrect; a child who cannot explain,
decorators, "weird" then the detail, jokes, golfers, "M, 58"; long journeys, hairdressers, a
family illness compared, bullet fragments, rugby, a symptom checker's result; grandparents,
supermarkets, "probably nothing but", Scots and Northern words, rowers, "Then:" and "Now:";
students and staff, removals, what someone else noticed, the pill in passing, boxers, a named
stretch or tool):

- "nothing to 10/10 in a second" is how fast a headache came, not a denial; "little dark red
  spots" are pinprick spots (not spots in the eyes) and "I've just noticed" them on a son's
  tummy is what the parent saw; "took an oar handle to the head", "was out for a few seconds",
  "got dropped" and "out cold" are head injuries; "I feel hot and unwell" is a fever; a "new
  hip" is a joint replacement;
- lookalikes: red spots "turning into little blisters" (a shingles rash, not pinprick spots);
  a thigh that went "red and blotchy" after foam rolling; "the doctor cleared me to spar".

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("little dark red spots on her legs", "pinprick-spots", True),
        ("red spots turning into little blisters on my side", "pinprick-spots", False),
        ("little red spots on his tummy", "visual-disturbance", False),
        ("took a cricket ball to the head at nets", "head-injury", True),
        ("I was out cold for a minute", "head-injury", True),
        ("I feel hot and unwell today", "fever", True),
        ("the hip on my new hip side is sore", "joint-replacement", True),
        ("my calf went red and blotchy after rolling", "calf-warm-red", False),
        ("the club doctor cleared me to play", "assessed-normal", True),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Lifting a box and BANG, a headache from nothing to 10/10 in a second. Now my neck is "
         "stiff and I feel sick", "emergency"),
        ("My daughter is 18. She's burning up, her hands are ice cold, she's very drowsy and "
         "I've just noticed little dark red spots on her legs", "emergency"),
        ("Took a hockey stick to the head this morning, was out for a few seconds, I've been "
         "sick twice since", "emergency"),
        ("Had a knee replacement years ago. Since yesterday it's very painful and I feel hot "
         "and unwell", "urgent"),
        ("Foam rolled my quads and my thigh went red and blotchy for an hour, then faded",
         "self-care"),
        ("Took a knock to the head six weeks ago, the doctor cleared me to play again. Neck is "
         "just tight now", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
