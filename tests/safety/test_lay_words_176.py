"""Words and rules added after held-out sets 176 to 180 (long Covid in passing, gig workers, sports
metaphors, a partner beside the writer, long trails, a title line; diabetes, the school run,
"right now my ...", left against right, kickboxing and judo, "yes or no?"; a teenager written
for, joiners, simple English from people whose first language is another, alcohol,
gymnasts, what was tried; older people alone, trains, "7/10 at 3am", loose "sciatica", riders,
after a night shift; new dads, care homes, effects on daily life, a recent vaccine, surfers, an
earlier message quoted):

- "he cannot talk right, the words is mixed, and one side of his face is down" (speech and a
  face droop told in simple English); "went stiff and shook all over" after a knock to the head
  (a fit); blisters "along" a band of stinging pain; "mentioning it in case it matters" is why
  a past episode is told, not a supposed one;
- lookalikes: "one of the other mums" and a sparring partner's knock-out are someone else's
  (the writer who "just has sore shins" writes of their own body); an old purple-yellow bruise
  from a massage gun is no red, hot leg; "can't stand on the train" is no weight a leg cannot
  bear; "the right side of my face aches, cheek down along the jaw" is no droop.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("she cannot talk right, the words are mixed", "speech-disturbance", True),
        ("one side of my face is down since this morning", "face-droop", True),
        ("the right side of my face aches, cheek down along the jaw", "face-droop", False),
        ("they said I went stiff and shook all over for a minute", "confusion-drowsiness", True),
        ("a burning band round my ribs and now little blisters along it", "shingles-rash", True),
        ("a purple-yellow bruise on my calf from the massage gun", "calf-warm-red", False),
        ("I can't stand on the bus any more because of my heels", "cannot-bear-weight", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("My mother is 75, I massage her neck. Now suddenly she cannot talk right, the words are "
         "mixed and one side of her face is down", "emergency"),
        ("Banged my head on a cupboard door, my wife says I went stiff and shook all over for a "
         "minute and I don't remember it", "emergency"),
        ("Mostly a knee question. Mentioning it in case it matters: on Sunday for ten minutes I "
         "couldn't get my words out, then it came back", "emergency"),
        ("One of the other dads at football had a meningitis scare. My own thing is a stiff "
         "neck from carrying my son", "self-care"),
        ("My training partner got knocked out last week. I didn't take any hits, just have sore "
         "shins", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
