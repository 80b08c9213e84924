"""Words and rules added after held-out set 41 (easy-read sentences, stories told by what
happened, clipped notes): an upper-back ache with breathlessness and sickness that came on with
effort or will not settle (no chest pain), "+ve preg test" and "SLR -ve", spotting that is no
rash, a calf "+3cm vs R" and ankle pitting, a clot risk from chemotherapy, "brief LOC" and "HA not
settling" in a note, a note's duration ("x1yr", "6wk,"), pain "now also" in a new place, and, not
raising: folding forward, "work them harder", half-term.

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
        ("+ve preg test last wk", "pregnancy-possible", True),
        ("some spotting since Tuesday", "rash", False),
        ("L calf +3cm vs R, ankle pitting", "calf-swelling", True),
        ("rugby collision, brief LOC, now HA not settling", "fainting", True),
        ("rugby collision, brief LOC, now HA not settling", "headache", True),
        ("L heel pain 6wk, now also achilles + calf ache", "spreading", True),
        ("sore at the back of the thigh when I fold forward", "legs-give-way", False),
        ("the frog kick must work them harder than I realised", "limits-function", False),
        ("stuck indoors with the kids through the half-term rain", "limits-function", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "days"),
    [("jaw + temple ache x1yr from clenching.", 365), ("L heel pain 6wk, now also calf", 42),
     ("back pain 2 years ago, fine since", None)],
)
def test_a_notes_duration(kb: KnowledgeBase, text: str, days: int | None) -> None:
    assert read(kb, text).numbers.lasting_days == days


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I am 61. My upper back hurts between my shoulders. I am very out of breath. I feel "
         "sick and dizzy. It came on when I was hoovering.", "emergency"),
        ("F 24. L lower abdo pain 1/7 + spotting, +ve preg test last wk. now R shoulder tip pain "
         "+ dizzy on standing.", "emergency"),
        ("L calf pain 5/7, L calf +3cm vs R, ankle pitting. started chemo last month.", "urgent"),
        ("rugby collision 2h ago, brief LOC, now HA not settling, vomited x1", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
