"""Words, contexts and combinations added after held-out set 18: "abs" as the tummy, a word that
will not come ("the right word is hard to find"), a key that will not go in the lock, duties
at work cut back, a bump that was not there before, bruising and swelling after a fall with a
hand that cannot be used, a comparison that is no accident ("like I've been hit by a bus"), a
fixed phrase of small words ("all over") that may not be spread across a sentence, a habit of
the pain ("gets worse when I reach up") that is not a worsening, limited walking that is not
"cannot walk", and a denial ("no injury or fever") whose "no" also denies what follows.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("a sharp pain in my lower abs since last night", "abdominal-pain", True),
        ("the right word is hard to find since this morning", "speech-disturbance", True),
        ("I couldn't find the remote this morning", "speech-disturbance", False),
        ("could not get my key in the lock with my left hand", "hand-clumsiness", True),
        ("I have been on desk duties since the strain", "limits-function", True),
        ("swollen and bruised round the ankle", "bruised-swollen", True),
        ("there is a lump on my wrist that was not there before the fall", "deformity", True),
        # a comparison is no accident; a sign told by a simile still counts
        ("my back feels like I've been hit by a bus", "trauma-mechanism", False),
        ("I was hit by a van on my bike", "trauma-mechanism", True),
        ("a headache like being hit on the back of the head with a bat", "thunderclap-headache",
         True),
        # "all over" is a phrase, not two words a sentence apart
        ("I spent all Sunday hunched over the flower beds", "spreading", False),
        ("the ache is now all over my back", "spreading", True),
        # a habit of the pain is not a worsening
        ("my shoulder gets worse when I reach up", "pain-worsening", False),
        ("my shoulder is getting worse every week", "pain-worsening", True),
        ("it has got worse since Friday", "pain-worsening", True),
        # walking limited is not walking impossible
        ("a deep can't-walk-down-the-stairs ache after leg day", "cannot-bear-weight", False),
        ("I can't walk on it since I fell", "cannot-bear-weight", True),
        # a denial denies the rest of its list; a negation inside a sign does not
        ("There has been no injury or fever", "fever", False),
        ("I can't feel my bum and I have a fever", "fever", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Came off my bike onto my hand yesterday, the wrist is swollen and bruised and I can't "
         "hold a cup with it", "urgent"),
        ("I think I pulled my lower abs at the gym, the pain is now constant and I've been sick "
         "twice with a temperature of 38.6", "urgent"),
        ("my left arm feels heavy and not mine and the words are hard to find", "emergency"),
        ("Everything aches like I've been hit by a truck after my first spin class", "self-care"),
        ("My calves ache after the hill run and I can't walk far, no swelling or redness",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
