"""Words and rules added after held-out sets 136 to 140 (a new baby or a miscarriage, train
drivers, colours, the weather blamed, racket sports, questions; farm animals, call handlers,
what could not be felt, tests awaited, long walks, subject lines; students away from home,
plumbers, medical words used wrongly, what a child or partner said, climbers, "quick question";
people over 85, bakers and butchers, pasted diaries, what it stopped at home, cricket, two-word
signs; night buses, scanners, "no biggie", afterthoughts, skaters, "the patient" by a carer):

- a man of 68 "suddenly doubled over" with belly and back pain, pale and clammy, is the aorta's
  until shown otherwise ("Husband, 68, smoker": an age after a person and a comma); "very pale"
  is pallor, "looks pale" alone is not;
- "went down onto my outstretched hand" is a fall on the hand; numbness that keeps spreading
  with a knee "giving way more and more" is progressive;
- lookalikes: "one of our ewes", "our opening bowler", "a driver I work with" are someone else
  (but "pick the cat up" is no one: the animal is what was lifted); "it got infected but the
  antibiotics cleared it"; a back that "cracks really loudly" when rolled but "feels better
  afterwards"; "pressed a trigger point and felt a zing shoot down" is referral on pressure
  (still not "would pressing the trigger points help?"); "tight shins" are not "tight and
  shiny" ("shiny" keeps its stem apart from "shin").

Each wording is ours; each sign has a lookalike that must not count.
"""

from __future__ import annotations

import pytest
from lay_words import check_level, check_reading

from triggerpoint.knowledge import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "concept", "counts"),
    [
        ("I've gone very pale", "mottled-skin", True),
        ("I look pale", "mottled-skin", False),
        ("went down onto my outstretched hand", "trauma-mechanism", True),
        ("my knee is giving way more and more", "progressive-weakness", True),
        ("tight shins and calves from running", "tense-swollen-limb", False),
        ("now it's swollen tight and shiny", "tense-swollen-limb", True),
        ("one of our ewes went down with a stiff neck and a fever", "fever", False),
        ("our opening bowler got rushed in with numb legs", "leg-neuro-symptoms", False),
        ("a driver I work with suddenly couldn't pee", "urinary-retention", False),
        ("bent down to pick the cat up and blacked out", "fainting", True),
        ("it got infected but the antibiotics cleared it", "fever", False),
        ("it cracks loudly but it actually feels better afterwards", "painless-after-noise", True),
        ("pressed a trigger point in my glute and felt a zing shoot down", "pressed-referral",
         True),
        ("would pressing the trigger points under my skull help", "pressed-referral", False),
    ],
)
def test_reading(kb: KnowledgeBase, text: str, concept: str, counts: bool) -> None:
    check_reading(kb, text, concept, counts)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Husband, 68, smoker, suddenly doubled over with pain in his belly and lower back, he's "
         "pale, clammy and his pulse is racing", "emergency"),
        ("Went down onto my outstretched hand skating, wrist swollen and it hurts pressing the "
         "dip at the base of my thumb", "urgent"),
        ("Numbness down the outside of my thigh keeps spreading and my knee is giving way more "
         "and more", "urgent"),
        ("One of our ewes went down with a stiff neck and a fever. I'm fine, just achy "
         "shoulders", "self-care"),
        ("Our opening bowler got rushed in with numb legs and bladder trouble. Mine's just a "
         "stiff back", "self-care"),
        ("Cut my finger, it got infected but the antibiotics cleared it. Forearm just tight",
         "self-care"),
        ("My upper back cracks really loudly when I foam roll it but it actually feels better "
         "afterwards", "self-care"),
        # (therapist since rounds 211-215: pain slowly getting worse over weeks, no warning sign)
        ("Tight shins and calves from running, slowly getting worse over 3 weeks. No swelling",
         "therapist"),
        ("Bent down to pick the cat up and it was like a thunderclap in the back of my skull, "
         "I blacked out", "emergency"),
    ],
)
def test_levels(kb: KnowledgeBase, text: str, level: str) -> None:
    check_level(kb, text, level)
