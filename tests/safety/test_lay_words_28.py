"""Words, contexts and combinations added after held-out set 28: not being able to "tell if" one
was sat on the seat, an accident before knowing one needed to go, a calf "puffier than the
left" and boots that will not do up, "been sick", "the skin's gone darker" (has, not a
possessive), "its swollen" after a denial, a clot "3 yrs ago", a crick "5 wks ago, still not
sorted", a heel "painful two months", and heavy legs on the stairs after cancer.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase
from triggerpoint.safety.concepts import read


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I could not tell if I was sitting on the seat, my bottom had gone numb",
         "saddle-numbness", True),
        ("if my bottom went numb I would go to A&E, right?", "saddle-numbness", False),
        ("I had an accident on the bus before I even realised I needed to go",
         "urinary-incontinence", True),
        ("I had an accident on the bus last year and hurt my neck", "urinary-incontinence", False),
        ("it's visibly puffier than the left one", "calf-swelling", True),
        ("my work boots won't do up over my calf today", "calf-swelling", True),
        ("I've been sick twice since lunch", "vomiting", True),
        ("I've been off sick for a week with my back", "vomiting", False),
        ("I'm sick of this neck pain", "vomiting", False),
        ("the calf's skin's gone darker and warm", "calf-warm-red", True),
        ("no injury, its swollen and hot", "hot-swelling", True),
        ("no injury, no swelling, no heat", "hot-swelling", False),
        ("had a DVT 3 yrs ago, all treated", "named-blood-clot", False),
        ("my legs feel like lead going up the stairs", "heavy-legs", True),
        ("legs feel heavy after leg day", "heavy-legs", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("neck crick 5 wks ago still not sorted", 35),
        ("my calf is tight and painful two months", 60),
        ("I hurt my neck 5 wks ago and it's fine now", None),
    ],
)
def test_durations(kb: KnowledgeBase, text: str, days: int | None) -> None:
    assert read(kb, text).numbers.lasting_days == days


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Sciatica again. I couldn't tell if I was sat on the loo seat properly and then I had a "
         "little accident before I knew I needed to go", "emergency"),
        ("My calf is sore and my boots won't do up over it, it's puffier than the other one",
         "urgent"),
        ("Had breast cancer years ago. Mid back pain for weeks and now my legs feel heavy on "
         "the stairs", "emergency"),
        ("Had breast cancer years ago, all clear. Legs feel heavy after my first 10k", "doctor"),
        ("My usual tension headache, but this one hit all at once, I've been sick and my neck "
         "is rigid", "emergency"),
        ("neck crick 5 wks ago still not sorted, done the stretches. worth seeing someone?",
         "therapist"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
