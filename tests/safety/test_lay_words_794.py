"""Words and rules added after held-out sets 794 to 798 (English from Edo and Kalabari Ijaw,
siSwati and Damara/Nama, Sidama and Tigre speakers; Irish Travellers with a few Cant words;
Londoners and Brighton people who drop in Polari):

- proxy: staff who introduce themselves by their job ("I'm the cook at the care home", "I'm the
  bursar writing because the nurse is on leave") write for the person in their care, so that
  person's signs count (the job had been read as the writer's own complaint);
- a message that opens by hailing its reader ("mate sudden thunderclap headache ... is this a
  trigger point in me neck??") tells the writer's own signs, not a mate's; and a friend named
  without "my" as the message's first word, and the subject of what follows ("Mate's got a
  sudden thunderclap headache"), is the person it is about;
- signs: falling "onto my hand" is a fall on the hand (with a swollen wrist, a possible
  fracture); "it's gone rock hard" is "has gone", not gone away (a tense forearm after a crush);
  Polari "lallies" (legs) and "carsey" (toilet).
"""

from __future__ import annotations

import pytest
from lay_words import check_level

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I'm the cook at the nursing home. One of our gents, 90, had a fall in the dining room, "
         "his leg looks shorter and turned out and he can't get up. Would a massage help?",
         "emergency"),
        ("I'm the bursar, the nurse is off. One of our boarders had a headache last night, now he "
         "is very hot, confused and has a blotchy rash. Can we massage his neck?", "emergency"),
        ("mate sudden thunderclap headache 5 min ago, worst ever, neck stiff n feel sick. trigger "
         "point in me neck??", "emergency"),
        ("Fell off the kerb onto my hand, the wrist is swollen and hurts to move.", "urgent"),
        ("A cow leaned on my forearm against the gate, hours later the arm is gone rock hard and "
         "my fingers tingle.", "emergency"),
        ("Back's been a cow since the get-out, both lallies gone pins and needles, and I couldn't "
         "feel a thing sat on the carsey this morning.", "emergency"),
        ("I'm the cook at the care home and my own wrists ache from whisking all day.",
         "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # a friend named without "my" at the very start, the subject of what follows
        ("Mate's got a sudden thunderclap headache, worst ever, and his neck is stiff.",
         "emergency"),
        ("Pal collapsed at the bar with crushing chest pain, sweating, left arm heavy.",
         "emergency"),
        # ... and one whose illness is over, beside the writer's own ache
        ("Mate had a heart attack last year, so I worry, but my shoulder is only sore from the "
         "gym.", "self-care"),
    ],
)
def test_a_friend_named_first(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
