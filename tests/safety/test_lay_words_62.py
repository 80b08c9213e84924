"""Words and rules added after held-out sets 62 and 63 (teenagers' slang, health anxiety,
sarcasm; timelines told out of order, a sign compared with an earlier episode, a sign told by
what the writer could not do):

- "my hand just stopped gripping the brush", "the corner of my mouth is hanging lower than the
  left" (a stroke's signs); "the base of my thumb has gone hollow", "weaker month by month"
  (weakness getting worse); "booted at footy", "punched a wall" (injuries); "the knuckle's sunk
  in" (a deformity); pain "even in bed" (pain at rest);
- lookalikes: a fear of a named illness ("I'm convinced it's cauda equina", "now I'm sure every
  calf ache is a clot", "terrified I'll miss a heart attack") is the fear, and the signs told
  still count; "the numbness has been gone for months"; "whenever my neck is stiff I spiral";
  "press a spot beside my breastbone" is no rash;
- therapist: "three weeks later it's back", "going round in circles" (recurrence); "now it's an
  ache across the whole lower back" (spreading).

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("an hour ago my left hand just stopped gripping the cup", "one-sided-weakness", True),
        ("the right corner of my mouth is hanging lower than the left", "face-droop", True),
        ("the washing is hanging lower on the line", "face-droop", False),
        ("the base of my thumb has gone hollow", "progressive-weakness", True),
        ("my grip is weaker month by month", "progressive-weakness", True),
        ("got booted at footy on saturday", "trauma-mechanism", True),
        ("got new walking boots last week", "trauma-mechanism", False),
        ("punched a wall last night", "trauma-mechanism", True),
        ("the knuckle's sunk in and my hand is swollen", "deformity", True),
        ("the numbness has been gone for months", "constant-numbness", False),
        ("whenever my neck is stiff I spiral", "pain-worsening-fast", False),
        ("terrified I'll miss a heart attack", "palpitations", False),
        ("I'm convinced it's cauda equina", "named-cauda-equina", False),
        ("it only hurts when I press a spot beside my breastbone", "shingles-rash", False),
        ("the knot clears, then three weeks later it's back", "recurrence", True),
        ("now it's an ache across the whole lower back", "spreading", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Painting this afternoon, my right hand just stopped gripping the brush and the right "
         "corner of my mouth is hanging lower than the left.", "emergency"),
        ("shin got booted at footy two hours ago, lower leg super tight, pain is insane, foot "
         "tingling", "emergency"),
        ("i'm convinced it's cauda equina but peeing normally and can feel everything down "
         "there, legs strong. just a low back knot?", "self-care"),
        ("I'm 61, new back pain for a month, there all the time, even in bed.", "doctor"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
