"""Words and rules added after held-out sets 354 to 359 (a church organist, a crossing patrol, a
zookeeper, a cheesemaker; Hinglish and Taglish; Newfoundland, Appalachian, Cajun and Texan
English; medicine lists, numbers, quoted texts; a chess player, a violinist, a kayaker, a rider;
old-fashioned letters, an agony aunt, a diary):

- more Hindi and Tagalog words mixed into English (`safety/data/hindi-urdu.yaml`,
  `tagalog.yaml`): the chest, jaw, arm, calf and ribs, a cold sweat, breath, a cough with blood,
  numbness, fever, vomiting, a fall; Hindi's "not" after its word ("pasina nahi": no sweat);
- "wrist aches right at the base of the thumb" after a fall on the hand; a wife who says "I
  keep askin her the same things" (an addressee, not someone ill); "a shadow came down over"
  the sight of one eye; a red blotchy patch with little bumps on one side only; Appalachian
  "betwixt" and Cajun "las year"; what "Mum always said" is general knowledge.

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("my wife says I keep askin her the same things over and over", "confusion-drowsiness",
         True),
        ("a shadow came down over part of the sight in my left eye", "sudden-vision-loss", True),
        ("a red blotchy patch with little bumps only on the left side of my back",
         "shingles-rash", True),
        ("Mum always said chest pain down the left arm means a heart attack", "chest-pain",
         False),
        ("I had de shingles las year, all healed up", "named-shingles", False),
        ("naninikip dibdib, nanlalamig ako", "chest-pain", True),
        ("gym ke baad chest mein dard, pasina nahi", "sweating-any", False),
    ],
)
def test_readings(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Chhati pe jaise koi hathi baitha ho, dard left baazu aur jabde tak ja raha, thanda "
         "paseena aa raha", "emergency"),
        ("masakit braso kaliwa hanggang panga, naninikip dibdib, nanlalamig ako", "emergency"),
        ("Gym ke baad chest ki muscle mein dard, pasina nahi, bukhaar nahi, saans theek",
         "self-care"),
        ("Fell off my bike onto my outstretched hand, my wrist aches right at the base of the "
         "thumb and it's puffy", "urgent"),
        ("Slipped on the ice and cracked the back of my head. My wife says I keep askin her the "
         "same things over and over", "emergency"),
        ("Headache at my temple for a week, my jaw tires when I eat, and this morning a shadow "
         "came down over part of the sight in my right eye", "emergency"),
        ("Meds: methotrexate weekly. Temp 103F since yesterday, my son says I keep asking what "
         "day it is, and I'm breathing really fast", "emergency"),
        ("Stabbing tingly pain on one side of my chest for 3 days and now a red blotchy patch "
         "with little bumps only on the right side", "urgent"),
        ("Dear diary, Mum always said chest pain going down the left arm means a heart attack. "
         "My own chest is fine, just my rotator cuff after tennis", "self-care"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
