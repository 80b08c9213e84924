"""Words and rules added after held-out sets 56 and 57 (English as a second language, a family
member typing, older writers' formal vagueness, voice dictation, self-tracking logs and
sports-club talk):

- "I go to make water and nothing comes, only some drops" is urinary retention; "bringing up
  greenish fluid" is vomiting; "tightness across my breast" is chest pain; "the breath is short"
  is breathlessness; "between the shoulders" is the back; "my face feels odd and thick" is a
  numb face; "since I woke" is a sudden start;
- lookalikes: "tackle practice" is training, not an injury; a night pain that lying on that side
  brings on is not "pain at night that nothing eases"; a test "everything normal" after an ECG;
  "fully better" and "zero symptoms since" put a sentence in the past; "... and it was a clot"
  is still the neighbour's story; "Me: sore low back" in a note about a partner in hospital is
  the writer's own; a question that only gives examples ("like numbness down below?") asks.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I go to the toilet to make water and nothing comes, only some drops",
         "urinary-retention", True),
        ("I went to the toilet, nothing wrong there", "urinary-retention", False),
        ("since this morning I keep bringing up greenish fluid", "vomiting", True),
        ("I keep bringing up the same question with my therapist", "vomiting", False),
        ("a tightness across my breast since the gardening", "chest-pain", True),
        ("my breath is short when I climb one flight", "breathlessness", True),
        ("the left side of my face feels thick", "face-numbness", True),
        ("neck stiff from tackle practice", "trauma-mechanism", False),
        ("got a knock on the head in a game 2 months ago, cleared by the doctor, zero symptoms "
         "since", "head-injury", False),
        ("had a fever with the flu in May, fully better now", "fever", False),
        ("my brother's calf swelled up after the long drive and it was a clot",
         "named-blood-clot", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Since yesterday my back is bad. I go to the toilet to make water and nothing comes, "
         "only some drops. Which stretch for the back?", "emergency"),
        ("I am 79. Belly swollen and hard, no wind since yesterday, and I keep bringing up "
         "greenish fluid. Can I massage the tummy?", "emergency"),
        ("Typing for my dad, 77: tightness across his breast since he shovelled snow an hour ago, "
         "he feels sick and looks grey.", "emergency"),
        ("Since this morning pressing pain between the shoulders, I vomited once and my breath is "
         "short when I walk to the door.", "emergency"),
        ("I have felt unwell since I woke. The right side of my face feels thick and odd.",
         "emergency"),
        ("The knot in my hip wakes me up every night because I cannot lie on that side any more. "
         "Otherwise I feel well.", "therapist"),
        ("ECG and blood tests for pain at the left of my chest when I lift my arm, everything "
         "normal, the doctor said it is the muscle. Stretches for the pec?", "self-care"),
        ("Partner in hosp with a kidney stone. Me: stiff low back from the chair. Ball on the "
         "QL?", "self-care"),
        ("what would mean I have to stop and see a doctor? like numbness down below or not "
         "being able to pee? I have none of that", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
