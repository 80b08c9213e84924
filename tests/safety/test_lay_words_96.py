"""Words and rules added after held-out sets 96 and 97 (messages typed half-asleep, body words
used loosely, partners of someone with dementia, serving and ex-forces people, counts of pills
and hours, Welsh, Gaelic and Irish words; a photo described, yoga and pilates, summer walkers,
recovery from flu, parents writing for a teenager, one line with no punctuation):

- tender "at the base of the thumb" after a fall on the hand (a broken scaphoid);
- a wrist "bent like a dinner fork" with the hand going pale, cold or numb (an emergency);
- pain at the ribs on breathing in with words between ("sharp pain in my lower left ribs when I
  breathe deep"), and a longer span reaching an excluded phrase ("can't catch my breath") no
  longer hides the shorter one that holds;
- a headache "like a band" is no sudden headache; "forward folds" are no legs folding; a neck
  that makes "a crunchy grinding noise when I turn it" is no broken bone;
- legs "like jelly" during a plank or after an ironman are tired muscles, not both legs failing;
- a zing that shoots only while a knot is pressed and stops when it is let go is a therapist's
  matter (move off the spot: it may be a nerve), not a doctor's; without the pressing it is still
  a doctor's.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("it's really tender at the base of my thumb", "snuffbox-tenderness", True),
        ("I rest the base of my thumb on the mouse and it feels fine", "snuffbox-tenderness",
         False),
        ("sharp pain in my lower right ribs when I breathe in deep", "pleuritic-pain", True),
        ("my ribs feel fine and the breathing exercises help my sore neck", "pleuritic-pain",
         False),
        ("my headache is like a band, nothing sudden about it", "thunderclap-headache", False),
        ("my headache came on suddenly, the worst ever", "thunderclap-headache", True),
        ("my hamstrings are tight from forward folds", "legs-give-way", False),
        ("my neck makes a crunchy grinding noise when I turn it", "crack-heard", False),
        ("legs like jelly during the plank hold", "exercise-fatigue", True),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Fell on my outstretched hand skiing, the wrist is swollen and really tender at the "
         "base of my thumb", "urgent"),
        ("Fell off the ladder, my wrist is bent like a dinner fork and my hand is going pale "
         "and cold", "emergency"),
        ("RIB PAIN ON THE LEFT WHEN I BREATH IN, CANT CATCH MY BREATH AT ALL, STARTED OUT OF "
         "NOWHERE THIS AFTERNOON. IM ON THE PILL", "emergency"),
        ("My legs wobble like jelly during the plank hold at pilates, fine after class",
         "self-care"),
        ("Both my legs have gone like jelly since this morning and my back is killing me",
         "emergency"),
        ("When I press the knot in my trap a zing shoots into my arm, it stops as soon as I "
         "let go", "therapist"),
        ("I get a zing shooting down my arm when I turn my head", "doctor"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
